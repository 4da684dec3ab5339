// One scheduler tick broadcasting the daily post to many communities at once (every community due
// at the same minute), through a recording adapter that takes ~20 ms per send like a real platform
// API call. Measures the tick's duration and posts/s against the ceiling the adapter's concurrency
// allows (concurrency / latency), then the cost of an idle tick over the same communities (the
// price of each minute when nothing is due).
//
//   npx tsx bench/scheduler-broadcast.bench.ts [--communities 2000] [--latency 20] [--concurrency 8]
//        [--platforms 1] [--pool 10] [--telegram 500] [--no-write]
//
// --telegram N instead posts to N Telegram groups through the real adapter against the fake Bot API
// server enforcing Telegram's limits, and compares the time with the bound those limits set
// (broadcast-telegram.ts); its figures go to bench/results/scheduler-broadcast-<date>.md.
//
// Uses DATABASE_URL's server when set, an embedded PostgreSQL in a temp dir otherwise; either way
// it creates (and afterwards drops) its own database, migrated with src/store/migrate.ts.
import { randomUUID } from 'node:crypto';
import { appendFile, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import type { PlatformAdapter } from '../src/adapters/types.ts';
import { loadContent } from '../src/content/index.ts';
import { StudyCore } from '../src/core/engine.ts';
import { createLogger, safeUrl } from '../src/log.ts';
import { Scheduler } from '../src/scheduler/index.ts';
import { createPrisma, createStore } from '../src/store/index.ts';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../src/store/embedded.ts';
import { migrate } from '../src/store/migrate.ts';
import { telegramBroadcast } from './broadcast-telegram.ts';

const PLATFORMS = ['telegram', 'discord', 'console'] as const;
/** 11:30 in Kolkata: every community's 08:00 post is due. */
const NOW = new Date('2026-11-27T06:00:00Z');

const { values } = parseArgs({
  options: {
    communities: { type: 'string', default: '2000' },
    latency: { type: 'string', default: '20' },
    concurrency: { type: 'string', default: '8' },
    platforms: { type: 'string', default: '1' },
    pool: { type: 'string', default: '10' },
    telegram: { type: 'string' },
    'no-write': { type: 'boolean', default: false },
  },
});
const communities = Number(values.communities);
const latencyMs = Number(values.latency);
const concurrency = Number(values.concurrency);
const platformCount = Math.min(PLATFORMS.length, Math.max(1, Number(values.platforms)));
const poolSize = Number(values.pool);

const log = createLogger(process.env.LOG_LEVEL ?? 'warn', false);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function openServer(): Promise<{ adminUrl: string; stop(): Promise<void> }> {
  if (process.env.DATABASE_URL) return { adminUrl: process.env.DATABASE_URL, stop: async () => undefined };
  const dir = await mkdtemp(path.join(os.tmpdir(), 'studybot-bench-pg-'));
  const embedded: EmbeddedDatabase = await startEmbeddedPostgres(dir, log, 'postgres');
  return {
    adminUrl: embedded.url,
    async stop() {
      await embedded.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

async function adminQuery(adminUrl: string, sql: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function recordingAdapter(platform: (typeof PLATFORMS)[number], sent: { count: number }): PlatformAdapter {
  let seq = 0;
  return {
    platform,
    sendConcurrency: concurrency,
    start: async () => undefined,
    stop: async () => undefined,
    async sendDaily(community) {
      await sleep(latencyMs);
      sent.count += 1;
      return { messageRef: `${community.externalId}:${++seq}` };
    },
    sendMessage: async () => {
      await sleep(latencyMs);
    },
    closeDaily: async () => {
      await sleep(latencyMs);
    },
  };
}

const loadBefore = os
  .loadavg()
  .map((l) => l.toFixed(1))
  .join(' ');
const server = await openServer();
const name = `studybot_bench_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
await adminQuery(server.adminUrl, `CREATE DATABASE "${name}"`);
const url = new URL(server.adminUrl);
url.pathname = `/${name}`;
const db = createPrisma(url.toString(), poolSize);
try {
  await migrate(url.toString());
  console.log(`database: ${safeUrl(url.toString())}`);
  await db.community.createMany({
    data: Array.from({ length: values.telegram ? 0 : communities }, (_, i) => ({
      platform: PLATFORMS[i % platformCount]!,
      externalId: `chat-${i}`,
      timezone: 'Asia/Kolkata',
      postTime: '08:00',
    })),
  });
  const content = await loadContent(path.resolve(import.meta.dirname, '..', 'content'));
  const clock = { now: () => new Date(NOW) };
  const core = new StudyCore({
    store: createStore(db),
    content,
    clock,
    log,
    defaults: { timezone: 'Asia/Kolkata', postTime: '08:00' },
  });
  if (values.telegram) {
    const r = await telegramBroadcast({ db, core, clock, log }, Number(values.telegram));
    const lines = [
      `Load average before ${loadBefore}, after ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}.`,
      '',
      '| groups | posted | messages | broadcast s | bound s (30/s) | × bound | 429s |',
      '|---|---|---|---|---|---|---|',
      `| ${r.groups} | ${r.posted} | ${r.messages} | ${r.seconds.toFixed(1)} | ${r.boundSeconds.toFixed(1)} | ${(r.seconds / r.boundSeconds).toFixed(3)} | ${r.rateLimited} |`,
    ].join('\n');
    console.log(lines);
    if (!values['no-write']) {
      const file = path.join(
        import.meta.dirname,
        'results',
        `scheduler-broadcast-${new Date().toISOString().slice(0, 10)}.md`,
      );
      await appendFile(file, `\n## Telegram, ${new Date().toISOString()}\n\n${lines}\n`);
    }
    process.exitCode = r.rateLimited === 0 && r.posted === r.groups ? 0 : 1;
  } else {
    const sent = { count: 0 };
    const scheduler = new Scheduler({
      core,
      adapters: PLATFORMS.slice(0, platformCount).map((p) => recordingAdapter(p, sent)),
      clock,
      log,
      instanceId: 'bench',
    });
    await db.$queryRaw`SELECT 1`; // connect before timing

    const started = performance.now();
    const report = await scheduler.tick();
    const seconds = (performance.now() - started) / 1000;
    const posted = await db.dailyPost.count({ where: { state: 'posted' } });
    if (report.posted !== communities || sent.count !== communities || posted !== communities) {
      throw new Error(
        `expected ${communities} posts; report ${JSON.stringify(report)}, sent ${sent.count}, rows ${posted}`,
      );
    }
    const ceiling = (platformCount * concurrency * 1000) / latencyMs;

    const idleRuns: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      const idle = await scheduler.tick();
      idleRuns.push(performance.now() - t0);
      if (idle.due !== 0) throw new Error(`an idle tick found ${idle.due} due`);
    }
    idleRuns.sort((a, b) => a - b);

    console.log(
      `communities ${communities}, platforms ${platformCount}, send latency ${latencyMs} ms, concurrency ${concurrency} per platform, pool ${poolSize}`,
    );
    console.log(`broadcast tick: ${seconds.toFixed(2)} s, ${(communities / seconds).toFixed(0)} posts/s`);
    if (latencyMs > 0) {
      console.log(
        `ceiling at this concurrency and latency: ${ceiling.toFixed(0)} posts/s (${((communities / seconds / ceiling) * 100).toFixed(0)}% reached)`,
      );
    }
    console.log(`idle tick over ${communities} communities: median ${idleRuns[2]!.toFixed(1)} ms`);
  }
} finally {
  await db.$disconnect();
  await adminQuery(server.adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => undefined);
  await server.stop();
}
