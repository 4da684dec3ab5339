// End to end: the real discord.js client, through our adapter, against a fake Discord (REST and
// gateway websocket on 127.0.0.1), over the real core on a real PostgreSQL.
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDiscordAdapter, type DiscordAdapter } from '../../src/adapters/discord/index.ts';
import { CommunityUnreachableError, type Reply } from '../../src/core/types.ts';
import { localDateOf } from '../../src/core/time.ts';
import type { Community } from '../../src/store/index.ts';
import type { TestCore } from '../helpers/core.ts';
import { startDiscordBot, type DiscordBot } from '../helpers/discordBot.ts';
import { ADMIN, MEMBER } from '../helpers/discordMembers.ts';
import {
  FakeDiscord,
  type FakeGuild,
  type FakeUser,
  type InteractionRecord,
  type Wire,
} from './fakes/discord-server.ts';

const TOKEN = 'MTEx.fake-bot-token.for-tests-only';
const APP_ID = '900000000000000001';
const EPHEMERAL = 64;

const person = (id: string, username: string, global_name: string | null = null): FakeUser => ({
  id,
  username,
  global_name,
});
const asha = person('310000000000000001', 'asha', 'Asha');
const ben = person('310000000000000002', 'ben');
const chitra = person('310000000000000003', 'chitra', 'Chitra');
const dev = person('310000000000000004', 'dev');
// A nickname that tries to ping everyone and to inject markdown.
const BEN_NICK = '@everyone *Ben*';

const GENERAL = '400000000000000001';
const QUIZ_CHANNEL = '400000000000000002';
const GONE_CHANNEL = '400000000000000099';
const LOCKED_CHANNEL = '400000000000000098';
const guild: FakeGuild = {
  id: '200000000000000001',
  name: 'UPSC Prep Circle',
  channels: [
    { id: GENERAL, name: 'general' },
    { id: QUIZ_CHANNEL, name: 'daily-quiz' },
  ],
  members: [
    { user: asha, permissions: ADMIN },
    { user: ben, nick: BEN_NICK, permissions: MEMBER },
    { user: chitra, permissions: MEMBER },
    { user: dev, permissions: MEMBER },
  ],
};
const as = (user: FakeUser, channelId = GENERAL) => {
  const member = guild.members.find((m) => m.user.id === user.id)!;
  return { user, guild, channelId, permissions: member.permissions, nick: member.nick ?? null };
};

/** Everything the adapter logged, to check context and that no secret is ever written. */
const logLines: string[] = [];
const logSink = new Writable({
  write(chunk, _enc, done) {
    logLines.push(String(chunk));
    done();
  },
});
const logs = () => logLines.map((l) => JSON.parse(l) as Record<string, unknown>);

let t: TestCore;
let fake: FakeDiscord;
let adapter: DiscordAdapter;

const COUNT_INTERVAL_MS = 600;

let bot: DiscordBot | undefined;

beforeAll(async () => {
  bot = await startDiscordBot({
    token: TOKEN,
    applicationId: APP_ID,
    guilds: [guild],
    log: pino({ level: 'debug' }, logSink),
    adapter: { countEditIntervalMs: COUNT_INTERVAL_MS, countCoalesceMs: 100 },
  });
  ({ t, fake, adapter } = bot);
  fake.missingChannels.add(GONE_CHANNEL);
  fake.forbiddenChannels.add(LOCKED_CHANNEL);
});

afterAll(() => bot?.close());

const text = (body: {
  embeds?: { title?: string; description?: string; fields?: { name: string; value: string }[] }[];
}) =>
  (body.embeds ?? [])
    .map((e) => [e.title, e.description, ...(e.fields ?? []).flatMap((f) => [f.name, f.value])].join('\n'))
    .join('\n');
/** Embed text as a member reads it (markdown escapes removed). */
const readable = (body: Parameters<typeof text>[0]) => text(body).replace(/\\(.)/g, '$1');

async function answerOf(record: InteractionRecord) {
  const response = await fake.finalResponse(record);
  expect(response.ackMs).toBeLessThan(3000);
  return response;
}

describe('connecting', () => {
  it('identifies with the Guilds intent only over plain JSON, and caches the guild from GUILD_CREATE', async () => {
    expect(adapter.client.isReady()).toBe(true);
    const connection = fake.gateway[0]!;
    expect(connection.query.get('encoding')).toBe('json');
    expect(connection.query.get('v')).toBe('10');
    expect(connection.identify.token).toBe(TOKEN);
    expect(connection.identify.intents).toBe(1); // GatewayIntentBits.Guilds
    const cached = adapter.client.guilds.cache.get(guild.id);
    expect(cached?.name).toBe(guild.name);
    expect(cached?.channels.cache.get(QUIZ_CHANNEL)?.name).toBe('daily-quiz');
    expect(adapter.client.user?.id).toBe(APP_ID);
  });

  it('fails start() with a clear error when Discord rejects the token', async () => {
    const wrong = createDiscordAdapter({
      core: t.core,
      token: 'not-the-token',
      applicationId: APP_ID,
      apiUrl: fake.apiUrl,
      log: pino({ level: 'debug' }, logSink),
      readyTimeoutMs: 5000,
    });
    await expect(wrong.start()).rejects.toThrow(/invalid token/i);
    expect(wrong.client.isReady()).toBe(false);
  });
});

describe('/fact', () => {
  it('suggests topics as the member types, then answers with the fact', async () => {
    const suggest = await answerOf(fake.autocomplete('fact', 'topic', 'cep', as(dev)));
    expect(suggest.callbackType).toBe(8);
    const choices = suggest.body.choices as { name: string; value: string }[];
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    const cepa = choices.find((c) => /CEPA/.test(c.name));
    expect(cepa).toBeDefined();
    const fact = t.content.fact(cepa!.value)!;
    expect(fact.title).toBe(cepa!.name);

    const answer = await answerOf(fake.command('fact', [{ name: 'topic', value: cepa!.value }], as(dev)));
    expect(answer.ephemeral).toBe(false);
    expect(answer.body.allowed_mentions).toEqual({ parse: [] });
    expect(readable(answer.body)).toContain(fact.title);
    expect(readable(answer.body)).toContain(fact.text.trim().slice(0, 80));
  });

  it('turns an unknown topic into one private sentence', async () => {
    const answer = await answerOf(fake.command('fact', [{ name: 'topic', value: 'zzqx unknown' }], as(dev)));
    expect(answer.ephemeral).toBe(true);
    expect(answer.body.flags & EPHEMERAL).toBe(EPHEMERAL);
    expect(readable(answer.body)).toMatch(/I have no fact on "zzqx unknown"/);
  });
});

describe('the daily post', () => {
  let community: Community;
  let postId: number;
  let message: Wire;
  /** The post as first sent (the fake updates `message` in place on edits). */
  let original: Wire;
  let channel: string;

  it('is posted through sendDaily with the fact, the question and four answer buttons', async () => {
    // The guild became a community on first contact (the /fact above), in that channel.
    community = (await t.database.store.communities.find('discord', guild.id))!;
    expect(community.channelId).toBe(GENERAL);
    channel = community.channelId!;
    const now = t.clock.now();
    const today = localDateOf(now, community.timezone);
    const pick = t.content.daily(today);
    const claimed = await t.database.store.dailyPosts.claim(
      community.id,
      today,
      { factId: pick.fact.id, questionId: pick.question.id },
      'test-instance',
      now,
      60_000,
    );
    expect(claimed).not.toBeNull();
    postId = claimed!.id;
    const sent = await adapter.sendDaily(community, t.core.dailyReply(community, claimed!));
    expect(await t.database.store.dailyPosts.markPosted(postId, 'test-instance', sent, now)).toBe(true);

    const [request] = fake.requestsTo('POST', new RegExp(`^/channels/${channel}/messages$`));
    expect(request?.status).toBe(200);
    message = fake.messages.get(sent.messageRef.split(':')[1]!);
    original = structuredClone(message);
    expect(sent.messageRef).toBe(`${channel}:${message.id}`);
    expect(request!.body.allowed_mentions).toEqual({ parse: [] });
    expect(message.embeds).toHaveLength(1);
    const shown = readable(message);
    expect(shown).toContain(pick.fact.title);
    expect(shown).toContain(pick.question.prompt);
    for (const option of pick.question.options) expect(shown).toContain(option);
    const buttons = message.components[0].components;
    expect(buttons.map((b: { custom_id: string }) => b.custom_id)).toEqual(
      [0, 1, 2, 3].map((i) => `d:${postId}:${i}`),
    );
    expect(buttons.map((b: { label: string }) => b.label)).toEqual(['(a)', '(b)', '(c)', '(d)']);
  });

  it('records taps from three members privately; a second tap is told the first answer and not counted', async () => {
    const question = t.content.question(
      t.content.daily(localDateOf(t.clock.now(), 'Asia/Kolkata')).question.id,
    )!;
    const right = question.answer;
    const wrong = (right + 1) % 4;

    // Three members tap at once, as in a morning rush.
    const first = await Promise.all([
      answerOf(fake.button(message, `d:${postId}:${right}`, as(asha, channel))),
      answerOf(fake.button(message, `d:${postId}:${wrong}`, as(ben, channel))),
      answerOf(fake.button(message, `d:${postId}:${right}`, as(chitra, channel))),
    ]);
    for (const r of first) {
      expect(r.ephemeral).toBe(true);
      expect(r.body.allowed_mentions).toEqual({ parse: [] });
    }
    expect(readable(first[0]!.body)).toMatch(/Correct/);
    expect(readable(first[0]!.body)).toContain(question.explanation.trim().slice(0, 60));
    expect(readable(first[0]!.body)).toMatch(/Streak: 1 day/);
    expect(readable(first[1]!.body)).toMatch(/Not quite/);

    const again = await answerOf(fake.button(message, `d:${postId}:${wrong}`, as(chitra, channel)));
    expect(again.ephemeral).toBe(true);
    expect(readable(again.body)).toMatch(new RegExp(`already answered \\(${'abcd'[right]}\\)`));

    expect(await t.database.store.dailyPosts.answerCount(postId)).toBe(3);
    const memberships = await t.database.db.membership.findMany({
      where: { communityId: community.id },
      include: { member: true },
    });
    const points = Object.fromEntries(memberships.map((m) => [m.member.externalId, m.points]));
    expect(points).toEqual({ [asha.id]: 10, [ben.id]: 0, [chitra.id]: 10 });
    const chitraAnswer = await t.database.db.answer.findFirst({
      where: { dailyPostId: postId, member: { externalId: chitra.id } },
    });
    expect(chitraAnswer?.choice).toBe(right);
    // Ben's stored name is his nickname, as members see him.
    const benRow = await t.database.db.member.findFirst({ where: { externalId: ben.id } });
    expect(benRow?.displayName).toBe(BEN_NICK);
  });

  it('shows the answer count on the public post, edited at most once per interval', async () => {
    const edits = () => fake.requestsTo('PATCH', new RegExp(`^/channels/${channel}/messages/${message.id}$`));
    await fake.waitFor(
      () => edits().some((r) => readable(r.body).includes('3 members')),
      5000,
      'the count edit',
    );
    // A fourth member answers after the edit: it arrives in a later edit, not at once.
    await answerOf(fake.button(message, `d:${postId}:0`, as(dev, channel)));
    await fake.waitFor(
      () => edits().some((r) => readable(r.body).includes('4 members')),
      5000,
      'the second edit',
    );
    const all = edits();
    expect(all.length).toBeLessThanOrEqual(3);
    for (let i = 1; i < all.length; i++) {
      expect(all[i]!.at - all[i - 1]!.at).toBeGreaterThanOrEqual(COUNT_INTERVAL_MS - 50);
    }
    for (const r of all) expect(r.body.allowed_mentions).toEqual({ parse: [] });
    // The rest of the post is untouched.
    const edited = all.at(-1)!.body.embeds[0];
    expect(edited.title).toBe(original.embeds[0].title);
    expect(edited.description).toBe(original.embeds[0].description);
    expect(original.embeds[0].fields).toEqual([{ name: 'Answered', value: '0 members', inline: true }]);
  });

  it('answers /streak with the member’s streak and points', async () => {
    const mine = await answerOf(fake.command('streak', [], as(asha)));
    expect(mine.ephemeral).toBe(false);
    expect(mine.body.allowed_mentions).toEqual({ parse: [] });
    expect(readable(mine.body)).toMatch(/Current streak: 1 day/);
    expect(readable(mine.body)).toMatch(/Points: 10/);

    const other = await answerOf(
      fake.command('streak', [{ name: 'member', value: ben.id, type: 6 }], as(asha)),
    );
    // The nickname is shown as text: escaped markdown, and no mention can ping.
    expect(text(other.body)).toContain('@everyone \\*Ben\\*');
    expect(other.body.allowed_mentions).toEqual({ parse: [] });
    expect(readable(other.body)).toMatch(/Points: 0/);
  });

  it('answers /leaderboard with an embed ranking members, mentions disabled', async () => {
    const board = await answerOf(fake.command('leaderboard', [], as(ben)));
    expect(board.ephemeral).toBe(false);
    expect(board.body.allowed_mentions).toEqual({ parse: [] });
    expect(board.body.embeds[0].title).toMatch(/Leaderboard/);
    const lines = readable(board.body).split('\n');
    const rank = (name: string) => lines.findIndex((l) => l.includes(name));
    expect(rank('Asha')).toBeGreaterThan(-1);
    expect(rank('Chitra')).toBeGreaterThan(-1);
    expect(rank(BEN_NICK)).toBeGreaterThan(Math.max(rank('Asha'), rank('Chitra')));
    expect(text(board.body)).not.toContain('*Ben*'); // escaped, so never bold
  });

  it('answers /stats privately', async () => {
    const stats = await answerOf(fake.command('stats', [], as(ben)));
    expect(stats.ephemeral).toBe(true);
    expect(readable(stats.body)).toMatch(/Daily: 0\/1/);
  });

  it('closes the day by removing the buttons and keeping the fact; a deleted post is no error', async () => {
    await adapter.closeDaily!(community, `${channel}:${message.id}`);
    const closed = fake.messages.get(message.id);
    expect(closed.components).toEqual([]);
    expect(closed.embeds[0].description).toBe(original.embeds[0].description);
    expect(original.components[0].components).toHaveLength(4);
    await expect(adapter.closeDaily!(community, `${channel}:123456789012345678`)).resolves.toBeUndefined();
  });
});

describe('/quiz', () => {
  it('sends a private practice question whose buttons answer privately without touching points', async () => {
    const record = fake.command('quiz', [], as(dev));
    const quiz = await answerOf(record);
    expect(quiz.ephemeral).toBe(true);
    const buttons = quiz.body.components[0].components as { custom_id: string }[];
    expect(buttons).toHaveLength(4);
    const questionId = /^p:(.+):0$/.exec(buttons[0]!.custom_id)?.[1];
    const question = t.content.question(questionId!)!;
    expect(question).toBeDefined();
    const shownMessage = fake.messageFor(record);
    expect(shownMessage.flags & EPHEMERAL).toBe(EPHEMERAL);
    const before = await t.database.db.membership.findMany({ where: { member: { externalId: dev.id } } });

    const tap = await answerOf(fake.button(shownMessage, `p:${questionId}:${question.answer}`, as(dev)));
    expect(tap.ephemeral).toBe(true);
    expect(readable(tap.body)).toMatch(/Correct/);
    const after = await t.database.db.membership.findMany({ where: { member: { externalId: dev.id } } });
    expect(after.map((m) => m.points)).toEqual(before.map((m) => m.points));
    expect(await t.database.db.practiceAnswer.count({ where: { questionId } })).toBe(1);
  });
});

describe('/setup', () => {
  it('schedules the daily post in the channel where a Manage Server member runs it', async () => {
    const answer = await answerOf(
      fake.command(
        'setup',
        [
          { name: 'time', value: '07:30' },
          { name: 'timezone', value: 'Asia/Tokyo' },
        ],
        as(asha, QUIZ_CHANNEL),
      ),
    );
    expect(answer.ephemeral).toBe(false);
    expect(readable(answer.body)).toMatch(/Every day at 07:30 \(Asia\/Tokyo\)/);
    const community = await t.database.store.communities.find('discord', guild.id);
    // It was posting in #general; /setup moved it to the channel it ran in.
    expect(community).toMatchObject({ postTime: '07:30', timezone: 'Asia/Tokyo', channelId: QUIZ_CHANNEL });
  });

  it('is refused, privately, to a member without Manage Server', async () => {
    const answer = await answerOf(
      fake.command('setup', [{ name: 'time', value: '05:00' }], as(ben, GENERAL)),
    );
    expect(answer.ephemeral).toBe(true);
    expect(readable(answer.body)).toMatch(/Only the group's admins can use \/setup/);
    const community = await t.database.store.communities.find('discord', guild.id);
    expect(community).toMatchObject({ postTime: '07:30', channelId: QUIZ_CHANNEL });
  });
});

describe('what the bot does not know', () => {
  it('answers an unknown command and an unknown button with one friendly private sentence', async () => {
    const command = await answerOf(fake.command('dance', [], as(dev)));
    expect(command.ephemeral).toBe(true);
    expect(readable(command.body)).toMatch(/I don't know the command \/dance/);

    const publicMessage = [...fake.messages.values()].find((m) => m.flags === 0);
    const button = await answerOf(fake.button(publicMessage, 'poll:42:yes', as(dev)));
    expect(button.ephemeral).toBe(true);
    expect(readable(button.body)).toMatch(/don't recognise that button/);

    const oldPost = await answerOf(fake.button(publicMessage, 'd:999999:1', as(dev)));
    expect(oldPost.ephemeral).toBe(true);
    expect(readable(oldPost.body)).toMatch(/can't find that question/);

    // The client is still serving.
    const help = await answerOf(fake.command('help', [], as(dev)));
    expect(readable(help.body)).toMatch(/\/fact <topic>/);
    expect(readable(help.body)).not.toMatch(/\/setup/); // admin commands only for admins
  });

  it('tells a member in DMs that server commands work in servers, and still answers /fact there', async () => {
    const streak = await answerOf(fake.command('streak', [], { user: dev }));
    expect(streak.ephemeral).toBe(true);
    expect(readable(streak.body)).toMatch(/works in a server/);
    const fact = await answerOf(fake.command('fact', [{ name: 'topic', value: 'cepa' }], { user: dev }));
    expect(readable(fact.body)).toMatch(/CEPA/);
  });

  it('reports a failed reply to the member and logs it with context, without the interaction token', async () => {
    fake.rejectNextCallbacks = 1;
    const record = fake.command('topics', [], as(dev));
    const answer = await answerOf(record);
    expect(answer.ephemeral).toBe(true);
    expect(readable(answer.body)).toMatch(/Something went wrong on my side/);
    const entry = logs().find((l) => l.msg === 'discord interaction failed');
    expect(entry).toMatchObject({
      interactionId: record.id,
      command: 'topics',
      guildId: guild.id,
      userId: dev.id,
    });
    expect(JSON.stringify(entry)).toContain('/[token]/callback');
  });
});

describe('sendDaily to a channel the bot cannot use', () => {
  const reply: Reply = { visibility: 'public', tone: 'info', title: 'Daily fact', lines: ['A fact.'] };
  const withChannel = async (channelId: string) => ({
    ...(await t.database.store.communities.find('discord', guild.id))!,
    channelId,
  });

  it('throws CommunityUnreachableError for a deleted channel (10003) and a missing permission (50013)', async () => {
    await expect(adapter.sendDaily(await withChannel(GONE_CHANNEL), reply)).rejects.toBeInstanceOf(
      CommunityUnreachableError,
    );
    await expect(adapter.sendMessage(await withChannel(LOCKED_CHANNEL), reply)).rejects.toBeInstanceOf(
      CommunityUnreachableError,
    );
    const warnings = logs().filter((l) => String(l.msg).startsWith('discord channel unreachable'));
    expect(warnings.map((w) => w.channelId)).toEqual([GONE_CHANNEL, LOCKED_CHANNEL]);
  });
});

describe('when the core takes longer than the reply budget', () => {
  let slowFake: FakeDiscord;
  let slowAdapter: DiscordAdapter;
  beforeAll(async () => {
    slowFake = await FakeDiscord.start({ token: TOKEN, applicationId: APP_ID, guilds: [guild] });
    // Budget 0: every command that touches the database is deferred first.
    slowAdapter = createDiscordAdapter({
      core: t.core,
      token: TOKEN,
      applicationId: APP_ID,
      apiUrl: slowFake.apiUrl,
      log: pino({ level: 'debug' }, logSink),
      deferAfterMs: 0,
      readyTimeoutMs: 10_000,
    });
    await slowAdapter.start();
  });
  afterAll(async () => {
    await slowAdapter?.stop();
    await slowFake?.close();
  });

  it('defers publicly, then edits the public answer in', async () => {
    const record = slowFake.command('leaderboard', [{ name: 'period', value: 'all' }], as(chitra));
    const board = await slowFake.finalResponse(record);
    expect(board.callbackType).toBe(5);
    expect(board.kind).toBe('deferred');
    expect(board.ephemeral).toBe(false);
    expect(board.ackMs).toBeLessThan(3000);
    expect(board.body.allowed_mentions).toEqual({ parse: [] });
    expect(readable(board.body)).toMatch(/Leaderboard · all time/);
  });

  it('defers privately for a practice tap, then edits the private answer in', async () => {
    const quiz = await slowFake.finalResponse(slowFake.command('quiz', [], as(chitra)));
    expect(quiz.ephemeral).toBe(true);
    const customId = quiz.body.components[0].components[1].custom_id as string;
    const shown = slowFake.messages.get([...slowFake.messages.keys()].at(-1)!);
    const tap = await slowFake.finalResponse(slowFake.button(shown, customId, as(chitra)));
    expect(tap.callbackType).toBe(5);
    expect(tap.ephemeral).toBe(true);
    expect(readable(tap.body)).toMatch(/Correct|Not quite/);
  });

  it('moves a private answer out of a public deferral: placeholder removed, ephemeral follow-up', async () => {
    const record = slowFake.command('fact', [{ name: 'topic', value: 'qqqq nothing' }], as(chitra));
    const answer = await slowFake.finalResponse(record);
    expect(answer.callbackType).toBe(5);
    expect(answer.kind).toBe('followUp');
    expect(answer.ephemeral).toBe(true);
    expect(record.deleted).toBe(true);
    expect(readable(answer.body)).toMatch(/I have no fact on "qqqq nothing"/);
  });
});

describe('secrets', () => {
  it('never writes the bot token or an interaction token to the log', () => {
    const all = logLines.join('');
    expect(all.length).toBeGreaterThan(0);
    expect(all).not.toContain(TOKEN);
    for (const record of fake.interactions.values()) expect(all).not.toContain(record.token);
  });
});
