// Quiz-poll votes while the database is unreachable. Telegram sends each vote once and forgets it
// as soon as the bot confirms it (the next getUpdates, or a 2xx webhook answer); the member cannot
// vote again. Here the real grammY bot meets the fake Bot API server and a real PostgreSQL behind a
// TCP proxy that the test cuts, as a stopped server would be: no vote may be lost.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { createTelegramAdapter, type TelegramAdapter } from '../../src/adapters/telegram/index.ts';
import { StudyCore } from '../../src/core/engine.ts';
import { localDateOf } from '../../src/core/time.ts';
import { createHttpServer, type HttpServer } from '../../src/http/server.ts';
import { createLogger } from '../../src/log.ts';
import { createPrisma, type Db } from '../../src/store/db.ts';
import { createStore } from '../../src/store/index.ts';
import { FakeClock, testContent } from '../helpers/core.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { startTcpProxy, type TcpProxy } from '../helpers/tcpProxy.ts';
import { until } from '../helpers/wait.ts';
import { FakeTelegram, tgGroup, tgUser, type FakeChat } from './fakes/telegram-server.ts';

let database: TestDatabase;
let proxy: TcpProxy;
let db: Db;
let core: StudyCore;
const clock = new FakeClock(new Date('2026-11-27T06:00:00Z'));
const log = createLogger(process.env.TEST_LOG_LEVEL ?? 'silent', false);

beforeAll(async () => {
  database = await createTestDatabase(2);
  proxy = await startTcpProxy(database.url);
  // pg waits for a connection forever by default; a refused one fails at once, as here.
  db = createPrisma(proxy.url, 5);
  core = new StudyCore({
    store: createStore(db),
    content: await testContent(),
    clock,
    log,
    defaults: { timezone: 'Asia/Kolkata', postTime: '08:00' },
  });
});

afterAll(async () => {
  await db?.$disconnect();
  await proxy?.close();
  await database?.drop();
});

/** Claims, posts and records today's daily question in `chat`; returns the poll id votes carry. */
async function postPoll(
  adapter: TelegramAdapter,
  chat: FakeChat,
): Promise<{ postId: number; pollId: string }> {
  const c = await core.community({ platform: 'telegram', chatId: String(chat.id), title: chat.title });
  const today = localDateOf(clock.now(), c.timezone);
  const pending = await core.todaysPost(c, today);
  const store = core.services.store;
  const post = await store.dailyPosts.claim(c.id, today, pending, 'test', clock.now(), 60_000);
  if (!post) throw new Error('could not claim the daily post');
  const sent = await adapter.sendDaily(c, core.dailyReply(c, post));
  await store.dailyPosts.markPosted(post.id, 'test', sent, clock.now());
  return { postId: post.id, pollId: sent.answerRef! };
}

const answersTo = (postId: number) => database.db.answer.count({ where: { dailyPostId: postId } });

describe('long polling: votes cast while the database is down', () => {
  const TOKEN = '7000000003:AAVotesPollingToken_abcdefghijklmn';
  const group = tgGroup(-1001000000301, 'Outage batch');
  let fake: FakeTelegram;
  let adapter: TelegramAdapter;

  beforeAll(async () => {
    fake = await FakeTelegram.start(TOKEN);
    fake.addChat(group);
    adapter = createTelegramAdapter({ core, token: TOKEN, apiRoot: fake.apiRoot, log });
    await adapter.start();
  });

  afterAll(async () => {
    await adapter?.stop();
    await fake?.close();
  });

  it('are all recorded once it is back, though Telegram forgot them long before', async () => {
    const { postId, pollId } = await postPoll(adapter, group);
    proxy.cut();
    const voters = Array.from({ length: 40 }, (_, i) => tgUser(30_000 + i, `Voter ${i}`));
    for (const [i, voter] of voters.entries()) fake.pollAnswer(pollId, voter, [i % 4]);
    // The bot confirmed every vote to Telegram (a later getUpdates moved the offset past them)...
    await until(
      async () => fake.unconfirmedUpdates,
      (n) => n === 0,
    );
    const since = fake.calls.length;
    // ...and keeps serving other updates during the outage.
    fake.sendText(group, voters[0]!, '/help');
    await fake.waitFor('sendMessage', (c) => c.status === 200, { since });
    await new Promise((resolve) => setTimeout(resolve, 2000));
    proxy.restore();
    const recorded = await until(
      () => answersTo(postId),
      (n) => n === voters.length,
      { timeoutMs: 20_000, intervalMs: 200 },
    );
    expect(recorded).toBe(voters.length);
  });
});

describe('webhook: votes cast while the database is down', () => {
  const TOKEN = '7000000004:AAVotesWebhookToken_abcdefghijklmn';
  const SECRET = 'votes-webhook-secret';
  const group = tgGroup(-1001000000302, 'Webhook outage batch');
  let fake: FakeTelegram;
  let server: HttpServer;
  let adapter: TelegramAdapter;

  beforeAll(async () => {
    fake = await FakeTelegram.start(TOKEN);
    fake.addChat(group);
    server = createHttpServer(log);
    const port = await server.listen(0, '127.0.0.1');
    adapter = createTelegramAdapter({
      core,
      token: TOKEN,
      apiRoot: fake.apiRoot,
      webhook: { url: `http://127.0.0.1:${port}/telegram/webhook`, secret: SECRET, http: server },
      log,
      // Shorter than the outage below, so requests are answered 500 while it lasts.
      votes: { webhookWaitMs: 500 },
    });
    await adapter.start();
  });

  afterAll(async () => {
    await adapter?.stop();
    await server?.close();
    await fake?.close();
  });

  it('are answered non-2xx until recorded, so Telegram’s redelivery records every one', async () => {
    const { postId, pollId } = await postPoll(adapter, group);
    proxy.cut();
    setTimeout(() => proxy.restore(), 2500);
    const voters = Array.from({ length: 20 }, (_, i) => tgUser(31_000 + i, `Hook voter ${i}`));
    const deliveries = await Promise.all(
      voters.map((voter, i) =>
        fake.deliverWebhookUntilAccepted(
          { poll_answer: { poll_id: pollId, user: voter, option_ids: [i % 4] } },
          { retryMs: 300, giveUpMs: 20_000 },
        ),
      ),
    );
    // Votes were refused while the database was away (under load some arrive after it is back)...
    expect(deliveries.filter((statuses) => statuses[0] === 500).length).toBeGreaterThan(0);
    // ...and accepted in the end.
    for (const statuses of deliveries) expect(statuses.at(-1)).toBe(200);
    expect(await answersTo(postId)).toBe(voters.length);
  });

  it('is not confirmed when the poll was found but the answer could not be written', async () => {
    const group2 = fake.addChat(tgGroup(-1001000000303, 'Write failure batch'));
    const { postId, pollId } = await postPoll(adapter, group2);
    // The lookup works, the insert fails: a trigger refuses answers for a moment.
    const admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
    await admin.query(`
      CREATE FUNCTION refuse_answers() RETURNS trigger AS $$
      BEGIN RAISE EXCEPTION 'answers refused for the test'; END $$ LANGUAGE plpgsql;
      CREATE TRIGGER refuse_answers BEFORE INSERT ON "Answer" FOR EACH ROW EXECUTE FUNCTION refuse_answers();`);
    setTimeout(
      () => void admin.query('DROP TRIGGER refuse_answers ON "Answer"').finally(() => admin.end()),
      1500,
    );
    const statuses = await fake.deliverWebhookUntilAccepted(
      { poll_answer: { poll_id: pollId, user: tgUser(32_000, 'Late writer'), option_ids: [1] } },
      { retryMs: 300, giveUpMs: 20_000 },
    );
    expect(statuses[0]).toBe(500);
    expect(statuses.at(-1)).toBe(200);
    expect(await answersTo(postId)).toBe(1);
  });
});
