// Member questions on Discord (issue 15 item 4), end to end: the real discord.js client against the
// fake Discord (which checks the modal's documented limits), over a real core and PostgreSQL. A
// member's /suggest opens a modal as the interaction's first answer; the filled modal is checked by
// the pack's rules; an admin approves it from /suggestions; the member is told by DM; the question
// is then in that server's practice questions and daily rotation, and never in another server's.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { localDateOf } from '../../src/core/time.ts';
import type { TestCore } from '../helpers/core.ts';
import { startDiscordBot, type DiscordBot } from '../helpers/discordBot.ts';
import { embedText } from '../helpers/discordText.ts';
import { until } from '../helpers/wait.ts';
import { ADMIN, MEMBER } from '../helpers/discordMembers.ts';
import { FakeDiscord, type FakeGuild, type FakeUser, type Wire } from './fakes/discord-server.ts';

const TOKEN = 'MTEz.fake-bot-token.for-suggest-tests';
const APP_ID = '900000000000000021';
const ravi: FakeUser = { id: '331000000000000001', username: 'ravi', global_name: 'Ravi' };
const meera: FakeUser = { id: '331000000000000002', username: 'meera', global_name: 'Meera' };
const asha: FakeUser = { id: '331000000000000003', username: 'asha', global_name: 'Asha' };
const A_CHANNEL = '421000000000000001';
const B_CHANNEL = '421000000000000002';
const guildA: FakeGuild = {
  id: '221000000000000001',
  name: 'Prelims Circle',
  channels: [{ id: A_CHANNEL, name: 'general' }],
  members: [
    { user: ravi, permissions: MEMBER },
    { user: meera, permissions: ADMIN },
  ],
};
const guildB: FakeGuild = {
  id: '221000000000000002',
  name: 'Other Circle',
  channels: [{ id: B_CHANNEL, name: 'general' }],
  members: [{ user: asha, permissions: ADMIN }],
};
const member = { user: ravi, guild: guildA, channelId: A_CHANNEL, permissions: MEMBER };
const admin = { user: meera, guild: guildA, channelId: A_CHANNEL, permissions: ADMIN };
const other = { user: asha, guild: guildB, channelId: B_CHANNEL, permissions: ADMIN };

const GOOD = {
  question: 'Which Japanese city did the 2025 India-Japan summit communique name as a @everyone test hub?',
  options: 'A) Osaka\nB) Sendai\nC) Nagoya\nD) Fukuoka',
  answer: 'b',
  explanation: 'Sendai hosts the semiconductor cooperation hub **(communique, 2025)**.',
  topic: '',
};

let t: TestCore;
let fake: FakeDiscord;
let bot: DiscordBot | undefined;

beforeAll(async () => {
  bot = await startDiscordBot({ token: TOKEN, applicationId: APP_ID, guilds: [guildA, guildB] });
  ({ t, fake } = bot);
});

afterAll(() => bot?.close());

/** /suggest, the modal it opens, and the reply to filling it in with `values`. */
async function suggestWith(values: Record<string, string>, who = member) {
  const opened = fake.command('suggest', [], who);
  const modal = await fake.modalFor(opened);
  return { opened, modal, reply: await fake.finalResponse(fake.submitModal(modal, values, who)) };
}

describe('/suggest on Discord', () => {
  it('opens a modal as the first answer, within Discord limits, and queues a good question', async () => {
    const { opened, modal, reply } = await suggestWith(GOOD);
    expect(opened.callback?.type).toBe(9);
    expect(modal.title).toBe('Suggest a question');
    expect(modal.components.map((r: Wire) => r.components[0].custom_id)).toEqual([
      'question',
      'options',
      'answer',
      'explanation',
      'topic',
    ]);
    expect(reply.ephemeral).toBe(true);
    expect(embedText(reply.body)).toMatch(/your question #1 is with the group's admins/);
    const { rows } = await t.database.store.suggestions.pending((await communityA()).id);
    // Stored as typed: markup and the @everyone stay plain text.
    expect(rows[0]!.question).toMatchObject({
      prompt: GOOD.question,
      options: ['Osaka', 'Sendai', 'Nagoya', 'Fukuoka'],
      answer: 'B',
      explanation: GOOD.explanation,
    });
  });

  it('refuses a missing option, a wrong letter and give-aways in one sentence each, storing nothing', async () => {
    const cases: [Record<string, string>, RegExp][] = [
      [{ ...GOOD, options: 'Osaka\nSendai\nNagoya' }, /I need exactly 4 options, one per line; I found 3\./],
      [{ ...GOOD, answer: 'E' }, /The right option must be one letter: A, B, C or D\./],
      [{ ...GOOD, options: 'Osaka\nSendai\nosaka\nKobe' }, /Options A and C are the same/],
      [{ ...GOOD, options: 'Osaka\nSendai in 2025\nNagoya\nKobe' }, /Only the right option has a number/],
      [{ ...GOOD, topic: 'zzqx unknown thing' }, /I don't know the topic "zzqx unknown thing"/],
    ];
    for (const [values, sentence] of cases) {
      const { reply } = await suggestWith(values);
      expect(reply.body.embeds[0].description, JSON.stringify(values)).toMatch(sentence);
      expect(embedText(reply.body).split('\n').filter(Boolean)).toHaveLength(1);
    }
    const { total } = await t.database.store.suggestions.pending((await communityA()).id);
    expect(total).toBe(1);
  });
});

async function communityA() {
  return t.core.community({ platform: 'discord', chatId: guildA.id, channelId: A_CHANNEL });
}

describe('moderation on Discord', () => {
  it('refuses a member; the admin approves with a button; the member is told by DM', async () => {
    const refused = await fake.finalResponse(fake.command('suggestions', [], member));
    expect(embedText(refused.body)).toMatch(/Only the group's admins can use \/suggestions/);

    const listed = fake.command('suggestions', [], admin);
    const list = await fake.finalResponse(listed);
    expect(list.ephemeral).toBe(true);
    expect(list.body.allowed_mentions).toEqual({ parse: [] });
    expect(embedText(list.body)).toMatch(/#1 by Ravi/);
    const buttons = list.body.components.flatMap((r: Wire) => r.components);
    expect(buttons.map((b: Wire) => [b.label, b.custom_id])).toEqual([
      ['Approve #1', 'sg:1:a'],
      ['Approve #1 + daily', 'sg:1:ad'],
      ['Decline #1', 'sg:1:d'],
    ]);

    // A member's forged tap decides nothing.
    const forged = await fake.finalResponse(fake.button(fake.messageFor(listed), 'sg:1:a', member));
    expect(embedText(forged.body)).toMatch(/Only the group's admins/);
    // Nor does an admin of another server.
    const foreign = await fake.finalResponse(fake.button(fake.messageFor(listed), 'sg:1:a', other));
    expect(embedText(foreign.body)).toMatch(/Only the group's admins/);

    const approved = await fake.finalResponse(fake.button(fake.messageFor(listed), 'sg:1:ad', admin));
    expect(embedText(approved.body)).toMatch(/Question #1 is approved/);
    const dm = await until(
      async () => fake.dmChannels.get(ravi.id),
      (id) => id !== undefined,
    );
    const told = await until(
      async () => fake.requestsTo('POST', new RegExp(`/channels/${dm}/messages$`)),
      (r) => r.length > 0,
    );
    expect(embedText(told[0]!.body)).toMatch(/Your question #1 .* is approved in Prelims Circle/);
    expect(told[0]!.body.allowed_mentions).toEqual({ parse: [] });
    const again = await fake.finalResponse(fake.button(fake.messageFor(listed), 'sg:1:d', admin));
    expect(embedText(again.body)).toMatch(/There is no question #1 waiting/);
  });

  it("puts the question in this server's /quiz and next daily post, never in another server's", async () => {
    const random = vi.spyOn(Math, 'random').mockReturnValue(0.999999);
    try {
      const quizA = await fake.finalResponse(fake.command('quiz', [], member));
      expect(embedText(quizA.body)).toContain(GOOD.question);
      expect(embedText(quizA.body)).toMatch(/Member question · by Ravi/);
      const quizB = await fake.finalResponse(fake.command('quiz', [], other));
      expect(embedText(quizB.body)).not.toContain(GOOD.question);
    } finally {
      random.mockRestore();
    }
    // The practice buttons work on it here, and a forged one shows nothing elsewhere.
    const tapA = await fake.finalResponse(fake.button({ channel_id: A_CHANNEL, id: '1' }, 'p:c1:1', member));
    expect(embedText(tapA.body)).toMatch(/Correct/);
    const tapB = await fake.finalResponse(fake.button({ channel_id: B_CHANNEL, id: '1' }, 'p:c1:1', other));
    expect(embedText(tapB.body)).not.toContain('Sendai');

    // Approved for the daily rotation: the next post's question here is it, with the pack's fact.
    const a = await communityA();
    const b = await t.core.community({ platform: 'discord', chatId: guildB.id, channelId: B_CHANNEL });
    const today = localDateOf(t.clock.now(), a.timezone);
    const postA = await t.core.todaysPost(a, today);
    const postB = await t.core.todaysPost(b, today);
    expect(postA.questionId).toBe('c1');
    expect(postA.factId).toBe(t.content.daily(today).fact.id);
    expect(postB.questionId).toBe(t.content.daily(today).question.id);
    const daily = await fake.finalResponse(fake.command('daily', [], member));
    expect(embedText(daily.body)).toContain(GOOD.question);
    const answered = await fake.finalResponse(
      fake.command('answer', [{ name: 'choice', value: 'B' }], member),
    );
    expect(embedText(answered.body)).toMatch(/Correct/);
  });

  it('/contributors ranks members by approved questions in this server only', async () => {
    const board = await fake.finalResponse(fake.command('contributors', [], member));
    expect(embedText(board.body)).toMatch(/1\. Ravi: 1 approved question/);
    const elsewhere = await fake.finalResponse(fake.command('contributors', [], other));
    expect(embedText(elsewhere.body)).toMatch(/No member questions are approved yet/);
  });

  it('declines with a reason; a member whose DMs are closed hears it with their next command', async () => {
    await suggestWith({ ...GOOD, question: 'Which city hosts the hub named in the 2025 communique?' });
    fake.closedDms.add(ravi.id);
    const refused = await fake.finalResponse(
      fake.command(
        'decline',
        [
          { name: 'id', value: '2' },
          { name: 'reason', value: 'the year is wrong' },
        ],
        member,
      ),
    );
    expect(embedText(refused.body)).toMatch(/Only the group's admins can use \/decline/);
    const declined = await fake.finalResponse(
      fake.command(
        'decline',
        [
          { name: 'id', value: '2' },
          { name: 'reason', value: 'the year is wrong' },
        ],
        admin,
      ),
    );
    expect(embedText(declined.body)).toMatch(/Question #2 is declined/);
    const next = await fake.finalResponse(fake.command('streak', [], member));
    expect(embedText(next.body)).toMatch(/Your question #2 .* was not accepted in Prelims Circle\./);
    expect(embedText(next.body)).toMatch(/The admins' reason: the year is wrong/);
    // Told once.
    const later = await fake.finalResponse(fake.command('streak', [], member));
    expect(embedText(later.body)).not.toMatch(/Your question #2/);
  });
});
