// Quiz-poll votes lost to a database outage: the real grammY bot (long polling, then webhook)
// against the fake Telegram Bot API server, over a real PostgreSQL reached through a TCP proxy that
// is cut for the outage (as a stopped server: connections dropped and refused). Members vote
// throughout the outage; the fake confirms updates and redelivers non-2xx webhook answers as Telegram
// does. Reports, per mode and outage length, how many votes reached the database.
//
//   npx tsx bench/vote-outage.bench.ts [--votes 200] [--outages 10,60] [--modes polling,webhook]
//        [--root DIR]
//
// --root measures another checkout (its src/ is imported), to compare before/after a change. Uses
// DATABASE_URL's server when set, an embedded PostgreSQL otherwise, in a database of its own.
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { FakeTelegram, tgGroup, tgUser } from '../tests/e2e/fakes/telegram-server.ts';
import { startTcpProxy } from '../tests/helpers/tcpProxy.ts';
import { benchDatabase } from './database.ts';

const { values } = parseArgs({
  options: {
    votes: { type: 'string', default: '200' },
    outages: { type: 'string', default: '10,60' },
    modes: { type: 'string', default: 'polling,webhook' },
    root: { type: 'string', default: path.resolve(import.meta.dirname, '..') },
  },
});
const votes = Number(values.votes);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const from = (file: string) => import(path.join(values.root, 'src', file));

const { StudyCore } = await from('core/engine.ts');
const { createPrisma, createStore } = await from('store/index.ts');
const { createTelegramAdapter } = await from('adapters/telegram/index.ts');
const { createHttpServer } = await from('http/server.ts');
const { loadContent } = await from('content/index.ts');
const { createLogger } = await from('log.ts');
const { localDateOf } = await from('core/time.ts');

const database = await benchDatabase('votes');
const proxy = await startTcpProxy(database.url);
// Counts answers directly, past the proxy.
const direct = new pg.Client({ connectionString: database.url });
await direct.connect();
const answersTo = async (postId: number) =>
  Number(
    (await direct.query('SELECT count(*) FROM "Answer" WHERE "dailyPostId" = $1', [postId])).rows[0].count,
  );
const db = createPrisma(proxy.url, 10);
const log = createLogger(process.env.LOG_LEVEL ?? 'silent', false);
const core = new StudyCore({
  store: createStore(db),
  content: await loadContent(path.join(values.root, 'content')),
  clock: { now: () => new Date() },
  log,
  defaults: { timezone: 'Asia/Kolkata', postTime: '08:00' },
});

let run = 0;
async function measure(mode: 'polling' | 'webhook', outageS: number) {
  run += 1;
  const token = `70000001${run}:AAVoteOutageBenchToken_abcdefghij`;
  const fake = await FakeTelegram.start(token);
  const group = fake.addChat(tgGroup(-1001000090000 - run, `Bench ${run}`));
  const http = mode === 'webhook' ? createHttpServer(log) : undefined;
  const port = http ? await http.listen(0, '127.0.0.1') : 0;
  const adapter = createTelegramAdapter({
    core,
    token,
    apiRoot: fake.apiRoot,
    log,
    ...(http ? { webhook: { url: `http://127.0.0.1:${port}/hook`, secret: 'bench-secret', http } } : {}),
  });
  await adapter.start();
  const c = await core.community({ platform: 'telegram', chatId: String(group.id), title: group.title });
  const today = localDateOf(new Date(), c.timezone);
  const pending = await core.todaysPost(c, today);
  const store = core.services.store;
  const post = await store.dailyPosts.claim(c.id, today, pending, 'bench', new Date(), 60_000);
  const sent = await adapter.sendDaily(c, core.dailyReply(c, post));
  await store.dailyPosts.markPosted(post.id, 'bench', sent, new Date());

  proxy.cut();
  const restore = setTimeout(() => proxy.restore(), outageS * 1000);
  const deliveries: Promise<unknown>[] = [];
  const started = Date.now();
  for (let i = 0; i < votes; i++) {
    const user = tgUser(50_000_000 + run * 100_000 + i, `Voter ${i}`);
    const answer = { poll_id: sent.answerRef, user, option_ids: [i % 4] };
    if (mode === 'polling') fake.pollAnswer(sent.answerRef, user, [i % 4]);
    else deliveries.push(fake.deliverWebhookUntilAccepted({ poll_answer: answer }, { giveUpMs: 180_000 }));
    // Votes spread over the outage's first 90 %.
    const due = started + ((i + 1) * outageS * 900) / votes;
    if (due > Date.now()) await sleep(due - Date.now());
  }
  await sleep(Math.max(0, started + outageS * 1000 - Date.now()));
  clearTimeout(restore);
  proxy.restore();
  await Promise.all(deliveries);
  // Long polling: give background retries time to finish (their back-off is at most a few seconds).
  let recorded = 0;
  for (let waited = 0; waited < 30_000; waited += 500) {
    recorded = await answersTo(post.id);
    if (recorded === votes) break;
    await sleep(500);
  }
  await adapter.stop();
  await http?.close();
  await fake.close();
  return { mode, outageS, recorded, lost: votes - recorded };
}

const rows: string[] = [];
try {
  for (const outage of values.outages.split(',').map(Number)) {
    for (const mode of values.modes.split(',') as ('polling' | 'webhook')[]) {
      const r = await measure(mode, outage);
      rows.push(`| ${r.mode} | ${r.outageS} s | ${votes} | ${r.recorded} | ${r.lost} |`);
      process.stderr.write(`${rows.at(-1)}\n`);
    }
  }
  process.stdout.write(
    `checkout: ${values.root}\n\n| mode | outage | votes | recorded | lost |\n|---|---|---|---|---|\n${rows.join('\n')}\n`,
  );
} finally {
  await db.$disconnect();
  await direct.end();
  await proxy.close();
  await database.drop();
}
