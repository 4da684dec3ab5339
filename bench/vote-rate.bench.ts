// Quiz-poll votes through the webhook at a steady rate (issue 13 item 2): the real grammY bot in
// webhook mode behind the process's HTTP server, over a real PostgreSQL, and the fake Telegram Bot
// API server POSTing poll_answer updates on an open-loop schedule (each at its own time, whatever the
// earlier ones are doing) from a process of its own (bench/vote-load.ts), as Telegram would: its
// timers, fetch and garbage collection are not the bot's. Reports the latency of each webhook
// request measured by the sender from the time it was due (so a stall is not hidden by sends that
// waited), the SQL statements per vote, counted at pg's Client.query (every statement Prisma sends
// passes there), and, to tell where a tail comes from, the bot process's own view over the same
// window: time from request to answer inside it, event-loop delay, garbage-collection pauses.
//
//   npx tsx bench/vote-rate.bench.ts [--rate 200] [--seconds 20] [--root DIR] [--label NAME]
//                                    [--same-process]
//
// --root measures another checkout (its src/ is imported, with this checkout's node_modules), to
// compare before/after a change in one run. --same-process runs the sender in the bot's process
// (the arrangement before the sender had its own), to see what sharing the event loop costs.
// Uses DATABASE_URL's server when set, an embedded PostgreSQL otherwise, in a database of its own.
import { fork } from 'node:child_process';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { benchDatabase } from './database.ts';
import { BENCH_TOKEN, VoteLoad, type FromLoad, type LoadResult, type ToLoad } from './vote-load.ts';

const { values } = parseArgs({
  options: {
    rate: { type: 'string', default: '200' },
    seconds: { type: 'string', default: '20' },
    root: { type: 'string', default: path.resolve(import.meta.dirname, '..') },
    label: { type: 'string', default: '' },
    'same-process': { type: 'boolean', default: false },
  },
});
const rate = Number(values.rate);
const votes = Math.round(rate * Number(values.seconds));
const WARM_UP = 200;
const from = (file: string) => import(path.join(values.root, 'src', file));

let statements = 0;
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  statements += 1;
  return (query as (...a: unknown[]) => unknown).apply(this, args);
} as typeof query;

/** The Telegram side, in this process or in a child process (bench/vote-load.ts). */
interface Sender {
  apiRoot: string;
  chat: { id: number; title: string };
  warmUp(pollId: string, options: number, count: number): Promise<void>;
  run(pollId: string, options: number, rate: number, votes: number): Promise<LoadResult>;
  close(): Promise<void>;
}

async function inProcess(): Promise<Sender> {
  const load = await VoteLoad.start();
  return {
    apiRoot: load.fake.apiRoot,
    chat: load.chat,
    warmUp: (...a) => load.warmUp(...a),
    run: (...a) => load.run(...a),
    close: () => load.close(),
  };
}

async function inChild(): Promise<Sender> {
  const child = fork(path.join(import.meta.dirname, 'vote-load.ts'), ['--vote-load-child']);
  const next = () =>
    new Promise<FromLoad>((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`the sender exited (${code})`));
      child.once('exit', onExit);
      child.once('message', (message: FromLoad) => {
        child.off('exit', onExit);
        resolve(message);
      });
    });
  const ask = async (message: ToLoad) => {
    const answer = next();
    child.send(message);
    return answer;
  };
  const ready = await next();
  if (!('ready' in ready)) throw new Error('the sender did not start');
  return {
    ...ready.ready,
    async warmUp(pollId, options, count) {
      await ask({ warmUp: { pollId, options, count } });
    },
    async run(pollId, options, rate, votes) {
      const answer = await ask({ run: { pollId, options, rate, votes } });
      if (!('done' in answer)) throw new Error('the sender did not report');
      return answer.done;
    },
    async close() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.send({ close: true } satisfies ToLoad);
      await exited;
    },
  };
}

const { StudyCore } = await from('core/engine.ts');
const { createPrisma, createStore } = await from('store/index.ts');
const { createTelegramAdapter } = await from('adapters/telegram/index.ts');
const { createHttpServer } = await from('http/server.ts');
const { loadContent } = await from('content/index.ts');
const { createLogger } = await from('log.ts');
const { localDateOf } = await from('core/time.ts');

const sender = values['same-process'] ? await inProcess() : await inChild();
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
const http = createHttpServer(log);
const port = await http.listen(0, '127.0.0.1');
const adapter = createTelegramAdapter({
  core,
  token: BENCH_TOKEN,
  apiRoot: sender.apiRoot,
  log,
  webhook: { url: `http://127.0.0.1:${port}/hook`, secret: 'bench-secret', http },
});

// The bot process's view of the measured window.
let measuring = false;
const inBot: number[] = [];
http.server.on('request', (_req: IncomingMessage, res: ServerResponse) => {
  if (!measuring) return;
  const arrived = performance.now();
  res.once('finish', () => inBot.push(performance.now() - arrived));
});
const loopDelay = monitorEventLoopDelay({ resolution: 10 });
const gcPauses: number[] = [];
const gc = new PerformanceObserver((list) => {
  if (measuring) for (const entry of list.getEntries()) gcPauses.push(entry.duration);
});
gc.observe({ entryTypes: ['gc'] });

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
const ms = (n: number) => n.toFixed(1);

try {
  await adapter.start();
  const c = await core.community({
    platform: 'telegram',
    chatId: String(sender.chat.id),
    title: sender.chat.title,
  });
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
  await sender.warmUp(sent.answerRef, options, WARM_UP);

  const before = statements;
  const utilization = performance.eventLoopUtilization();
  const cpu = process.cpuUsage();
  measuring = true;
  loopDelay.enable();
  const result = await sender.run(sent.answerRef, options, rate, votes);
  loopDelay.disable();
  measuring = false;
  const busy = performance.eventLoopUtilization(utilization).utilization;
  const used = process.cpuUsage(cpu);
  const perVote = (statements - before) / votes;
  const recorded = Number(
    (await db.$queryRawUnsafe(`SELECT count(*)::int AS n FROM "Answer" WHERE "dailyPostId" = ${post.id}`))[0]
      .n,
  );
  const latencies = [...result.latencies].sort((a, b) => a - b);
  inBot.sort((a, b) => a - b);
  const row = [
    values.label || values.root,
    values['same-process'] ? 'bot' : 'own',
    rate,
    votes,
    (votes / (result.elapsedMs / 1000)).toFixed(0),
    ms(percentile(latencies, 50)),
    ms(percentile(latencies, 99)),
    ms(latencies.at(-1)!),
    ms(percentile(inBot, 50)),
    ms(percentile(inBot, 99)),
    ms(loopDelay.percentile(99) / 1e6),
    ms(loopDelay.max / 1e6),
    `${gcPauses.length} / ${ms(gcPauses.reduce((a, b) => a + b, 0))} / ${ms(Math.max(0, ...gcPauses))}`,
    `${Math.round(busy * 100)}%`,
    Math.round((used.user + used.system) / votes),
    perVote.toFixed(2),
    recorded - WARM_UP,
    result.failed,
  ];
  process.stdout.write(
    '| checkout | sender | rate /s | votes | achieved /s | p50 ms | p99 ms | max ms | in bot p50 ms | in bot p99 ms | loop delay p99 ms | loop delay max ms | GC pauses: n / total ms / max ms | loop busy | bot CPU µs per vote | SQL statements per vote | recorded | non-200 |\n' +
      `|${' --- |'.repeat(row.length)}\n| ${row.join(' | ')} |\n` +
      `Bot API calls during the run: ${JSON.stringify(result.calls)}\n`,
  );
} finally {
  await adapter.stop();
  await http.close();
  await sender.close();
  await db.$disconnect();
  await database.drop();
}
