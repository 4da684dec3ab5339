// The answer statement as the app sends it, and the bench communities it runs against: shared by
// answers.bench.ts (Prisma vs pg) and answers-pgbench.bench.ts (the app vs pgbench).
import { isDeepStrictEqual } from 'node:util';
import { PrismaPg } from '@prisma/adapter-pg';
import type pg from 'pg';
import { addDays, type LocalDate } from '../src/core/time.ts';
import { PrismaClient } from '../src/generated/prisma/client.ts';
import { FREEZE_EVERY, MAX_FREEZES } from '../src/core/streaks.ts';
import { AnswerStore, POINTS_PER_CORRECT, type MemberKey } from '../src/store/answers.ts';
import { newPool } from './database.ts';

export interface Target {
  label: string;
  communityId: number;
  postId: number;
}

/** A community with today's daily post; with `yesterdayMemberships`, every seeded member answered yesterday. */
export async function seedTarget(
  sql: pg.Pool,
  key: string,
  today: LocalDate,
  yesterdayMemberships: boolean,
): Promise<Target> {
  const community = await sql.query<{ id: number }>(
    `INSERT INTO "Community" ("platform", "externalId", "title", "updatedAt") VALUES ('discord', $1, $1, now()) RETURNING "id"`,
    [key],
  );
  const communityId = community.rows[0]!.id;
  const post = await sql.query<{ id: number }>(
    `INSERT INTO "DailyPost" ("communityId", "localDate", "factId", "questionId", "state", "postedAt")
     VALUES ($1, $2::date, 'bench-fact', 'bench-question', 'posted', now()) RETURNING "id"`,
    [communityId, today],
  );
  if (yesterdayMemberships) {
    await sql.query(
      `INSERT INTO "Membership" ("communityId", "memberId", "currentStreak", "bestStreak", "lastAnsweredDate", "points", "answered", "correct")
       SELECT $1, "id", 3, 5, $2::date, 30, 3, 3 FROM "Member" WHERE "platform" = 'discord'`,
      [communityId, addDays(today, -1)],
    );
  }
  return { label: key, communityId, postId: post.rows[0]!.id };
}

/** Levels the field between variants: dirty pages flushed, dead tuples gone, statistics fresh. */
export async function settle(sql: pg.Pool): Promise<void> {
  await sql.query('CHECKPOINT').catch(() => undefined); // needs superuser or pg_checkpoint; optional
  await sql.query('VACUUM ANALYZE');
}

// ---------------------------------------------------------------------------------------------
// The statement under test, as Prisma sends it

export interface DailyInput {
  postId: number;
  communityId: number;
  localDate: LocalDate;
  member: MemberKey;
  choice: number;
  correct: boolean;
}

/** The parameters of AnswerStore.recordDaily's statement, in the order of its placeholders. */
export function recordDailyValues(i: DailyInput, now: Date | null = new Date()): unknown[] {
  const points = i.correct ? POINTS_PER_CORRECT : 0;
  return [
    i.member.platform,
    i.member.externalId,
    i.member.displayName,
    i.postId,
    i.choice,
    i.correct,
    i.communityId,
    i.localDate,
    points,
    i.correct ? 1 : 0,
    // The streak's freeze rule (core/streaks.ts).
    MAX_FREEZES,
    FREEZE_EVERY,
    // The week's tally (WeeklyStanding).
    i.communityId,
    i.localDate,
    points,
    i.correct ? 1 : 0,
    // The first review card, which the bench does not ask for (the statement's `WHERE false`).
    '',
    now,
    0,
    0,
    0,
    0,
    0,
    0,
    null,
    i.correct,
    now,
    false,
  ];
}

/** The parameters with the moment of the call left out (Prisma sends it as text, we as a Date). */
const timeless = (values: unknown[]) =>
  values.map((v) =>
    v instanceof Date || (typeof v === 'string' && /^\d{4}-\d\d-\d\d \d/.test(v)) ? null : v,
  );

/**
 * Runs recordDaily once through a pool that records what Prisma sends, and returns that SQL text
 * — so the `pg` variant runs exactly the statement of src/store/answers.ts, not a copy of it.
 */
export async function captureRecordDailyStatement(url: string, sample: DailyInput): Promise<string> {
  const pool = newPool(url, 1);
  const sent: { text: string; values: unknown[] }[] = [];
  const query = pool.query.bind(pool) as (...args: unknown[]) => unknown;
  (pool as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
    const config = args[0] as { text?: string; values?: unknown[] };
    if (typeof config === 'object' && config.text)
      sent.push({ text: config.text, values: config.values ?? [] });
    return query(...args);
  };
  const db = new PrismaClient({ adapter: new PrismaPg(pool) });
  try {
    await new AnswerStore(db).recordDaily(sample);
  } finally {
    await db.$disconnect();
    await pool.end();
  }
  const statement = sent.find((s) => s.text.includes('INSERT INTO "Answer"'));
  if (!statement) throw new Error('could not capture the recordDaily statement');
  if (!isDeepStrictEqual(timeless(statement.values), recordDailyValues(sample, null))) {
    throw new Error(
      `recordDaily's parameters changed (${JSON.stringify(statement.values)}); update recordDailyValues in this bench`,
    );
  }
  return statement.text;
}
