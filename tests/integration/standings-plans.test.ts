// The standings reads go through indexes: every statement that /leaderboard (week and all time),
// /stats, /streak @name and the Sunday summary send is captured as Prisma sends it, and EXPLAINed
// on a database of 20 communities x 1,000 members x 21 days (about 250,000 answers), where one
// community is 5% of every table, so an index is what the planner should pick. Both the plan for
// the actual values (EXPLAIN ANALYZE) and the generic plan that a prepared statement falls back to
// after a few runs (the app names its statements) must be free of sequential scans on the big
// tables, and the boards must not read Answer at all.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StudyCore } from '../../src/core/engine.ts';
import { PrismaClient } from '../../src/generated/prisma/client.ts';
import { createLogger } from '../../src/log.ts';
import { createStore } from '../../src/store/index.ts';
import { FakeClock, inv, REPO_ROOT, testContent } from '../helpers/core.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';

const BIG_TABLES = ['Answer', 'Membership', 'WeeklyStanding', 'Member'];
const TODAY = '2026-11-27'; // a Friday; the seeded days run from 7 Nov

let database: TestDatabase;
let sql: pg.Pool;
let core: StudyCore;
let db: InstanceType<typeof PrismaClient>;
let recording: pg.Pool;
const sent: { text: string; values: unknown[] }[] = [];

async function seed(): Promise<void> {
  const backfill = /INSERT INTO "WeeklyStanding"[\s\S]*?;/.exec(
    readFileSync(path.join(REPO_ROOT, 'prisma/migrations/20261127133000_standings/migration.sql'), 'utf8'),
  )![0];
  await sql.query(`
    INSERT INTO "Community" ("platform", "externalId", "timezone", "updatedAt")
    SELECT 'console', 'plan-' || c, 'Asia/Kolkata', now() FROM generate_series(1, 20) c;
    INSERT INTO "Member" ("platform", "externalId", "displayName")
    SELECT 'console', 'm' || c || '-' || i, 'Member ' || c || '-' || i
    FROM generate_series(1, 20) c, generate_series(1, 1000) i;
    INSERT INTO "DailyPost" ("communityId", "localDate", "factId", "questionId", "state")
    SELECT co."id", DATE '${TODAY}' - d, 'f', 'q-' || d, 'posted' FROM "Community" co, generate_series(0, 20) d;
    -- About 60% of the members answer on a day; about a third of the answers are right.
    INSERT INTO "Answer" ("dailyPostId", "memberId", "choice", "correct", "answeredAt")
    SELECT p."id", m."id", 0, abs(hashtext(p."id" || '/' || m."id")) % 3 = 0,
           p."localDate" + TIME '03:00' + (m."id" % 5000) * INTERVAL '1 second'
    FROM "DailyPost" p JOIN "Community" co ON co."id" = p."communityId"
    JOIN "Member" m ON split_part(m."externalId", '-', 1) = 'm' || substr(co."externalId", 6)
    WHERE abs(hashtext(m."id" || ':' || p."id")) % 10 < 6;
    INSERT INTO "Membership" ("communityId", "memberId", "currentStreak", "bestStreak", "lastAnsweredDate", "points", "answered", "correct")
    SELECT p."communityId", a."memberId", 1, 1 + a."memberId" % 7, max(p."localDate"),
           10 * count(*) FILTER (WHERE a."correct"), count(*), count(*) FILTER (WHERE a."correct")
    FROM "Answer" a JOIN "DailyPost" p ON p."id" = a."dailyPostId" GROUP BY 1, 2;
    ${backfill}`);
  await sql.query('VACUUM ANALYZE');
}

beforeAll(async () => {
  database = await createTestDatabase(2);
  sql = new pg.Pool({ connectionString: database.url, max: 2 });
  await seed();
  // The app's store and core over a pool that records every statement Prisma sends.
  const pool = new pg.Pool({ connectionString: database.url, max: 2 });
  pool.on('error', () => undefined); // idle clients cut when the database is dropped
  recording = pool;
  const query = pool.query.bind(pool) as (...args: unknown[]) => unknown;
  (pool as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
    const config = args[0] as { text?: string; values?: unknown[] };
    if (typeof config === 'object' && config.text)
      sent.push({ text: config.text, values: config.values ?? [] });
    return query(...args);
  };
  db = new PrismaClient({ adapter: new PrismaPg(pool) });
  core = new StudyCore({
    store: createStore(db),
    content: await testContent(),
    clock: new FakeClock(new Date(`${TODAY}T06:00:00Z`)),
    log: createLogger('silent', false),
    defaults: { timezone: 'Asia/Kolkata', postTime: '08:00' },
  });
}, 120_000);
afterAll(async () => {
  await db?.$disconnect();
  await recording?.end();
  await sql?.end();
  await database?.drop();
});

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Actual Rows'?: number;
  'Actual Loops'?: number;
  Plans?: PlanNode[];
}
const nodes = (n: PlanNode): PlanNode[] => [n, ...(n.Plans ?? []).flatMap(nodes)];

async function plans(statements: { text: string; values: unknown[] }[]) {
  const out: { text: string; analyzed: PlanNode[]; generic: PlanNode[] }[] = [];
  for (const s of statements.filter((x) => /^\s*(WITH|SELECT)\b/i.test(x.text))) {
    const analyzed = await sql.query<{ 'QUERY PLAN': { Plan: PlanNode }[] }>(
      `EXPLAIN (ANALYZE, FORMAT JSON) ${s.text}`,
      s.values,
    );
    const generic = await sql.query<{ 'QUERY PLAN': { Plan: PlanNode }[] }>(
      `EXPLAIN (GENERIC_PLAN, FORMAT JSON) ${s.text}`,
    );
    out.push({
      text: s.text,
      analyzed: nodes(analyzed.rows[0]!['QUERY PLAN'][0]!.Plan),
      generic: nodes(generic.rows[0]!['QUERY PLAN'][0]!.Plan),
    });
  }
  return out;
}

/** Runs a command as a member and returns the plans of what it sent. */
async function statementsOf(user: string, command: string, args = '') {
  const reply = await core.execute(inv(user, { chatId: 'plan-7', name: user }), command, args);
  expect(reply.tone).not.toBe('error');
  const captured = sent.splice(0);
  expect(captured.length).toBeGreaterThan(0);
  return { reply, plans: await plans(captured) };
}

const seqScans = (ns: PlanNode[]) =>
  ns.filter((n) => n['Node Type'] === 'Seq Scan' && BIG_TABLES.includes(n['Relation Name'] ?? ''));
const answerRowsRead = (ns: PlanNode[]) =>
  ns
    .filter((n) => n['Relation Name'] === 'Answer')
    .reduce((sum, n) => sum + (n['Actual Rows'] ?? 0) * (n['Actual Loops'] ?? 1), 0);

describe('standings on a big database', () => {
  // A member of plan-7 ranked far below the top 10 on both boards.
  let caller: { externalId: string; displayName: string };
  beforeAll(async () => {
    const r = await sql.query<{ externalId: string; displayName: string }>(
      `SELECT m."externalId", m."displayName" FROM "Membership" ms JOIN "Member" m ON m."id" = ms."memberId"
       JOIN "Community" c ON c."id" = ms."communityId"
       WHERE c."externalId" = 'plan-7' ORDER BY ms."points", ms."memberId" LIMIT 1 OFFSET 100`,
    );
    caller = r.rows[0]!;
  });

  it.each([
    ['leaderboard', 'week'],
    ['leaderboard', 'all'],
    ['stats', ''],
    ['streak', 'MEMBER 7-500'],
  ])('/%s %s: no sequential scan of Answer, Membership, WeeklyStanding or Member', async (command, args) => {
    const { reply, plans: ps } = await statementsOf(caller.externalId, command, args);
    if (command === 'leaderboard') {
      // The caller's own row, below the top 10.
      expect(reply.lines.at(-1)).toMatch(new RegExp(`^\\d{3,}\\. ${caller.displayName} — `));
      for (const p of ps) expect(answerRowsRead(p.analyzed), p.text).toBe(0);
    }
    if (command === 'streak') expect(reply.title).toBe("Member 7-500's streak");
    for (const p of ps) {
      expect(seqScans(p.analyzed), p.text).toEqual([]);
      expect(seqScans(p.generic), p.text).toEqual([]);
    }
  });

  it("the Sunday summary's read of the week's top three", async () => {
    const c = await db.community.findFirstOrThrow({ where: { externalId: 'plan-7' } });
    sent.splice(0);
    const top = await createStore(db).standings.weekTop(c.id, '2026-11-23', 3);
    expect(top).toHaveLength(3);
    for (const p of await plans(sent.splice(0))) {
      expect(answerRowsRead(p.analyzed), p.text).toBe(0);
      expect(seqScans(p.analyzed), p.text).toEqual([]);
      expect(seqScans(p.generic), p.text).toEqual([]);
    }
  });
});
