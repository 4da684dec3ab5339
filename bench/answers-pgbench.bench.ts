// The answer path through the app against pgbench (issue 13): the same statement — the text Prisma
// sends for AnswerStore.recordDaily, captured, not copied — on the same server, the same workload,
// side by side in one run. pgbench is PostgreSQL's own C client: what the database does when the
// client costs next to nothing. The app's ratio to it is what Node, Prisma and `pg` cost on top.
//
// Workload, both sides alike: `--members` members who all answered yesterday in a community answer
// today's post, each answer by a member drawn at random (so both sides meet the same share of
// repeated taps), from `--clients` concurrent connections for `--duration` seconds per run, in two
// passes (app, pgbench, pgbench, app) on fresh communities so load drifts weigh on both.
//
//   npx tsx bench/answers-pgbench.bench.ts [--duration 10] [--clients 8] [--members 50000]
//        [--rate 200] [--pgbench /usr/lib/postgresql/15/bin/pgbench] [--no-write]
//
// Then, with `--rate` > 0, both sides at that steady rate (open loop: each answer at its own time,
// pgbench's -R): the latency of each answer from the moment it was due, p50 and p99. That is the
// vote path's floor on this server: what one durable statement costs at 200 a second, without
// Telegram's webhook around it (bench/vote-rate.bench.ts measures the whole path).
//
// pgbench comes with PostgreSQL (Debian: `apt-get install postgresql-client`); without it the
// bench says so and exits. Results: bench/results/answers-pgbench-<date>.md.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { localDateOf } from '../src/core/time.ts';
import { AnswerStore } from '../src/store/answers.ts';
import { createPrisma } from '../src/store/db.ts';
import {
  captureRecordDailyStatement,
  recordDailyValues,
  seedTarget,
  settle,
  type Target,
} from './answers-sql.ts';
import { newPool, openBenchDatabase } from './database.ts';

const run = promisify(execFile);
const ZONE = 'Asia/Kolkata';
const ID_BASE = 700000000000000000n;

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    clients: { type: 'string', default: '8' },
    members: { type: 'string', default: '50000' },
    rate: { type: 'string', default: '200' },
    pgbench: { type: 'string' },
    'no-write': { type: 'boolean', default: false },
  },
});
const seconds = Number(values.duration);
const clients = Number(values.clients);
const members = Number(values.members);
const steadyRate = Number(values.rate);
const found =
  values.pgbench ??
  [
    '/usr/lib/postgresql/18/bin',
    '/usr/lib/postgresql/17/bin',
    '/usr/lib/postgresql/16/bin',
    '/usr/lib/postgresql/15/bin',
    '/usr/bin',
  ]
    .map((dir) => path.join(dir, 'pgbench'))
    .find((file) => existsSync(file));
if (!found) {
  console.log('pgbench not found: install postgresql-client, or pass --pgbench PATH.');
  process.exit(2);
}
const pgbenchBin: string = found;

/** One run's figures. */
interface Figures {
  side: 'app' | 'pgbench';
  answers: number;
  seconds: number;
  latencyMs: number;
}

/** The captured statement as a pgbench script: the member is `:g`, drawn per transaction. */
function pgbenchScript(statement: string, params: unknown[]): string {
  const literal = (v: unknown): string => {
    if (v === null) return 'NULL';
    if (typeof v === 'number' || typeof v === 'boolean') return String(v);
    const text = v instanceof Date ? v.toISOString() : String(v);
    return `'${text.replace(/'/g, "''")}'`;
  };
  const sql = statement.replace(/\$(\d+)\b/g, (_, n: string) => {
    const i = Number(n) - 1;
    if (i === 1) return `(${ID_BASE} + :g)::text`; // the member's externalId
    if (i === 2) return `('Aspirant ' || :g)`; // their display name
    return literal(params[i]);
  });
  // One line: pgbench reads a statement up to its semicolon, and a script line per meta-command.
  return `\\set g random(1, ${members})\n${sql.replace(/\s+/g, ' ').trim()};\n`;
}

async function main() {
  const today = localDateOf(new Date(), ZONE);
  const loadBefore = os.loadavg().map((l) => l.toFixed(1));
  const database = await openBenchDatabase(false, 'pgbench');
  const sql = newPool(database.url, 2);
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'studybot-pgbench-'));
  try {
    await sql.query(
      `INSERT INTO "Member" ("platform", "externalId", "displayName")
       SELECT 'discord', (${ID_BASE} + g)::text, 'Aspirant ' || g FROM generate_series(1, $1::int) g`,
      [members],
    );
    const capture = await seedTarget(sql, 'capture', today, false);
    const sample = {
      postId: capture.postId,
      communityId: capture.communityId,
      localDate: today,
      member: { platform: 'discord', externalId: 'capture', displayName: 'Capture' },
      choice: 2,
      correct: true,
    };
    const statement = await captureRecordDailyStatement(database.url, sample);
    const db = createPrisma(database.url, clients); // the app's own factory and pool size
    const store = new AnswerStore(db);
    /** One answer to the target's post by a member drawn at random, as pgbench's script draws them. */
    const answerRandomly = (target: Target) => {
      const g = 1 + Math.floor(Math.random() * members);
      return store.recordDaily({
        ...sample,
        postId: target.postId,
        communityId: target.communityId,
        member: {
          platform: 'discord',
          externalId: String(ID_BASE + BigInt(g)),
          displayName: `Aspirant ${g}`,
        },
      });
    };

    const app = async (target: Target): Promise<Figures> => {
      let done = 0;
      let latency = 0;
      const deadline = performance.now() + seconds * 1000;
      const started = performance.now();
      await Promise.all(
        Array.from({ length: clients }, async () => {
          while (performance.now() < deadline) {
            const t0 = performance.now();
            await answerRandomly(target);
            latency += performance.now() - t0;
            done += 1;
          }
        }),
      );
      return {
        side: 'app',
        answers: done,
        seconds: (performance.now() - started) / 1000,
        latencyMs: latency / done,
      };
    };

    /** Runs pgbench with the statement for `target`; returns its report. */
    const runPgbench = async (target: Target, n: number, extra: string[]): Promise<string> => {
      const file = path.join(scratch, `answer-${n}.sql`);
      const params = recordDailyValues({ ...sample, postId: target.postId, communityId: target.communityId });
      await writeFile(file, pgbenchScript(statement, params));
      const u = new URL(database.url);
      const { stdout } = await run(
        pgbenchBin,
        [
          ...['-n', '-M', 'prepared', '-c', String(clients), '-j', '2', '-T', String(seconds), ...extra],
          ...['-f', file, '-h', u.hostname, '-p', u.port, '-U', decodeURIComponent(u.username)],
          u.pathname.slice(1),
        ],
        { env: { ...process.env, PGPASSWORD: decodeURIComponent(u.password) }, cwd: scratch },
      );
      const failed = Number(/number of failed transactions: (\d+)/.exec(stdout)?.[1] ?? 0);
      if (failed || !/number of transactions actually processed: [1-9]/.test(stdout)) {
        throw new Error(`pgbench failed:\n${stdout}`);
      }
      return stdout;
    };

    const pgbench = async (target: Target, n: number): Promise<Figures> => {
      const stdout = await runPgbench(target, n, []);
      const answers = Number(/number of transactions actually processed: (\d+)/.exec(stdout)?.[1]);
      const latencyMs = Number(/latency average = ([\d.]+) ms/.exec(stdout)?.[1]);
      return { side: 'pgbench', answers, seconds, latencyMs };
    };

    /** pgbench at `rate`/s (-R): each answer's latency from its scheduled start, in ms. */
    const pgbenchAtRate = async (target: Target): Promise<number[]> => {
      await runPgbench(target, 9, ['-R', String(steadyRate), '-l', '--log-prefix', 'rate']);
      const logs = (await readdir(scratch)).filter((f) => f.startsWith('rate.'));
      const ms: number[] = [];
      for (const log of logs) {
        for (const line of (await readFile(path.join(scratch, log), 'utf8')).split('\n')) {
          // client transaction time_us script epoch epoch_us schedule_lag_us
          const f = line.trim().split(/\s+/);
          if (f.length >= 7) ms.push((Number(f[2]) + Number(f[6])) / 1000);
        }
      }
      return ms;
    };

    /** The app at `rate`/s, open loop: each answer started at its time, timed from it. */
    const appAtRate = async (target: Target): Promise<number[]> => {
      const ms: number[] = [];
      const gap = 1000 / steadyRate;
      const started = performance.now();
      const pending: Promise<unknown>[] = [];
      for (let k = 0; k < steadyRate * seconds; k++) {
        const due = started + k * gap;
        const wait = due - performance.now();
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
        pending.push(answerRandomly(target).then(() => ms.push(performance.now() - due)));
      }
      await Promise.all(pending);
      return ms;
    };

    // Warm both sides on a community of their own, then app, pgbench, pgbench, app.
    const warm = await seedTarget(sql, 'warm', today, true);
    await app(warm);
    await pgbench(await seedTarget(sql, 'warm-pgbench', today, true), 0);
    const runs: Figures[] = [];
    for (const [i, side] of (['app', 'pgbench', 'pgbench', 'app'] as const).entries()) {
      const target = await seedTarget(sql, `run-${i}`, today, true);
      await settle(sql);
      const figures = side === 'app' ? await app(target) : await pgbench(target, i + 1);
      runs.push(figures);
      console.log(
        `  ${side}: ${Math.round(figures.answers / figures.seconds)} answers/s, mean ${figures.latencyMs.toFixed(2)} ms`,
      );
    }
    const atRate: { side: Figures['side']; ms: number[] }[] = [];
    if (steadyRate > 0) {
      for (const [i, side] of (['app', 'pgbench'] as const).entries()) {
        const target = await seedTarget(sql, `rate-${i}`, today, true);
        await settle(sql);
        atRate.push({ side, ms: side === 'app' ? await appAtRate(target) : await pgbenchAtRate(target) });
      }
    }
    await db.$disconnect();

    const rate = (side: Figures['side']) => {
      const mine = runs.filter((r) => r.side === side);
      return mine.reduce((a, r) => a + r.answers, 0) / mine.reduce((a, r) => a + r.seconds, 0);
    };
    const ratio = rate('app') / rate('pgbench');
    const version = (await run(pgbenchBin, ['--version'])).stdout.trim();
    const report = [
      `# The answer path: the app vs pgbench — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
      '',
      `- ${database.description}; ${version}; ${os.cpus().length} cores; Node ${process.version}`,
      `- ${members} members who answered yesterday; each answer by a member drawn at random; ${clients} connections; ${seconds} s per run, in the order app, pgbench, pgbench, app, each on a fresh community`,
      `- Load average (1/5/15 min): ${loadBefore.join(' / ')} before, ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' / ')} after`,
      '',
      '| run | side | answers | answers/s | mean latency ms |',
      '|---:|---|---:|---:|---:|',
      ...runs.map(
        (r, i) =>
          `| ${i + 1} | ${r.side} | ${r.answers} | ${Math.round(r.answers / r.seconds)} | ${r.latencyMs.toFixed(2)} |`,
      ),
      '',
      `The app (AnswerStore.recordDaily: since 361a550 its statement runs on the pg pool under Prisma's adapter, store/direct.ts) ran at **${ratio.toFixed(2)}×** pgbench's rate with the same statement (target: at least 0.7×).`,
      '',
      ...(atRate.length === 0
        ? []
        : [
            `At a steady ${steadyRate} answers/s for ${seconds} s each (latency from each answer's due time):`,
            '',
            '| side | answers | p50 ms | p99 ms | max ms |',
            '|---|---:|---:|---:|---:|',
            ...atRate.map(({ side, ms }) => {
              const sorted = [...ms].sort((a, b) => a - b);
              const at = (p: number) =>
                sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
              return `| ${side} | ${sorted.length} | ${at(50).toFixed(1)} | ${at(99).toFixed(1)} | ${sorted.at(-1)!.toFixed(1)} |`;
            }),
            '',
          ]),
    ].join('\n');
    console.log(`\n${report}`);
    if (!values['no-write']) {
      const dir = path.resolve(import.meta.dirname, 'results');
      await mkdir(dir, { recursive: true });
      const file = path.join(dir, `answers-pgbench-${new Date().toISOString().slice(0, 10)}.md`);
      // Formatted as the repository's own Prettier would (its check runs over bench/results too).
      const prettier = await import('prettier').catch(() => null);
      const options = prettier && { ...((await prettier.resolveConfig(file)) ?? {}), filepath: file };
      await writeFile(file, prettier && options ? await prettier.format(report, options) : report);
      console.log(`written to ${path.relative(process.cwd(), file)}`);
    }
  } finally {
    await sql.end();
    await rm(scratch, { recursive: true, force: true });
    await database.close();
  }
}

await main();
