// Issue 12 on Discord end to end (real discord.js against the fake Discord, real core, scheduler and
// PostgreSQL; days moved by the injectable clock): a daily question answered wrong comes back in an
// ephemeral /review, and a right answer sends it further out; /remind 07:30 brings ONE DM at that
// local time, in the member's language, with a "Today's question" button that answers the day's
// question from the DM for the server's streak (once); nothing waiting, no DM; DMs closed (50007)
// switch the reminder off and the member hears it on their next command.
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DiscordAdapter } from '../../src/adapters/discord/index.ts';
import { localDateOf } from '../../src/core/time.ts';
import { Scheduler } from '../../src/scheduler/index.ts';
import type { Community } from '../../src/store/index.ts';
import type { TestCore } from '../helpers/core.ts';
import { postTodaysDaily } from '../helpers/daily.ts';
import { startDiscordBot, type DiscordBot } from '../helpers/discordBot.ts';
import { ADMIN, MEMBER } from '../helpers/discordMembers.ts';
import { FakeDiscord, type FakeGuild, type FakeUser, type Wire } from './fakes/discord-server.ts';

const TOKEN = 'MTEy.fake-review-token.for-tests-only';
const APP_ID = '900000000000000021';
const user = (id: string, username: string): FakeUser => ({ id, username, global_name: null });
const admin = user('340000000000000001', 'anil');
const asha = user('340000000000000002', 'asha');
const ben = user('340000000000000003', 'ben');
const chandra = user('340000000000000004', 'chandra');
const devi = user('340000000000000005', 'devi');
const CHANNEL = '440000000000000001';
const guild: FakeGuild = {
  id: '240000000000000001',
  name: 'Review Circle',
  channels: [{ id: CHANNEL, name: 'daily' }],
  members: [admin, asha, ben, chandra, devi].map((u) => ({
    user: u,
    permissions: u === admin ? ADMIN : MEMBER,
  })),
};
const as = (who: FakeUser) => ({
  user: who,
  guild,
  channelId: CHANNEL,
  permissions: who === admin ? ADMIN : MEMBER,
});

let bot: DiscordBot | undefined;
let t: TestCore;
let fake: FakeDiscord;
let adapter: DiscordAdapter;
let scheduler: Scheduler;
let community: Community;

beforeAll(async () => {
  bot = await startDiscordBot({ token: TOKEN, applicationId: APP_ID, guilds: [guild] });
  ({ t, fake, adapter } = bot);
  // The first database call of a process warms Prisma's query compiler and pool: done here, so that
  // on a busy machine it cannot push the first command's acknowledgement past Discord's 3 seconds.
  await t.core.execute(
    {
      actor: {
        platform: 'discord',
        userId: admin.id,
        displayName: 'anil',
        isAdmin: () => Promise.resolve(true),
      },
      place: {
        platform: 'discord',
        chatId: guild.id,
        channelId: CHANNEL,
        title: guild.name,
        postsBeforeSetup: false,
      },
    },
    'help',
    {},
  );
  scheduler = new Scheduler({
    core: t.core,
    adapters: [adapter],
    clock: t.clock,
    log: pino({ level: 'silent' }),
  });
});
afterAll(async () => {
  await scheduler?.stop();
  await bot?.close();
});

// Generous: the machine may be busy; what is checked is the answer, not its speed.
const WAIT_MS = 20_000;
const answerOf = (record: ReturnType<FakeDiscord['command']>) => fake.finalResponse(record, WAIT_MS);
const run = (name: string, options: { name: string; value: string }[], who: FakeUser) =>
  answerOf(fake.command(name, options, as(who)));
const text = (body: Wire): string =>
  [
    body.content ?? '',
    ...((body.embeds ?? []) as Wire[]).map((e) =>
      [
        e.title,
        e.description,
        ...((e.fields ?? []) as Wire[]).flatMap((f) => [f.name, f.value]),
        e.footer?.text,
      ]
        .filter(Boolean)
        .join('\n'),
    ),
  ]
    .join('\n')
    .replace(/\\(.)/g, '$1');
const buttonsOf = (body: Wire): { label: string; custom_id: string }[] =>
  ((body.components ?? []) as Wire[]).flatMap((row) => row.components);
/** The message a reply or update shows, to tap its buttons (the fake keeps what the bot sent). */
const shown = (record: ReturnType<FakeDiscord['command']>, body: Wire): Wire =>
  fake.messageFor(record) ?? { id: '1', channel_id: record.payload.channel_id, ...body };
/** Messages the bot posted in a member's DM channel, in order. */
const dmsTo = (who: FakeUser): Wire[] => {
  const channel = fake.dmChannels.get(who.id);
  return channel ? [...fake.messages.values()].filter((m) => m.channel_id === channel) : [];
};
const card = (memberId: number, questionId: string) =>
  t.database.db.reviewCard.findUnique({ where: { memberId_questionId: { memberId, questionId } } });
const memberId = async (who: FakeUser) =>
  (await t.database.store.standings.findMember('discord', who.id))!.id;
const membership = async (who: FakeUser) =>
  (await t.database.store.standings.membership(community.id, await memberId(who)))!;

let day1: Awaited<ReturnType<typeof postTodaysDaily>>;
let day2: Awaited<ReturnType<typeof postTodaysDaily>>;
let reminder: Wire;
/** The DM message showing today's question (the reminder's button's answer). */
let dmCard: Wire;

describe('review and reminders on Discord', () => {
  it('sets the server up and records day 1: Asha answers wrong; all but Ben ask for a 07:30 reminder', async () => {
    const setup = await run(
      'setup',
      [
        { name: 'time', value: '08:00' },
        { name: 'timezone', value: 'Asia/Kolkata' },
        { name: 'threads', value: 'off' },
      ],
      admin,
    );
    expect(setup.body).toBeDefined();
    community = (await t.database.store.communities.find('discord', guild.id))!;
    day1 = await postTodaysDaily(t, adapter, community);
    const message = fake.messages.get(day1.sent.messageRef.split(':')[1]!);
    const key = t.content.question(day1.post.questionId)!.answer;
    for (const [who, choice] of [
      [asha, (key + 1) % 4],
      [chandra, key],
      [devi, key],
    ] as const) {
      const tap = await answerOf(fake.button(message, `d:${day1.post.id}:${choice}`, as(who)));
      expect(tap.ephemeral).toBe(true);
    }
    const hindi = await run('language', [{ name: 'language', value: 'hi' }], devi);
    expect(hindi.ephemeral).toBe(true);
    for (const who of [asha, ben, chandra, devi]) {
      const set = await run(
        'remind',
        [
          { name: 'time', value: '07:30' },
          { name: 'timezone', value: 'Asia/Kolkata' },
        ],
        who,
      );
      expect(set.ephemeral).toBe(true);
      expect(text(set.body)).toMatch(/07:30 (बजे )?\(Asia\/Kolkata\)/);
    }
  });

  it('at 07:30 sends ONE DM to each member with something waiting, in their language, and none to Ben; a second tick sends nothing', async () => {
    t.clock.set('2026-11-28T01:30:00Z'); // 07:00 in Asia/Kolkata: day 2's question is out early
    day2 = await postTodaysDaily(t, adapter, community);
    fake.closedDms.add(chandra.id);
    t.clock.set('2026-11-28T02:00:00Z'); // 07:30 in Asia/Kolkata
    const report = await scheduler.tick();
    expect(report.reminders).toBe(2);

    const [mine, ...more] = dmsTo(asha);
    expect(more).toHaveLength(0);
    reminder = mine!;
    expect(text(reminder)).toContain('Your study reminder');
    expect(text(reminder)).toContain("Today's question not answered yet — your 1-day streak is at risk");
    expect(buttonsOf(reminder).map((b) => [b.label, b.custom_id])).toContainEqual(["Today's question", 'tq']);

    const hers = dmsTo(devi);
    expect(hers).toHaveLength(1);
    expect(text(hers[0]!)).toContain('आपका अध्ययन अनुस्मारक');
    expect(text(hers[0]!)).toContain('आज के प्रश्न का उत्तर अभी शेष है');
    expect(text(hers[0]!)).not.toContain('study reminder');
    expect(buttonsOf(hers[0]!).map((b) => b.label)).toContain('आज का प्रश्न');

    expect(dmsTo(ben)).toHaveLength(0);
    const dmPosts = () => fake.requestsTo('POST', /^\/channels\/\d+\/messages$/).length;
    const sentBefore = dmPosts();
    t.clock.set('2026-11-28T02:05:00Z');
    expect((await scheduler.tick()).reminders).toBe(0);
    expect(dmPosts()).toBe(sentBefore);
    expect(dmsTo(asha)).toHaveLength(1);
  });

  it('switches the reminder off when Discord refuses the DM (50007), and says so on the next command', async () => {
    const refused = fake
      .requestsTo('POST', /^\/channels\/\d+\/messages$/)
      .filter((r) => r.path.includes(fake.dmChannels.get(chandra.id)!));
    expect(refused.map((r) => r.status)).toEqual([403]);
    expect(await t.database.store.reminders.of('discord', chandra.id)).toMatchObject({ active: false });
    const next = await run('streak', [], chandra);
    expect(text(next.body)).toContain('I switched your reminder off');
    // Told once.
    expect(text((await run('streak', [], chandra)).body)).not.toContain('I switched your reminder off');
  });

  it("answers today's question from the reminder's button for the server's streak, once", async () => {
    const streakBefore = (await membership(asha)).currentStreak;
    const open = fake.button(reminder, 'tq', { user: asha });
    const question = await answerOf(open);
    expect(question.ephemeral).toBe(true);
    expect(text(question.body)).toContain("Today's question in Review Circle");
    const key = t.content.question(day2.post.questionId)!.answer;
    const buttons = buttonsOf(question.body);
    dmCard = shown(open, question.body);
    expect(buttons.map((b) => b.custom_id)).toEqual([0, 1, 2, 3].map((i) => `ta:${day2.post.id}:${i}`));

    const first = await answerOf(
      fake.button(shown(open, question.body), buttons[key]!.custom_id, { user: asha }),
    );
    expect(text(first.body)).toMatch(/Correct[\s\S]*Streak: 2 days/);
    const after = await membership(asha);
    expect(after.currentStreak).toBe(streakBefore + 1);
    expect(after.answered).toBe(2);
    // The server's post counts the answer given in the DM.
    const postId = day2.sent.messageRef.split(':')[1]!;
    await fake.waitFor(() => text(fake.messages.get(postId)!).includes('1 member'), 5000, 'the count');

    // A second tap, from the DM or on the server's post, is told the first answer and changes nothing.
    const second = await answerOf(
      fake.button(shown(open, question.body), buttons[(key + 1) % 4]!.custom_id, { user: asha }),
    );
    expect(text(second.body)).toContain('You already answered');
    const post = fake.messages.get(day2.sent.messageRef.split(':')[1]!);
    const inServer = await answerOf(fake.button(post, `d:${day2.post.id}:${key}`, as(asha)));
    expect(text(inServer.body)).toContain('You already answered');
    expect(await membership(asha)).toMatchObject({ answered: 2, currentStreak: streakBefore + 1 });
    expect(await t.database.db.answer.count({ where: { dailyPostId: day2.post.id } })).toBe(1);
  });

  it('serves the missed question in an ephemeral /review the next day; a right answer sends it further out, not again today', async () => {
    // A miss comes back a day after it (FSRS without minute steps): day 1's, at noon on day 2.
    t.clock.set('2026-11-28T06:30:00Z');
    const questionId = day1.post.questionId;
    const key = t.content.question(questionId)!.answer;
    const before = (await card(await memberId(asha), questionId))!;
    expect(before.due.getTime()).toBeLessThanOrEqual(t.clock.now().getTime());

    const review = fake.command('review', [], as(asha));
    const served = await answerOf(review);
    expect(served.ephemeral).toBe(true);
    expect(text(served.body)).toContain('You missed this one last time.');
    const answer = buttonsOf(served.body)[key]!;
    expect(answer.custom_id).toMatch(/^r[ah]:/);

    const tap = fake.button(shown(review, served.body), answer.custom_id, as(asha));
    const feedback = await answerOf(tap);
    expect(feedback.ephemeral).toBe(true);
    expect(text(feedback.body)).toMatch(/Correct[\s\S]*This question comes back on/);
    const after = (await card(await memberId(asha), questionId))!;
    expect(after.due.getTime()).toBeGreaterThan(t.clock.now().getTime() + 86_400_000);
    expect(after.lastCorrect).toBe(true);

    // The same day, /review again does not bring it back.
    const again = await run('review', [], asha);
    expect(again.ephemeral).toBe(true);
    expect(text(again.body)).not.toContain('You missed this one last time.');
    expect(
      buttonsOf(again.body)
        .map((b) => b.custom_id)
        .join(' '),
    ).not.toContain(questionId);
    expect((await card(await memberId(asha), questionId))!.due).toEqual(after.due);
  });

  it("answers a Hindi member's review taps in Hindi, as her /review speaks", async () => {
    const review = fake.command('review', [], as(devi));
    const served = await answerOf(review);
    expect(served.ephemeral).toBe(true);
    expect(text(served.body)).toMatch(/पुनरावृत्ति \d/);
    const tap = fake.button(shown(review, served.body), buttonsOf(served.body)[0]!.custom_id, as(devi));
    const feedback = await answerOf(tap);
    expect(text(feedback.body)).toContain('फिर आएगा');
    expect(text(feedback.body)).not.toContain('comes back');
    expect(buttonsOf(feedback.body).map((b) => b.label)).toContain('अगला');
  });

  it('tells one friendly sentence for either button once the day has closed', async () => {
    t.clock.set('2026-11-29T02:30:00Z');
    expect(localDateOf(t.clock.now(), 'Asia/Kolkata')).toBe('2026-11-29');
    const none = await answerOf(fake.button(reminder, 'tq', { user: asha }));
    expect(text(none.body)).toContain('No question is waiting for you now');
    const late = await answerOf(fake.button(dmCard, `ta:${day2.post.id}:0`, { user: asha }));
    expect(text(late.body)).toContain('That question closed at the end of');
  });
});
