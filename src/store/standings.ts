// Reading standings: memberships, leaderboards and per-question stats. The boards' SQL is in
// boards.ts; every read here goes through an index (tests/integration/standings-plans.test.ts).
import type { Db } from './db.ts';
import { Prisma } from '../generated/prisma/client.ts';
import { fromDateColumn, type LocalDate } from '../core/time.ts';
import type { MembershipRow } from './answers.ts';
import { allTimeBoardSql, weekBoardSql, weekTopSql, type BoardRow } from './boards.ts';

export interface RankedMember {
  rank: number;
  memberId: number;
  externalId: string;
  displayName: string;
  points: number;
  answered: number;
}

export interface Leaderboard {
  top: RankedMember[];
  /** The caller's own row when they are not in the top rows (null if they have not answered). */
  caller: RankedMember | null;
  totalRanked: number;
}

export interface QuestionTally {
  questionId: string;
  answered: number;
  correct: number;
}

export interface NamedMember {
  id: number;
  platform: string;
  externalId: string;
  displayName: string;
}

const toRanked = (r: BoardRow): RankedMember => ({
  rank: Number(r.rank),
  memberId: r.memberId,
  externalId: r.externalId,
  displayName: r.displayName,
  points: Number(r.points),
  answered: Number(r.answered),
});

/**
 * A member of the community by display name, case-insensitively (through Member.nameKey's index),
 * or by their id on the community's platform (the unique key).
 */
export const memberByNameSql = (communityId: number, platform: string, name: string) => Prisma.sql`
  SELECT m."id", m."platform", m."externalId", m."displayName"
  FROM "Member" m
  WHERE (m."nameKey" = lower(${name}) OR (m."platform" = ${platform} AND m."externalId" = ${name}))
    AND EXISTS (SELECT 1 FROM "Membership" ms WHERE ms."communityId" = ${communityId} AND ms."memberId" = m."id")
  ORDER BY m."externalId" = ${name} DESC, m."id"
  LIMIT 1`;

/** A member's daily answers in one community, per question (through Answer's memberId index). */
export const dailyTalliesSql = (memberId: number, communityId: number) => Prisma.sql`
  SELECT p."questionId", count(*) AS "answered", count(*) FILTER (WHERE a."correct") AS "correct"
  FROM "Answer" a JOIN "DailyPost" p ON p."id" = a."dailyPostId"
  WHERE a."memberId" = ${memberId} AND p."communityId" = ${communityId}
  GROUP BY p."questionId"`;

export class StandingsStore {
  constructor(private readonly db: Db) {}

  async membership(communityId: number, memberId: number): Promise<MembershipRow | null> {
    const m = await this.db.membership.findUnique({
      where: { communityId_memberId: { communityId, memberId } },
    });
    if (!m) return null;
    return {
      currentStreak: m.currentStreak,
      bestStreak: m.bestStreak,
      lastAnsweredDate: m.lastAnsweredDate ? fromDateColumn(m.lastAnsweredDate) : null,
      points: m.points,
      answered: m.answered,
      correct: m.correct,
      freezes: m.freezes,
      freezesUsed: m.freezesUsed,
    };
  }

  findMember(platform: string, externalId: string) {
    return this.db.member.findUnique({ where: { platform_externalId: { platform, externalId } } });
  }

  /** A member of the community by display name (case-insensitive; a leading @ is ignored) or id. */
  async findMemberByName(communityId: number, platform: string, name: string): Promise<NamedMember | null> {
    const clean = name.replace(/^@/, '').trim();
    const rows = await this.db.$queryRaw<NamedMember[]>(memberByNameSql(communityId, platform, clean));
    return rows[0] ?? null;
  }

  /** All-time ranking by points (ties share a rank), top `limit` plus the caller's own row. */
  async allTime(communityId: number, callerMemberId: number | null, limit = 10): Promise<Leaderboard> {
    const rows = await this.db.$queryRaw<BoardRow[]>(allTimeBoardSql(communityId, callerMemberId, limit));
    return shape(rows, limit);
  }

  /**
   * The ranking of the community-local ISO week (from Monday) that contains `date`: points from
   * daily answers, top `limit` plus the caller's own row.
   */
  async week(
    communityId: number,
    date: LocalDate,
    callerMemberId: number | null,
    limit = 10,
  ): Promise<Leaderboard> {
    const rows = await this.db.$queryRaw<BoardRow[]>(weekBoardSql(communityId, date, callerMemberId, limit));
    return shape(rows, limit);
  }

  /** Daily and practice answers of a member, per question, for /stats. */
  async tallies(
    memberId: number,
    communityId: number,
  ): Promise<{ daily: QuestionTally[]; practice: QuestionTally[] }> {
    type Row = { questionId: string; answered: bigint; correct: bigint };
    const daily = await this.db.$queryRaw<Row[]>(dailyTalliesSql(memberId, communityId));
    const practice = await this.db.$queryRaw<Row[]>`
      SELECT "questionId", count(*) AS "answered", count(*) FILTER (WHERE "correct") AS "correct"
      FROM "PracticeAnswer" WHERE "memberId" = ${memberId}
      GROUP BY "questionId"`;
    const num = (rows: Row[]) =>
      rows.map((r) => ({
        questionId: r.questionId,
        answered: Number(r.answered),
        correct: Number(r.correct),
      }));
    return { daily: num(daily), practice: num(practice) };
  }

  /** The top of a week's board, for the weekly summary (no caller, no count). */
  async weekTop(communityId: number, date: LocalDate, limit = 3): Promise<RankedMember[]> {
    const rows = await this.db.$queryRaw<BoardRow[]>(weekTopSql(communityId, date, limit));
    return rows.map(toRanked);
  }
}

function shape(rows: BoardRow[], limit: number): Leaderboard {
  const top = rows.filter((r) => Number(r.pos) <= limit).map(toRanked);
  const callerRow = rows.find((r) => Number(r.pos) > limit);
  return {
    top,
    caller: callerRow ? toRanked(callerRow) : null,
    totalRanked: rows[0] ? Number(rows[0].total) : 0,
  };
}
