// Shutting the Telegram adapter down while a member's vote is being handled: stop() resolves only
// after the vote is in the database, because the process closes the database right after.
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { TelegramAdapter } from '../../src/adapters/telegram/index.ts';
import { localDateOf } from '../../src/core/time.ts';
import type { TestCore } from '../helpers/core.ts';
import { startTelegramBot, type TelegramBot } from '../helpers/telegramBot.ts';
import { FakeTelegram, tgGroup, tgUser } from './fakes/telegram-server.ts';
import { until } from '../helpers/wait.ts';

const TOKEN = '7000000001:AAFakeTelegramTokenForShutdownTests_01';

let fake: FakeTelegram;
let t: TestCore;
let adapter: TelegramAdapter;
let bot: TelegramBot | undefined;

beforeAll(async () => {
  bot = await startTelegramBot({ token: TOKEN });
  ({ fake, t, adapter } = bot);
});

afterAll(() => bot?.close());

it('stop() waits for a vote still being handled, so it is recorded before the database closes', async () => {
  const group = fake.addChat(tgGroup(-1001000000200, 'Closing time'));
  const member = tgUser(401, 'Meera');
  const community = await t.core.community({ platform: 'telegram', chatId: String(group.id) });
  const today = localDateOf(t.clock.now(), community.timezone);
  const pending = await t.core.todaysPost(community, today);
  const post = (await t.database.store.dailyPosts.claim(
    community.id,
    today,
    { factId: pending.factId, questionId: pending.questionId },
    'test',
    t.clock.now(),
    60_000,
  ))!;
  const sent = await adapter.sendDaily(community, t.core.dailyReply(community, post));
  await t.database.store.dailyPosts.markPosted(post.id, 'test', sent, t.clock.now());
  const answer = t.content.question(post.questionId)!.answer;

  // Another session holds the answers table, so the vote's handler waits in the database.
  const locker = new pg.Client({ connectionString: t.database.url });
  await locker.connect();
  try {
    await locker.query('BEGIN');
    await locker.query('LOCK TABLE "Answer" IN ACCESS EXCLUSIVE MODE');
    fake.pollAnswer(sent.answerRef!, member, [answer]);
    await until(
      async () =>
        (
          await locker.query<{ n: number }>(
            `SELECT count(*)::int AS n FROM pg_locks WHERE NOT granted AND relation = '"Answer"'::regclass`,
          )
        ).rows[0]!.n,
      (n) => n > 0,
    );

    let stopped = false;
    const stopping = adapter.stop().then(() => {
      stopped = true;
    });
    await new Promise((r) => setTimeout(r, 500));
    expect(stopped).toBe(false); // the vote is still waiting for the database
    await locker.query('COMMIT');
    await stopping;
  } finally {
    await locker.query('ROLLBACK').catch(() => undefined);
    await locker.end();
  }
  // Right after stop(): the vote is in, as main.ts would now close the database.
  const rows = await t.database.db.answer.findMany({ where: { dailyPostId: post.id } });
  expect(rows.map((r) => [r.choice, r.correct])).toEqual([[answer, true]]);
});
