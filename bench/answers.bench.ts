// The answer hot path under a morning rush (DESIGN.md, "The hot path: recording an answer").
// Many distinct members answer one community's daily post from a few concurrent clients; we
// measure answers/s and latency of the real code path (AnswerStore.recordDaily: one statement
// through Prisma's $queryRaw) against the very same SQL text through `pg`, and against a
// $transaction of typed Prisma operations for contrast. A "duplicate tap storm" then checks that
// concurrent repeated taps count each member once.
//
//   npx tsx bench/answers.bench.ts [--duration 10] [--clients 8] [--members 50000]
//        [--storm-rounds 3] [--async-commit] [--no-diagnostics] [--no-write]
//
// --async-commit sets synchronous_commit=off for the bench database: commits stop waiting for the
// WAL flush, so the figures show the client-side cost (Prisma vs pg) instead of the disk's fsync.
//
// Uses DATABASE_URL's server when set, an embedded PostgreSQL in a temp dir otherwise; either way
// it creates (and afterwards drops) its own database and migrates it with src/store/migrate.ts.
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { dateColumn, localDateOf, type LocalDate } from '../src/core/time.ts';
import { PrismaClient } from '../src/generated/prisma/client.ts';
import {
  AnswerStore,
  POINTS_PER_CORRECT,
  type DailyAnswerResult,
  type MemberKey,
} from '../src/store/answers.ts';
import { createPrisma, type Db } from '../src/store/db.ts';
import {
  captureRecordDailyStatement,
  recordDailyValues,
  seedTarget,
  settle,
  type DailyInput,
  type Target,
} from './answers-sql.ts';
import { newPool, openBenchDatabase } from './database.ts';

const RESULTS_DIR = path.resolve(import.meta.dirname, 'results');
const CORRECT_CHOICE = 2;
const WARM_UP_ANSWERS = 2000;
const WARM_UP_SECONDS = 1.5;
const STORM_MEMBERS = 100;
const ZONE = 'Asia/Kolkata';

// ---------------------------------------------------------------------------------------------
// Options

interface Options {
  seconds: number;
  clients: number;
  members: number;
  stormRounds: number;
  asyncCommit: boolean;
  diagnostics: boolean;
  write: boolean;
}

function readOptions(): Options {
  const { values } = parseArgs({
    options: {
      duration: { type: 'string', default: '10' },
      clients: { type: 'string', default: '8' },
      members: { type: 'string', default: '50000' },
      'storm-rounds': { type: 'string', default: '3' },
      'async-commit': { type: 'boolean', default: false },
      'no-diagnostics': { type: 'boolean', default: false },
      'no-write': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(
      'usage: npx tsx bench/answers.bench.ts [--duration SECONDS] [--clients N] [--members N] [--storm-rounds N] [--async-commit] [--no-diagnostics] [--no-write]',
    );
    process.exit(0);
  }
  const number = (name: string, text: string, min: number, max: number) => {
    const n = Number(text);
    if (!Number.isFinite(n) || n < min || n > max) {
      console.error(`--${name} expects a number from ${min} to ${max} (got "${text}")`);
      process.exit(2);
    }
    return n;
  };
  return {
    seconds: number('duration', values.duration, 0.5, 300),
    clients: Math.round(number('clients', values.clients, 1, 64)),
    members: Math.round(number('members', values.members, 1000, 1_000_000)),
    stormRounds: Math.round(number('storm-rounds', values['storm-rounds'], 1, 100)),
    asyncCommit: values['async-commit'],
    diagnostics: !values['no-diagnostics'],
    write: !values['no-write'],
  };
}

// ---------------------------------------------------------------------------------------------
// Measuring

interface Measurement {
  name: string;
  operations: number;
  seconds: number;
  latenciesMs: Float64Array;
  nodeCpuMicros: number; // total, over operations and errors
  errors: number;
  firstError?: string | undefined;
}

/**
 * Runs `op` from `clients` concurrent loops until `seconds` pass or the indexes up to `total`
 * were used; each operation gets the next index, from `first`. Latency is per call, end to end.
 */
async function measure(
  name: string,
  op: (index: number) => Promise<unknown>,
  options: { clients: number; seconds: number; total: number; first?: number },
): Promise<Measurement> {
  const first = options.first ?? 0;
  const latencies = new Float64Array(Math.max(0, options.total - first));
  let next = first;
  let done = 0;
  let errors = 0;
  let firstError: string | undefined;
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const deadline = started + options.seconds * 1000;
  const client = async () => {
    while (next < options.total && performance.now() < deadline) {
      const index = next++;
      const t0 = performance.now();
      try {
        await op(index);
        latencies[done++] = performance.now() - t0;
      } catch (err) {
        errors++;
        firstError ??= (err as Error).message.split('\n').slice(-3).join(' ').slice(0, 300);
      }
    }
  };
  await Promise.all(Array.from({ length: options.clients }, client));
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  return {
    name,
    operations: done,
    seconds,
    latenciesMs: latencies.slice(0, done).sort(),
    nodeCpuMicros: cpu.user + cpu.system,
    errors,
    firstError,
  };
}

function combine(a: Measurement, b: Measurement): Measurement {
  const latenciesMs = new Float64Array(a.latenciesMs.length + b.latenciesMs.length);
  latenciesMs.set(a.latenciesMs);
  latenciesMs.set(b.latenciesMs, a.latenciesMs.length);
  return {
    name: a.name,
    operations: a.operations + b.operations,
    seconds: a.seconds + b.seconds,
    latenciesMs: latenciesMs.sort(),
    nodeCpuMicros: a.nodeCpuMicros + b.nodeCpuMicros,
    errors: a.errors + b.errors,
    firstError: a.firstError ?? b.firstError,
  };
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

function tableRow(m: Measurement, perPass: string, check: string): string {
  const ms = (v: number) => v.toFixed(2);
  const cells = [
    m.name,
    String(m.operations),
    m.seconds.toFixed(1),
    String(Math.round(m.operations / m.seconds)),
    perPass,
    ms(percentile(m.latenciesMs, 50)),
    ms(percentile(m.latenciesMs, 95)),
    ms(percentile(m.latenciesMs, 99)),
    ms(m.latenciesMs.at(-1) ?? Number.NaN),
    String(Math.round(m.nodeCpuMicros / Math.max(1, m.operations + m.errors))),
    check,
  ];
  return `| ${cells.join(' | ')} |`;
}

/** Counts the statements a Prisma operation sends (BEGIN/COMMIT included), for the notes. */
async function statementsPerCall(url: string, op: (db: Db, n: number) => Promise<unknown>): Promise<number> {
  const pool = newPool(url, 2);
  let count = 0;
  const counting = (target: { query: (...args: unknown[]) => unknown }) => {
    const query = target.query.bind(target);
    target.query = (...args: unknown[]) => {
      count++;
      return query(...args);
    };
  };
  // Every statement, pooled or in a transaction, runs on a client checked out of the pool.
  pool.on('acquire', (client) => {
    const marked = client as unknown as { __counted?: boolean; query: (...args: unknown[]) => unknown };
    if (!marked.__counted) {
      marked.__counted = true;
      counting(marked);
    }
  });
  const db = new PrismaClient({ adapter: new PrismaPg(pool) });
  try {
    await op(db, 0); // first call may carry one-off work
    count = 0;
    const calls = 20;
    for (let n = 1; n <= calls; n++) await op(db, n);
    return count / calls;
  } finally {
    await db.$disconnect();
    await pool.end();
  }
}

// ---------------------------------------------------------------------------------------------
// The run

interface Member {
  id: number;
  key: MemberKey;
}

/** A fixed pseudo-random order, so every variant answers in the same (realistic, unsorted) order. */
function shuffled<T>(items: T[], seed = 20_261_127): T[] {
  const out = items.slice();
  let s = seed >>> 0;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1_664_525) + 1_013_904_223) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function choiceFor(index: number): { choice: number; correct: boolean } {
  const choice = index % 4;
  return { choice, correct: choice === CORRECT_CHOICE };
}

interface Variant {
  name: string;
  /** Answers member `member` to the target's post. */
  make(target: Target, today: LocalDate): (member: Member, index: number) => Promise<unknown>;
}

async function main() {
  const options = readOptions();
  const runStarted = performance.now();
  const loadBefore = os.loadavg()[0]!;
  const today = localDateOf(new Date(), ZONE);
  console.log(
    `answers bench: ${options.clients} clients, ${options.members} members, ${options.seconds}s per variant, ${options.stormRounds} storm rounds${options.asyncCommit ? ', synchronous_commit=off' : ''}`,
  );
  const database = await openBenchDatabase(options.asyncCommit);
  const sql = newPool(database.url, 2);
  const cleanups: (() => Promise<void>)[] = [];
  let failed = false;
  try {
    const info = await sql.query<{ version: string; fsync: string; sync: string }>(
      `SELECT current_setting('server_version') AS version, current_setting('fsync') AS fsync,
              current_setting('synchronous_commit') AS sync`,
    );
    const server = info.rows[0]!;

    // Members exist already (they have answered before) and answered yesterday in every community.
    await sql.query(
      `INSERT INTO "Member" ("platform", "externalId", "displayName")
       SELECT 'discord', (700000000000000000 + g)::text, 'Aspirant ' || g FROM generate_series(1, $1::int) g`,
      [options.members],
    );
    const memberRows = await sql.query<{ id: number; externalId: string; displayName: string }>(
      `SELECT "id", "externalId", "displayName" FROM "Member" WHERE "platform" = 'discord' ORDER BY "id"`,
    );
    const members: Member[] = shuffled(
      memberRows.rows.map((r) => ({
        id: r.id,
        key: { platform: 'discord', externalId: r.externalId, displayName: r.displayName },
      })),
    );

    const pgPool = newPool(database.url, options.clients);
    cleanups.push(() => pgPool.end());
    const capturePost = await seedTarget(sql, 'capture', today, false);
    const statement = await captureRecordDailyStatement(database.url, {
      postId: capturePost.postId,
      communityId: capturePost.communityId,
      localDate: today,
      member: { platform: 'bench', externalId: 'capture', displayName: 'Capture' },
      choice: CORRECT_CHOICE,
      correct: true,
    });

    const prismaClient = (extra?: { statementNames: boolean }) => {
      const db = extra?.statementNames
        ? new PrismaClient({
            adapter: new PrismaPg(
              { connectionString: database.url, max: options.clients },
              { statementNameGenerator: statementName },
            ),
          })
        : createPrisma(database.url, options.clients); // the app's own factory
      cleanups.push(() => db.$disconnect());
      return db;
    };
    const statementNames = new Map<string, string>();
    const statementName = (query: { sql: string }) => {
      let name = statementNames.get(query.sql);
      if (!name) statementNames.set(query.sql, (name = `s${statementNames.size + 1}`));
      return name;
    };
    const dailyInput = (target: Target, day: LocalDate, member: Member, index: number): DailyInput => ({
      postId: target.postId,
      communityId: target.communityId,
      localDate: day,
      member: member.key,
      ...choiceFor(index),
    });

    const variants: Variant[] = [];
    const prismaRaw = prismaClient();
    variants.push({
      name: '1. Prisma `$queryRaw` — AnswerStore.recordDaily (the app)',
      make: (target, day) => {
        const store = new AnswerStore(prismaRaw);
        return (member, i) => store.recordDaily(dailyInput(target, day, member, i));
      },
    });
    variants.push({
      name: '2. `pg` Pool, the same SQL text',
      make: (target, day) => (member, i) =>
        pgPool.query(statement, recordDailyValues(dailyInput(target, day, member, i))),
    });
    const prismaTx = prismaClient();
    variants.push({
      name: '3. Prisma `$transaction([answer.create, membership.upsert])`',
      make: (target, day) => (member, i) => {
        const { choice, correct } = choiceFor(i);
        const points = correct ? POINTS_PER_CORRECT : 0;
        const key = { communityId: target.communityId, memberId: member.id };
        return prismaTx.$transaction([
          prismaTx.answer.create({
            data: { dailyPostId: target.postId, memberId: member.id, choice, correct },
          }),
          prismaTx.membership.upsert({
            where: { communityId_memberId: key },
            create: {
              ...key,
              currentStreak: 1,
              bestStreak: 1,
              lastAnsweredDate: dateColumn(day),
              points,
              answered: 1,
              correct: correct ? 1 : 0,
            },
            // The streak CASE cannot be said in typed operations; "answered yesterday" is assumed.
            update: {
              currentStreak: { increment: 1 },
              lastAnsweredDate: dateColumn(day),
              points: { increment: points },
              answered: { increment: 1 },
              correct: { increment: correct ? 1 : 0 },
            },
          }),
        ]);
      },
    });
    if (options.diagnostics) {
      variants.push({
        name: '4. (diagnostic) `pg` Pool, same SQL as a named prepared statement',
        make: (target, day) => (member, i) =>
          pgPool.query({
            name: 'record_daily',
            text: statement,
            values: recordDailyValues(dailyInput(target, day, member, i)),
          }),
      });
      const prismaNamed = prismaClient({ statementNames: true });
      variants.push({
        name: '5. (diagnostic) Prisma `$queryRaw` with adapter statementNameGenerator',
        make: (target, day) => {
          const store = new AnswerStore(prismaNamed);
          return (member, i) => store.recordDaily(dailyInput(target, day, member, i));
        },
      });
    }

    // Targets are seeded up front so that no variant pays for another's seeding.
    const targets: { main: Target; warmUp: Target }[] = [];
    for (let v = 0; v < variants.length; v++) {
      targets.push({
        main: await seedTarget(sql, `rush-${v + 1}`, today, true),
        warmUp: await seedTarget(sql, `warm-up-${v + 1}`, today, false),
      });
    }
    const stormTarget = await seedTarget(sql, 'storm', today, false);
    console.log(`seeded in ${((performance.now() - runStarted) / 1000).toFixed(1)}s; running variants…`);

    // Two passes, the second in reverse order, so drift in the machine's load (and anything one
    // variant leaves behind for the next) weighs on every variant alike.
    const order = variants.map((_, v) => v);
    const passes = [order, [...order].reverse()];
    const measured = new Map<number, Measurement>();
    const nextMember = variants.map(() => 0);
    const passRates = variants.map((): number[] => []);
    for (const [p, pass] of passes.entries()) {
      for (const v of pass) {
        const variant = variants[v]!;
        const { main: target, warmUp } = targets[v]!;
        await settle(sql);
        if (p === 0) {
          // Connections opened, code paths compiled; on its own post, so the rush stays fresh.
          const warmOp = variant.make(warmUp, today);
          const warm = await measure('warm-up', (i) => warmOp(members[i]!, i), {
            clients: options.clients,
            seconds: WARM_UP_SECONDS,
            total: WARM_UP_ANSWERS,
          });
          if (warm.errors > 0) throw new Error(`${variant.name} failed in warm-up: ${warm.firstError}`);
        }
        const op = variant.make(target, today);
        const m = await measure(variant.name, (i) => op(members[i]!, i), {
          clients: options.clients,
          seconds: options.seconds / passes.length,
          total: members.length,
          first: nextMember[v],
        });
        nextMember[v] = nextMember[v]! + m.operations + m.errors;
        const before = measured.get(v);
        measured.set(v, before ? combine(before, m) : m);
        passRates[v]!.push(Math.round(m.operations / m.seconds));
        console.log(`  pass ${p + 1}, ${variant.name}: ${Math.round(m.operations / m.seconds)} answers/s`);
      }
    }

    const rows: string[] = [];
    const results: Measurement[] = [];
    for (const [v, variant] of variants.entries()) {
      const m = measured.get(v)!;
      const { main: target } = targets[v]!;
      // Every counted answer must be in the database once, with yesterday's streak extended.
      const check = await sql.query<{ answers: string; extended: string }>(
        `SELECT (SELECT count(*) FROM "Answer" WHERE "dailyPostId" = $1) AS answers,
                (SELECT count(*) FROM "Membership" WHERE "communityId" = $2 AND "lastAnsweredDate" = $3::date
                   AND "currentStreak" = 4 AND "answered" = 4) AS extended`,
        [target.postId, target.communityId, today],
      );
      const answers = Number(check.rows[0]!.answers);
      const extended = Number(check.rows[0]!.extended);
      const ok = m.errors === 0 && answers === m.operations && extended === m.operations;
      if (!ok) failed = true;
      const checkText = ok
        ? 'rows ok'
        : `FAIL: ${m.errors} errors${m.firstError ? ` (${m.firstError})` : ''}, ${answers} answer rows, ${extended} streaks extended`;
      rows.push(tableRow(m, passRates[v]!.join(' / '), checkText));
      results.push(m);
      console.log(
        `  ${variant.name}: ${Math.round(m.operations / m.seconds)} answers/s, p50 ${percentile(m.latenciesMs, 50).toFixed(2)} ms, p99 ${percentile(m.latenciesMs, 99).toFixed(2)} ms — ${checkText}`,
      );
    }

    // Duplicate tap storm: every client taps the same 100 (new) members over and over.
    await settle(sql);
    const stormDb = prismaClient();
    const stormStore = new AnswerStore(stormDb);
    const stormMembers: MemberKey[] = Array.from({ length: STORM_MEMBERS }, (_, k) => ({
      platform: 'telegram',
      externalId: `storm-${k + 1}`,
      displayName: `Storm ${k + 1}`,
    }));
    const outcomes: { member: number; result: DailyAnswerResult }[] = [];
    const storm = await measure(
      `6. Duplicate tap storm — recordDaily, ${options.clients} clients × the same ${STORM_MEMBERS} members`,
      async (i) => {
        // Clients run in near lockstep, so the same member is tapped by several at once.
        const k = Math.floor(i / options.clients) % STORM_MEMBERS;
        const { choice, correct } = choiceFor(i);
        const result = await stormStore.recordDaily({
          postId: stormTarget.postId,
          communityId: stormTarget.communityId,
          localDate: today,
          member: stormMembers[k]!,
          choice,
          correct,
        });
        outcomes.push({ member: k, result });
      },
      // Every client taps every member `stormRounds` times; the time limit only guards a stall.
      {
        clients: options.clients,
        seconds: 120,
        total: options.clients * STORM_MEMBERS * options.stormRounds,
      },
    );
    const stormProblems = await checkStorm(sql, stormTarget, stormMembers, outcomes);
    if (storm.errors > 0) stormProblems.unshift(`${storm.errors} taps failed (${storm.firstError})`);
    const stormVerdict = stormProblems.length === 0 ? 'PASS' : 'FAIL';
    if (stormVerdict === 'FAIL') failed = true;
    rows.push(
      tableRow(
        storm,
        '—',
        `${stormVerdict}: ${outcomes.filter((o) => o.result.status === 'recorded').length} recorded, ${outcomes.filter((o) => o.result.status === 'duplicate').length} duplicates`,
      ),
    );
    console.log(`  duplicate tap storm: ${stormVerdict}`);
    for (const p of stormProblems) console.log(`    - ${p}`);

    // Where the time goes: statements per answer, and Node CPU per answer (in the table).
    const rawStatements = await statementsPerCall(database.url, (db, n) =>
      new AnswerStore(db).recordDaily({
        postId: stormTarget.postId,
        communityId: stormTarget.communityId,
        localDate: today,
        member: { platform: 'bench', externalId: `count-raw-${n}`, displayName: 'Count' },
        choice: 0,
        correct: false,
      }),
    );
    const txStatements = await statementsPerCall(database.url, (db, n) => {
      const member = members[members.length - 1 - n]!;
      return db.$transaction([
        db.answer.create({
          data: { dailyPostId: stormTarget.postId, memberId: member.id, choice: 0, correct: false },
        }),
        db.membership.upsert({
          where: { communityId_memberId: { communityId: stormTarget.communityId, memberId: member.id } },
          create: { communityId: stormTarget.communityId, memberId: member.id, answered: 1 },
          update: { answered: { increment: 1 } },
        }),
      ]);
    });

    const report = renderReport({
      options,
      database: database.description,
      server,
      rows,
      results,
      stormVerdict,
      stormProblems,
      rawStatements,
      txStatements,
      runSeconds: (performance.now() - runStarted) / 1000,
      loadBefore,
    });
    console.log(`\n${report}`);
    if (options.write) {
      await mkdir(RESULTS_DIR, { recursive: true });
      const suffix = options.asyncCommit ? '-async-commit' : '';
      const file = path.join(RESULTS_DIR, `answers-${new Date().toISOString().slice(0, 10)}${suffix}.md`);
      await writeFile(file, await formatted(report, file));
      console.log(`written to ${path.relative(process.cwd(), file)}`);
    }
  } finally {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
    await sql.end().catch(() => undefined);
    await database.close();
  }
  if (failed) process.exitCode = 1;
}

/** The report as the repo's Prettier settings lay it out, so `npm run format:check` stays green. */
async function formatted(markdown: string, file: string): Promise<string> {
  try {
    const prettier = await import('prettier');
    const config = (await prettier.resolveConfig(file)) ?? {};
    return await prettier.format(markdown, { ...config, parser: 'markdown' });
  } catch {
    return markdown; // prettier is a dev dependency; without it the file is still valid markdown
  }
}

async function checkStorm(
  sql: pg.Pool,
  target: Target,
  stormMembers: MemberKey[],
  outcomes: { member: number; result: DailyAnswerResult }[],
): Promise<string[]> {
  const problems: string[] = [];
  const stored = await sql.query<{
    externalId: string;
    choice: number;
    correct: boolean;
    points: number | null;
    answered: number | null;
    correctCount: number | null;
    currentStreak: number | null;
  }>(
    `SELECT m."externalId", a."choice", a."correct", ms."points", ms."answered", ms."correct" AS "correctCount",
            ms."currentStreak"
     FROM "Answer" a JOIN "Member" m ON m."id" = a."memberId"
     LEFT JOIN "Membership" ms ON ms."memberId" = a."memberId" AND ms."communityId" = $2
     WHERE a."dailyPostId" = $1`,
    [target.postId, target.communityId],
  );
  if (stored.rows.length !== stormMembers.length) {
    problems.push(`${stored.rows.length} Answer rows for the post, expected ${stormMembers.length}`);
  }
  const memberships = await sql.query<{ n: string; points: string | null }>(
    `SELECT count(*) AS n, sum("points") AS points FROM "Membership" WHERE "communityId" = $1`,
    [target.communityId],
  );
  const correctAnswers = stored.rows.filter((r) => r.correct).length;
  if (Number(memberships.rows[0]!.n) !== stormMembers.length) {
    problems.push(`${memberships.rows[0]!.n} memberships, expected ${stormMembers.length}`);
  }
  if (Number(memberships.rows[0]!.points ?? 0) !== correctAnswers * POINTS_PER_CORRECT) {
    problems.push(
      `${memberships.rows[0]!.points} points in total, expected ${correctAnswers * POINTS_PER_CORRECT} (${correctAnswers} correct first answers)`,
    );
  }
  const byExternalId = new Map(stored.rows.map((r) => [r.externalId, r]));
  for (const [k, member] of stormMembers.entries()) {
    if (problems.length >= 10) break;
    const row = byExternalId.get(member.externalId);
    const mine = outcomes.filter((o) => o.member === k);
    const recorded = mine.filter((o) => o.result.status === 'recorded').length;
    if (!row) {
      problems.push(`${member.externalId}: no Answer row`);
      continue;
    }
    if (recorded !== 1) problems.push(`${member.externalId}: recorded ${recorded} times`);
    const expectedPoints = row.correct ? POINTS_PER_CORRECT : 0;
    if (row.points !== expectedPoints || row.answered !== 1 || row.currentStreak !== 1) {
      problems.push(
        `${member.externalId}: membership points ${row.points}, answered ${row.answered}, streak ${row.currentStreak}`,
      );
    }
    // A repeated tap must be told the first answer, not its own.
    const wrong = mine.filter(
      (o) =>
        o.result.status === 'duplicate' &&
        (o.result.choice !== row.choice || o.result.correct !== row.correct),
    );
    if (wrong.length > 0)
      problems.push(`${member.externalId}: ${wrong.length} duplicates reported the wrong choice`);
  }
  return problems;
}

function renderReport(r: {
  options: Options;
  database: string;
  server: { version: string; fsync: string; sync: string };
  rows: string[];
  results: Measurement[];
  stormVerdict: string;
  stormProblems: string[];
  rawStatements: number;
  txStatements: number;
  runSeconds: number;
  loadBefore: number;
}): string {
  const cpus = os.cpus();
  const rate = (m: Measurement | undefined) => (m ? m.operations / m.seconds : Number.NaN);
  const [prisma, pgDirect, tx, pgNamed, prismaNamed] = r.results;
  const ratio = (a: Measurement | undefined, b: Measurement | undefined) => (rate(a) / rate(b)).toFixed(2);
  const lines = [
    `# Answer hot path — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    '',
    `- Machine: ${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.version}, ${os.platform()} ${os.release()}`,
    `- Database: ${r.database}, PostgreSQL ${r.server.version} (fsync=${r.server.fsync}, synchronous_commit=${r.server.sync}), on the same machine`,
    `- Load: ${r.options.clients} concurrent clients (pool size ${r.options.clients} for every variant), ${r.options.members} distinct members who all answered yesterday; ${r.options.seconds} s per variant in two passes (1→5, then 5→1) or until every member answered, after a warm-up (up to ${WARM_UP_ANSWERS} answers or ${WARM_UP_SECONDS} s) on a separate post`,
    `- Run time: ${r.runSeconds.toFixed(0)} s; load average (1 min) ${r.loadBefore.toFixed(1)} before, ${os.loadavg()[0]!.toFixed(1)} after`,
    '',
    '| variant | answers | s | answers/s | per pass | p50 ms | p95 ms | p99 ms | max ms | Node CPU µs/answer | check |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|',
    ...r.rows,
    '',
    `Prisma \`$queryRaw\` ran at ${ratio(prisma, pgDirect)}× the answers/s of \`pg\` with the same SQL; the \`$transaction\` of typed operations at ${ratio(tx, pgDirect)}×.`,
    `Statements sent per answer: recordDaily ${r.rawStatements.toFixed(1)}, \`$transaction([...])\` ${r.txStatements.toFixed(1)} (BEGIN, the operations, COMMIT, on one checked-out connection).`,
  ];
  if (pgNamed && prismaNamed) {
    lines.push(
      `Prepared (named) statements: \`pg\` ${ratio(pgNamed, pgDirect)}× its unnamed rate; Prisma with \`statementNameGenerator\` ${ratio(prismaNamed, prisma)}× its default.`,
    );
  }
  lines.push(
    `Duplicate tap storm: ${r.stormVerdict}${r.stormProblems.length ? ` — ${r.stormProblems.join('; ')}` : ' — exactly one Answer row per member, points and streaks counted once, every repeated tap told the first answer'}.`,
    '',
    'Variant 3 does less work than 1 and 2: no member upsert, and no streak CASE (it assumes every member answered yesterday).',
    'The machine is shared: "per pass" shows how much the rate moved between the two passes, and the load averages how busy the machine was.',
    '',
  );
  return lines.join('\n');
}

await main().catch((err: unknown) => {
  console.error(`answers bench failed: ${(err as Error).stack ?? String(err)}`);
  process.exitCode = 1;
});
