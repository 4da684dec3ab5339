// Quiz-poll votes through the webhook at a steady rate (issue 13 item 2): the real grammY bot in
// webhook mode behind the process's HTTP server, the fake Telegram Bot API server POSTing
// poll_answer updates on an open-loop schedule (each at its own time, whatever the earlier ones are
// doing), over a real PostgreSQL. Reports the latency of each webhook request, measured from the
// time it was due (so a stall is not hidden by sends that waited), and the SQL statements per vote,
// counted at pg's Client.query (every statement Prisma sends passes there).
//
//   npx tsx bench/vote-rate.bench.ts [--rate 200] [--seconds 20] [--root DIR] [--label NAME]
//
// --root measures another checkout (its src/ is imported, with this checkout's node_modules), to
// compare before/after a change in one run. Uses DATABASE_URL's server when set, an embedded
// PostgreSQL otherwise, in a database of its own.
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { FakeTelegram, tgGroup, tgUser } from '../tests/e2e/fakes/telegram-server.ts';
import { benchDatabase } from './database.ts';

const { values } = parseArgs({
  options: {
    rate: { type: 'string', default: '200' },
    seconds: { type: 'string', default: '20' },
    root: { type: 'string', default: path.resolve(import.meta.dirname, '..') },
    label: { type: 'string', default: '' },
  },
});
const rate = Number(values.rate);
const votes = Math.round(rate * Number(values.seconds));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const from = (file: string) => import(path.join(values.root, 'src', file));

let statements = 0;
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  statements += 1;
  return (query as (...a: unknown[]) => unknown).apply(this, args);
} as typeof query;

const { StudyCore } = await from('core/engine.ts');
const { createPrisma, createStore } = await from('store/index.ts');
const { createTelegramAdapter } = await from('adapters/telegram/index.ts');
const { createHttpServer } = await from('http/server.ts');
const { loadContent } = await from('content/index.ts');
const { createLogger } = await from('log.ts');
const { localDateOf } = await from('core/time.ts');

const database = await benchDatabase('voterate');
const db = createPrisma(database.url, 10);
const log = createLogger(process.env.LOG_LEVEL ?? 'silent', false);
const core = new StudyCore({
  store: createStore(db),
  content: await loadContent(path.join(values.root, 'content')),
  clock: { now: () => new Date() },
  log,
  defaults: { timezone: 'Asia/Kolkata', postTime: '08:00' },
});
const token = '7000000020:AAVoteRateBenchToken_abcdefghijklm';
const fake = await FakeTelegram.start(token);
const group = fake.addChat(tgGroup(-1001000092000, 'Vote rate bench'));
const http = createHttpServer(log);
const port = await http.listen(0, '127.0.0.1');
const adapter = createTelegramAdapter({
  core,
  token,
  apiRoot: fake.apiRoot,
  log,
  webhook: { url: `http://127.0.0.1:${port}/hook`, secret: 'bench-secret', http },
});

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

try {
  await adapter.start();
  const c = await core.community({ platform: 'telegram', chatId: String(group.id), title: group.title });
  const today = localDateOf(new Date(), c.timezone);
  const store = core.services.store;
  // Posted as another process would (markPosted): the poll id reaches this one with the first vote.
  const post = await store.dailyPosts.claim(
    c.id,
    today,
    await core.todaysPost(c, today),
    'b',
    new Date(),
    60_000,
  );
  const sent = await adapter.sendDaily(c, core.dailyReply(c, post));
  await store.dailyPosts.markPosted(post.id, 'b', sent, new Date());
  const options = core.services.content.question(post.questionId).options.length;
  const vote = (i: number) =>
    fake.deliverWebhook({
      poll_answer: {
        poll_id: sent.answerRef,
        user: tgUser(60_000_000 + i, `V${i}`),
        option_ids: [Math.abs(i) % options],
      },
    });
  // Warm-up (connections, prepared statements, the poll id): 200 votes, not counted.
  for (let i = 0; i < 200; i += 20) await Promise.all(Array.from({ length: 20 }, (_, j) => vote(-1 - i - j)));

  const before = statements;
  const latencies: number[] = [];
  let failed = 0;
  const started = performance.now();
  const requests: Promise<void>[] = [];
  for (let i = 0; i < votes; i++) {
    const due = started + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    requests.push(
      // A dropped or timed-out request counts as not 200 (Telegram would deliver it again).
      vote(i)
        .catch(() => 0)
        .then((status) => {
          latencies.push(performance.now() - due);
          if (status !== 200) failed += 1;
        }),
    );
  }
  await Promise.all(requests);
  const elapsed = (performance.now() - started) / 1000;
  const perVote = (statements - before) / votes;
  const recorded = Number(
    (await db.$queryRawUnsafe(`SELECT count(*)::int AS n FROM "Answer" WHERE "dailyPostId" = ${post.id}`))[0]
      .n,
  );
  latencies.sort((a, b) => a - b);
  const row = [
    values.label || values.root,
    rate,
    votes,
    (votes / elapsed).toFixed(0),
    percentile(latencies, 50).toFixed(1),
    percentile(latencies, 99).toFixed(1),
    latencies.at(-1)!.toFixed(1),
    perVote.toFixed(2),
    recorded - 200,
    failed,
  ];
  process.stdout.write(
    `| checkout | rate /s | votes | achieved /s | p50 ms | p99 ms | max ms | SQL statements per vote | recorded | non-200 |\n|---|---|---|---|---|---|---|---|---|---|\n| ${row.join(' | ')} |\n`,
  );
} finally {
  await adapter.stop();
  await http.close();
  await fake.close();
  await db.$disconnect();
  await database.drop();
}
