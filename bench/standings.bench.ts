// Standings at scale (issue 13): /leaderboard (week), /leaderboard all — each with the caller's own
// rank — /streak @name and the Sunday summary's top three, on one community of 100,000 members
// and about 1.7 M answers over four weeks. Each read runs the app's code (StandingsStore through
// the app's Prisma client) and, as its "before" peer in the same run on the same data, the SQL the
// boards ran before the weekly tallies (kept below, verbatim), through the same client.
//
//   npx tsx bench/standings.bench.ts [--members 100000] [--days 28] [--runs 500] [--before-runs 15] [--idle-runs 4] [--no-write]
//        [--generic-plans]
//
// Callers are members picked at random, so the rank counts run from the top of the board to its
// bottom; p99 is the deep end. Seeding is SQL (generate_series), about a minute on 2 cores.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { addDays, dateColumn, localDateOf, weekStart, type LocalDate } from '../src/core/time.ts';
import { createPrisma, type Db } from '../src/store/db.ts';
import { weekBoardSql } from '../src/store/boards.ts';
import { StandingsStore } from '../src/store/standings.ts';
import { newPool, openBenchDatabase } from './database.ts';

const RESULTS_DIR = path.resolve(import.meta.dirname, 'results');
const ZONE = 'Asia/Kolkata';

const { values } = parseArgs({
  options: {
    members: { type: 'string', default: '100000' },
    days: { type: 'string', default: '28' },
    runs: { type: 'string', default: '500' },
    'idle-runs': { type: 'string', default: '4' },
    'before-runs': { type: 'string', default: '15' },
    'no-write': { type: 'boolean', default: false },
    'generic-plans': { type: 'boolean', default: false },
  },
});
const MEMBERS = Number(values.members);
const DAYS = Number(values.days);
const RUNS = Number(values.runs);
const BEFORE_RUNS = Number(values['before-runs']);
const IDLE_RUNS = Number(values['idle-runs']);
const WARM_UP = 300;
for (const [name, n] of Object.entries({ MEMBERS, DAYS, RUNS, BEFORE_RUNS, IDLE_RUNS })) {
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive whole number`);
}

// ---------------------------------------------------------------------------------------------
// The "before" peers: the boards' SQL at the base commit of issue 13 (src/store/standings.ts).

function beforeWeek(db: Db, communityId: number, from: LocalDate, caller: number, limit = 10) {
  return db.$queryRaw<unknown[]>`
      WITH tally AS (
        SELECT a."memberId", count(*) FILTER (WHERE a."correct") * 10 AS "points", count(*) AS "answered",
               min(a."answeredAt") AS "first"
        FROM "Answer" a JOIN "DailyPost" p ON p."id" = a."dailyPostId"
        WHERE p."communityId" = ${communityId} AND p."localDate" >= ${dateColumn(from)}
        GROUP BY a."memberId"
      ), ranked AS (
        SELECT t."memberId", m."externalId", m."displayName", t."points", t."answered",
               rank() OVER (ORDER BY t."points" DESC) AS "rank", count(*) OVER () AS "total",
               row_number() OVER (ORDER BY t."points" DESC, t."answered" DESC, t."first") AS "pos"
        FROM tally t JOIN "Member" m ON m."id" = t."memberId"
      )
      SELECT * FROM ranked WHERE "pos" <= ${limit} OR "memberId" = ${caller} ORDER BY "pos"`;
}

function beforeAllTime(db: Db, communityId: number, caller: number, limit = 10) {
  return db.$queryRaw<unknown[]>`
      WITH ranked AS (
        SELECT ms."memberId", m."externalId", m."displayName", ms."points", ms."answered",
               rank() OVER (ORDER BY ms."points" DESC) AS "rank", count(*) OVER () AS "total",
               row_number() OVER (ORDER BY ms."points" DESC, ms."bestStreak" DESC, ms."memberId") AS "pos"
        FROM "Membership" ms JOIN "Member" m ON m."id" = ms."memberId"
        WHERE ms."communityId" = ${communityId} AND ms."answered" > 0
      )
      SELECT * FROM ranked WHERE "pos" <= ${limit} OR "memberId" = ${caller} ORDER BY "pos"`;
}

function beforeMemberByName(db: Db, communityId: number, name: string) {
  const clean = name.replace(/^@/, '').trim();
  return db.member.findFirst({
    where: {
      memberships: { some: { communityId } },
      OR: [{ displayName: { equals: clean, mode: 'insensitive' } }, { externalId: clean }],
    },
  });
}

// ---------------------------------------------------------------------------------------------

interface Row {
  name: string;
  runs: number;
  sorted: number[];
  check: string;
}

const pct = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;

/**
 * Runs `op` `runs` times one after another (a command is one request), after six warm-up calls: a
 * named statement's first five calls on a connection are planned with their values, and only then
 * does PostgreSQL settle on the plan it keeps (the rows "on a new connection" and "after an idle
 * pause" measure that start on its own).
 */
async function time(name: string, runs: number, op: (i: number) => Promise<unknown>, check: string) {
  for (let i = 1; i <= 6; i++) await op(-i);
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await op(i);
    ms.push(performance.now() - t0);
  }
  const row: Row = { name, runs, sorted: ms.sort((a, b) => a - b), check };
  console.log(
    `  ${name}: p50 ${pct(row.sorted, 50).toFixed(2)} ms, p99 ${pct(row.sorted, 99).toFixed(2)} ms`,
  );
  return row;
}

/**
 * The first read after a 12 s pause, for a client with pg's default idle time-out (10 s: the pause
 * closes its connection) and for the app's client (which keeps it), `runs` pauses shared by both.
 */
async function afterIdle(url: string, runs: number, read: (db: Db) => Promise<unknown>): Promise<Row[]> {
  const pgDefault = createPrisma(url, 2, 10_000);
  const app = createPrisma(url, 2);
  const ms: [number[], number[]] = [[], []];
  try {
    for (const client of [pgDefault, app]) for (let i = 0; i < 6; i++) await read(client);
    for (let i = 0; i < runs; i++) {
      await new Promise((resolve) => setTimeout(resolve, 12_000));
      for (const [k, client] of [pgDefault, app].entries()) {
        const t0 = performance.now();
        await read(client);
        ms[k]!.push(performance.now() - t0);
      }
    }
  } finally {
    await Promise.all([pgDefault.$disconnect(), app.$disconnect()]);
  }
  const row = (name: string, sorted: number[]): Row => ({
    name,
    runs,
    sorted: sorted.sort((a, b) => a - b),
    check: '',
  });
  return [
    row("/leaderboard (week) after a 12 s pause, pg's default idle time-out (10 s)", ms[0]),
    row("/leaderboard (week) after a 12 s pause, the app's client (keeps connections 10 min)", ms[1]),
  ];
}

/** A fixed pseudo-random sequence, so every variant asks for the same callers. */
function picker(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1_664_525) + 1_013_904_223) >>> 0;
    return s;
  };
}

async function main() {
  const loadBefore = os.loadavg();
  const started = performance.now();
  const today = localDateOf(new Date(), ZONE);
  const first = addDays(today, -(DAYS - 1));
  console.log(`standings bench: ${MEMBERS} members, ${DAYS} days`);
  const database = await openBenchDatabase(false);
  const sql = newPool(database.url, 2);
  // --generic-plans (a diagnostic): the app's client with plan_cache_mode=force_generic_plan, to see
  // how much of a board's time is PostgreSQL planning its statement again on every call.
  const appUrl = new URL(database.url);
  if (values['generic-plans']) appUrl.searchParams.set('options', '-c plan_cache_mode=force_generic_plan');
  const db = createPrisma(appUrl.toString(), 2);
  try {
    // Seed: one community, its members, a posted question a day, ~61% of members answering a day
    // (about 1.7 M answers at 100,000 members and 28 days), each member right with their own odds.
    const t0 = performance.now();
    await sql.query(`SET synchronous_commit = off`);
    const community = await sql.query<{ id: number }>(
      `INSERT INTO "Community" ("platform", "externalId", "title", "timezone", "updatedAt")
       VALUES ('discord', 'bench-big', 'bench', '${ZONE}', now()) RETURNING "id"`,
    );
    const communityId = community.rows[0]!.id;
    await sql.query(
      `INSERT INTO "Member" ("platform", "externalId", "displayName")
       SELECT 'discord', (100000000000 + i)::text, 'Student ' || i FROM generate_series(1, $1::int) i`,
      [MEMBERS],
    );
    await sql.query(
      `INSERT INTO "DailyPost" ("communityId", "localDate", "factId", "questionId", "state", "postedAt")
       SELECT $1, $2::date + d, 'f', 'q-' || d, 'posted', now() FROM generate_series(0, $3::int - 1) d`,
      [communityId, first, DAYS],
    );
    // Loading 1.7 M rows is several times faster without index upkeep: drop Answer's non-primary
    // indexes (as the migrations made them) and build them again afterwards.
    const answerIndexes = await sql.query<{ name: string; def: string }>(
      `SELECT i.relname AS name, pg_get_indexdef(ix.indexrelid) AS def
       FROM pg_index ix JOIN pg_class i ON i.oid = ix.indexrelid
       WHERE ix.indrelid = '"Answer"'::regclass AND NOT ix.indisprimary`,
    );
    for (const ix of answerIndexes.rows) await sql.query(`DROP INDEX "${ix.name}"`);
    await sql.query(
      `INSERT INTO "Answer" ("dailyPostId", "memberId", "choice", "correct", "answeredAt")
       SELECT p."id", m."id", 0, abs(hashtext(m."id" || 'r' || p."id")) % 100 < 20 + m."id" % 61,
              p."localDate" + TIME '02:30' + (abs(hashtext(m."id" || 't' || p."id")) % 36000) * INTERVAL '1 second'
       FROM "DailyPost" p CROSS JOIN "Member" m
       WHERE p."communityId" = $1 AND abs(hashtext(m."id" || 'a' || p."id")) % 100 < 61`,
      [communityId],
    );
    for (const ix of answerIndexes.rows) await sql.query(ix.def);
    await sql.query(
      `INSERT INTO "Membership" ("communityId", "memberId", "currentStreak", "bestStreak", "lastAnsweredDate", "points", "answered", "correct")
       SELECT p."communityId", a."memberId", 1, 1 + a."memberId" % 9, max(p."localDate"),
              10 * count(*) FILTER (WHERE a."correct"), count(*), count(*) FILTER (WHERE a."correct")
       FROM "Answer" a JOIN "DailyPost" p ON p."id" = a."dailyPostId" GROUP BY 1, 2`,
    );
    // The weeks, by the migration's own backfill.
    const migration = await readFile(
      path.resolve(import.meta.dirname, '../prisma/migrations/20261127133000_standings/migration.sql'),
      'utf8',
    );
    await sql.query(/INSERT INTO "WeeklyStanding"[\s\S]*?;/.exec(migration)![0]);
    await sql.query('VACUUM ANALYZE');
    // Flush the seed's writes now: otherwise the checkpointer spreads a few hundred MB of them over
    // the next minutes, in the middle of the timed reads (a server that has been running has none).
    await sql.query('CHECKPOINT').catch(() => console.log('  (CHECKPOINT not allowed for this role)'));
    const counts = await sql.query<{ answers: string; members: string; weeks: string }>(
      `SELECT (SELECT count(*) FROM "Answer") AS answers, (SELECT count(*) FROM "Membership") AS members,
              (SELECT count(*) FROM "WeeklyStanding") AS weeks`,
    );
    const seeded = counts.rows[0]!;
    const seedSeconds = (performance.now() - t0) / 1000;
    console.log(
      `  seeded ${seeded.members} members, ${seeded.answers} answers, ${seeded.weeks} weekly rows in ${seedSeconds.toFixed(0)} s`,
    );

    const ids = (await sql.query<{ id: number }>(`SELECT "id" FROM "Member" ORDER BY "id"`)).rows.map(
      (r) => r.id,
    );
    const store = new StandingsStore(db);
    const caller = (seed: number) => {
      const next = picker(seed);
      return () => ids[next() % ids.length]!;
    };
    const week = weekStart(today);
    const rows: Row[] = [];
    // The app's reads run first, the "before" peers last: a peer reads most of Answer (185 MB at
    // 100,000 members) through PostgreSQL's 128 MB of shared buffers and pushes the boards' pages
    // out, which the app itself never does (its boards are kept warm by the answers that write them).
    // A running bot has long since compiled its hot paths (Prisma's query interpreter, pg's
    // protocol code); a fresh process's first few hundred reads are V8 warming up, at two to three
    // times the steady p50 on this machine. Warm up the way a day of commands would, untimed; the
    // rows "on a new connection" and "after an idle pause" below time what a cold start costs.
    const warm = caller(99);
    for (let i = 0; i < WARM_UP; i++) {
      await store.week(communityId, today, warm());
      await store.allTime(communityId, warm());
      await store.findMemberByName(communityId, 'discord', `STUDENT ${(warm() % MEMBERS) + 1}`);
      await store.weekTop(communityId, week, 3);
    }
    let next = caller(1);
    const weekAfter = await time(
      '/leaderboard (week), after: StandingsStore.week',
      RUNS,
      () => store.week(communityId, today, next()),
      '',
    );
    next = caller(2);
    const allAfter = await time(
      '/leaderboard all, after: StandingsStore.allTime',
      RUNS,
      () => store.allTime(communityId, next()),
      '',
    );
    const name = () => `STUDENT ${(next() % MEMBERS) + 1}`;
    next = caller(3);
    const nameAfter = await time(
      '/streak @name, after: Member.nameKey index',
      RUNS,
      () => store.findMemberByName(communityId, 'discord', name()),
      '',
    );
    const summaryAfter = await time(
      'Sunday summary top 3, after: StandingsStore.weekTop',
      RUNS,
      () => store.weekTop(communityId, week, 3),
      '',
    );
    // Where the after side's time goes for the deepest caller (last on both boards).
    const last = await sql.query<{ memberId: number }>(
      `SELECT "memberId" FROM "WeeklyStanding" WHERE "communityId" = $1 AND "weekStart" = $2::date
       ORDER BY "points", "answered", "firstAnsweredAt" DESC, "memberId" DESC LIMIT 1`,
      [communityId, week],
    );
    const deepest = last.rows[0]!.memberId;
    const deep = [
      await time(
        '/leaderboard (week), after, the last-ranked caller',
        RUNS,
        () => store.week(communityId, today, deepest),
        '',
      ),
      await time(
        '/leaderboard all, after, the last-ranked caller',
        RUNS,
        () => store.allTime(communityId, deepest),
        '',
      ),
    ];
    rows.push(...deep);
    // The floor: one round trip of the same client doing no work. On a busy machine every row above
    // carries it; what a board costs is its row minus this one.
    rows.push(
      await time('the round trip alone: SELECT 1, same client', RUNS, () => db.$queryRaw`SELECT 1`, ''),
    );

    // The start of a connection's life: a new client's first week board (connect, prepare, plan
    // with the values), and the first board after a pause longer than pg's default idle time-out
    // (10 s) for a client with that default and for the app's client (which keeps connections).
    next = caller(4);
    rows.push(
      await time(
        '/leaderboard (week), first call on a new connection',
        Math.min(RUNS, 20),
        async () => {
          const fresh = createPrisma(appUrl.toString(), 2);
          try {
            await new StandingsStore(fresh).week(communityId, today, next());
          } finally {
            await fresh.$disconnect();
          }
        },
        '',
      ),
    );
    rows.push(
      ...(await afterIdle(appUrl.toString(), IDLE_RUNS, (client) =>
        new StandingsStore(client).week(communityId, today, next()),
      )),
    );

    next = caller(1);
    const weekBefore = await time(
      "/leaderboard (week), before: grouping the week's answers",
      BEFORE_RUNS,
      () => beforeWeek(db, communityId, week, next()),
      '',
    );
    next = caller(2);
    const allBefore = await time(
      '/leaderboard all, before: ranking every membership',
      BEFORE_RUNS,
      () => beforeAllTime(db, communityId, next()),
      '',
    );
    next = caller(3);
    const nameBefore = await time(
      '/streak @name, before: ILIKE over Member',
      Math.max(BEFORE_RUNS, 50),
      () => beforeMemberByName(db, communityId, name()),
      '',
    );
    const summaryBefore = await time(
      'Sunday summary top 3, before',
      BEFORE_RUNS,
      () => beforeWeek(db, communityId, week, -1, 3),
      '',
    );
    // Both sides agree on what the caller sees (checked once per pair, after the timed reads).
    const probe = ids[Math.floor(ids.length / 2)]!;
    const newWeek = await store.week(communityId, today, probe);
    const oldWeek = (await beforeWeek(db, communityId, week, probe)) as { memberId: number; rank: bigint }[];
    const weekAgrees =
      Number(oldWeek.find((r) => r.memberId === probe)?.rank) === newWeek.caller?.rank
        ? 'same caller rank'
        : 'DIFFERENT caller rank';
    const newAll = await store.allTime(communityId, probe);
    const oldAll = (await beforeAllTime(db, communityId, probe)) as { memberId: number; rank: bigint }[];
    const allAgrees =
      Number(oldAll.find((r) => r.memberId === probe)?.rank) === newAll.caller?.rank
        ? 'same caller rank'
        : 'DIFFERENT caller rank';

    for (const r of [weekBefore, weekAfter]) r.check = weekAgrees;
    for (const r of [allBefore, allAfter]) r.check = allAgrees;
    rows.unshift(
      weekBefore,
      weekAfter,
      allBefore,
      allAfter,
      nameBefore,
      nameAfter,
      summaryBefore,
      summaryAfter,
    );

    // Where a week board's time goes: its plan for a random caller, with the values (EXPLAIN
    // ANALYZE) and as the generic plan a named statement may settle on after five calls.
    const weekBoard = weekBoardSql(communityId, today, caller(9)(), 10);
    const plan = async (explain: string, values: unknown[]) =>
      (await sql.query<{ 'QUERY PLAN': string }>(`${explain} ${weekBoard.text}`, values)).rows
        .map((r) => r['QUERY PLAN'])
        .join('\n');
    const analyzed = await plan('EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)', weekBoard.values);
    const generic = await plan('EXPLAIN (GENERIC_PLAN, COSTS OFF)', []);
    console.log(`\nweek board, analyzed:\n${analyzed}\n\nweek board, generic:\n${generic}`);

    const server = (
      await sql.query<{ version: string }>(`SELECT current_setting('server_version') AS version`)
    ).rows[0]!;
    const loadAfter = os.loadavg();
    const cpus = os.cpus();
    const ms = (v: number) => v.toFixed(2);
    const report = [
      `# Standings at scale — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
      '',
      `- Machine: ${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.version}; ${database.description}, PostgreSQL ${server.version}, on the same machine`,
      `- Data: one community, ${seeded.members} members, ${seeded.answers} answers over ${DAYS} days, ${seeded.weeks} weekly rows; seeded in ${seedSeconds.toFixed(0)} s, then VACUUM ANALYZE`,
      `- One request at a time through the app's Prisma client (named statements), after ${WARM_UP} untimed rounds of the four reads and six warm-up calls per row; callers picked at random over the whole board; "before" is the base commit's SQL through the same client`,
      `- Load average (1/5/15 min): ${loadBefore.map((l) => l.toFixed(1)).join(' / ')} before, ${loadAfter.map((l) => l.toFixed(1)).join(' / ')} after; run time ${((performance.now() - started) / 1000).toFixed(0)} s`,
      '',
      '| read | runs | p50 ms | p99 ms | max ms | note |',
      '|---|---:|---:|---:|---:|---|',
      ...rows.map(
        (r) =>
          `| ${r.name} | ${r.runs} | ${ms(pct(r.sorted, 50))} | ${ms(pct(r.sorted, 99))} | ${ms(r.sorted.at(-1)!)} | ${r.check} |`,
      ),
      '',
      "The caller's rank and the footer's \"N ranked\" are sums over the board's points histogram (one row per distinct points value, kept by triggers); the top rows are the first entries of the board's index.",
      '',
      '## The week board for a random caller',
      '',
      '```',
      analyzed,
      '```',
      '',
      'As a generic plan (what a named statement may use after five calls):',
      '',
      '```',
      generic,
      '```',
      '',
    ].join('\n');
    console.log(`\n${report}`);
    if (!values['no-write']) {
      await mkdir(RESULTS_DIR, { recursive: true });
      const file = path.join(RESULTS_DIR, `standings-${new Date().toISOString().slice(0, 10)}.md`);
      const prettier = await import('prettier').catch(() => null);
      const text = prettier
        ? await prettier.format(report, {
            ...((await prettier.resolveConfig(file)) ?? {}),
            parser: 'markdown',
          })
        : report;
      await writeFile(file, text);
      console.log(`written to ${path.relative(process.cwd(), file)}`);
    }
  } finally {
    await db.$disconnect().catch(() => undefined);
    await sql.end().catch(() => undefined);
    await database.close();
  }
}

await main().catch((err: unknown) => {
  console.error(`standings bench failed: ${(err as Error).stack ?? String(err)}`);
  process.exitCode = 1;
});
