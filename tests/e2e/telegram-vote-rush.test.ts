// A rush of votes on a group's quiz poll: every voter who started the bot gets the full solution
// privately, and those messages (at most 30 a second, Telegram's bound) are follow-ups nobody waits
// on: a student's command during the rush is answered before the solutions still queued, not after
// them. The real grammY bot against the fake Bot API enforcing Telegram's limits.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TelegramAdapter } from '../../src/adapters/telegram/index.ts';
import type { TestCore } from '../helpers/core.ts';
import { postTodaysDaily } from '../helpers/daily.ts';
import { firstOfFormat } from '../helpers/questions.ts';
import { startTelegramBot, type TelegramBot } from '../helpers/telegramBot.ts';
import { until } from '../helpers/wait.ts';
import { tgGroup, tgPrivate, tgUser, type FakeTelegram } from './fakes/telegram-server.ts';

const TOKEN = '7000000041:AAVoteRushTestToken_abcdefghijklmnop';
const VOTERS = 200;
const group = tgGroup(-1004100000000, 'UPSC rush');
const voters = Array.from({ length: VOTERS }, (_, i) => tgUser(41_000 + i, `Voter ${i}`));
const student = tgUser(41_999, 'Meera');

let bot: TelegramBot;
let fake: FakeTelegram;
let t: TestCore;
let adapter: TelegramAdapter;

beforeAll(async () => {
  // Every voter has pressed Start: each vote's solution is a real private message.
  bot = await startTelegramBot({ token: TOKEN, chats: [group, ...[...voters, student].map(tgPrivate)] });
  ({ fake, t, adapter } = bot);
});

afterAll(async () => {
  await bot?.close();
});

describe('a rush of votes with a worked solution each', () => {
  it(
    'answers a command during the rush before the queued solutions, and sends every solution',
    { timeout: 120_000 },
    async () => {
      const q = firstOfFormat(t.content, 'statements');
      const community = await t.core.community({
        platform: 'telegram',
        chatId: String(group.id),
        title: group.title,
      });
      const { post, sent } = await postTodaysDaily(t, adapter, community, q.id);
      const toVoter = (c: { method: string; params: { chat_id?: unknown } }) =>
        c.method === 'sendMessage' &&
        Number(c.params.chat_id) >= voters[0]!.id &&
        Number(c.params.chat_id) <= voters.at(-1)!.id;

      const since = fake.calls.length;
      for (const [i, v] of voters.entries()) fake.pollAnswer(sent.answerRef!, v, [i % 4]);
      await until(
        () => t.database.db.answer.count({ where: { dailyPostId: post.id } }),
        (n) => n === VOTERS,
        { timeoutMs: 60_000 },
      );
      // The votes are in and their solutions queued; a student asks for help.
      const asked = fake.calls.length;
      fake.sendText(tgPrivate(student), student, '/help');
      const reply = await fake.waitFor('sendMessage', (c) => Number(c.params.chat_id) === student.id, {
        since: asked,
        timeoutMs: 30_000,
      });
      expect(reply.status).toBe(200);
      // At most the few solutions already under way go out between the command and its answer.
      const replyAt = fake.calls.indexOf(reply);
      expect(fake.calls.slice(asked, replyAt).filter(toVoter).length).toBeLessThanOrEqual(10);

      // Every voter gets their solution, and Telegram refused nothing.
      await fake.waitFor(
        'sendMessage',
        () =>
          new Set(
            fake.calls
              .slice(since)
              .filter((c) => toVoter(c) && c.status === 200)
              .map((c) => c.params.chat_id),
          ).size === VOTERS,
        {
          since,
          timeoutMs: 60_000,
        },
      );
      expect(fake.calls.slice(since).filter((c) => c.status === 429)).toEqual([]);
      // ... and most of them after the command's answer: they were queued, and it went first.
      expect(fake.calls.slice(replyAt).filter(toVoter).length).toBeGreaterThan(VOTERS / 2);
    },
  );
});
