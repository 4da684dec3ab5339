// The cost of a quiz-poll vote in SQL statements (issue 13 item 2). A vote names its poll by id;
// the poll id → daily post mapping never changes, so once known it is kept in memory and the vote
// costs only the statement that records it. Counted at the driver (pg's Client.query, which every
// statement Prisma sends goes through), while the real grammY bot takes votes through its webhook.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TelegramAdapter } from '../../src/adapters/telegram/index.ts';
import { localDateOf } from '../../src/core/time.ts';
import { createHttpServer, type HttpServer } from '../../src/http/server.ts';
import { createLogger } from '../../src/log.ts';
import { Scheduler } from '../../src/scheduler/index.ts';
import type { TestCore } from '../helpers/core.ts';
import { countStatementsInFile } from '../helpers/statements.ts';
import { startTelegramBot, type TelegramBot } from '../helpers/telegramBot.ts';
import { FakeTelegram, tgGroup, tgUser, type FakeChat } from './fakes/telegram-server.ts';

const TOKEN = '7000000014:AAVoteCostTestToken_abcdefghijklmno';
const log = createLogger(process.env.TEST_LOG_LEVEL ?? 'silent', false);

let fake: FakeTelegram;
let t: TestCore;
let http: HttpServer;
let adapter: TelegramAdapter;
let bot: TelegramBot | undefined;
const statements = countStatementsInFile();

beforeAll(async () => {
  http = createHttpServer(log);
  const port = await http.listen(0, '127.0.0.1');
  const webhook = { url: `http://127.0.0.1:${port}/hook`, secret: 'vote-cost-secret', http };
  bot = await startTelegramBot({ token: TOKEN, log, adapter: { webhook } });
  ({ fake, t, adapter } = bot);
});

afterAll(async () => {
  await bot?.close();
  await http?.close();
});

/** Delivers one vote through the webhook; resolves with the SQL statements it cost. */
async function vote(pollId: string, userId: number): Promise<number> {
  const before = statements.count;
  const status = await fake.deliverWebhook({
    poll_answer: { poll_id: pollId, user: tgUser(userId, `Voter ${userId}`), option_ids: [userId % 4] },
  });
  expect(status).toBe(200);
  return statements.count - before;
}

const answersTo = (postId: number) => t.database.db.answer.count({ where: { dailyPostId: postId } });

describe('a quiz-poll vote', () => {
  it('costs one SQL statement once its poll is known, and every vote is recorded', async () => {
    const chat: FakeChat = fake.addChat(tgGroup(-1001000001401, 'Vote cost'));
    // Posted the way another process would: this one learns the poll id from the first vote.
    const c = await t.core.community({ platform: 'telegram', chatId: String(chat.id), title: chat.title });
    const today = localDateOf(t.clock.now(), c.timezone);
    const store = t.core.services.store;
    const post = await store.dailyPosts.claim(
      c.id,
      today,
      await t.core.todaysPost(c, today),
      'other',
      t.clock.now(),
      60_000,
    );
    const sent = await adapter.sendDaily(c, t.core.dailyReply(c, post!));
    await store.dailyPosts.markPosted(post!.id, 'other', sent, t.clock.now());

    await vote(sent.answerRef!, 1);
    const costs = [];
    for (let user = 2; user <= 6; user++) costs.push(await vote(sent.answerRef!, user));
    expect(costs).toEqual([1, 1, 1, 1, 1]);
    expect(await answersTo(post!.id)).toBe(6);
  });

  it('costs one statement from the first vote when this process posted the poll', async () => {
    const chat = fake.addChat(tgGroup(-1001000001402, 'Vote cost, scheduled'));
    const c = await t.core.community({ platform: 'telegram', chatId: String(chat.id), title: chat.title });
    const since = fake.calls.length;
    await new Scheduler({
      core: t.core,
      adapters: [adapter],
      clock: t.clock,
      log,
      instanceId: 'cost',
    }).tick();
    const poll = fake
      .callsOf('sendPoll', since)
      .find((call) => String(call.params.chat_id) === String(chat.id) && call.status === 200);
    const pollId = poll!.result.poll.id as string;
    expect(await vote(pollId, 11)).toBe(1);
    const post = await t.core.services.store.dailyPosts.latest(c.id);
    expect(await answersTo(post!.id)).toBe(1);
  });
});
