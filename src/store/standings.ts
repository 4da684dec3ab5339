// Reading standings: memberships, leaderboards and per-question stats.
import type { Db } from './db.ts';
import { dateColumn, fromDateColumn, type LocalDate } from '../core/time.ts';
import type { MembershipRow } from './answers.ts';

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
  /** The caller's own row when they are not in the top rows (null if they have no points). */
  caller: RankedMember | null;
  totalRanked: number;
}

export interface QuestionTally {
  questionId: string;
  answered: number;
  correct: number;
}

interface RankRow {
  rank: bigint | number;
  memberId: number;
  externalId: string;
  displayName: string;
  points: bigint | number;
  answered: bigint | number;
  total: bigint | number;
}

const toRanked = (r: RankRow): RankedMember => ({
  rank: Number(r.rank),
  memberId: r.memberId,
  externalId: r.externalId,
  displayName: r.displayName,
  points: Number(r.points),
  answered: Number(r.answered),
});

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
    };
  }

  findMember(platform: string, externalId: string) {
    return this.db.member.findUnique({ where: { platform_externalId: { platform, externalId } } });
  }

  /** A member of the community by display name (case-insensitive; a leading @ is ignored). */
  async findMemberByName(communityId: number, name: string) {
    const clean = name.replace(/^@/, '').trim();
    return this.db.member.findFirst({
      where: {
        memberships: { some: { communityId } },
        OR: [{ displayName: { equals: clean, mode: 'insensitive' } }, { externalId: clean }],
      },
    });
  }

  /** All-time ranking by points (ties share a rank), top `limit` plus the caller's own row. */
  async allTime(communityId: number, callerMemberId: number | null, limit = 10): Promise<Leaderboard> {
    const rows = await this.db.$queryRaw<RankRow[]>`
      WITH ranked AS (
        SELECT ms."memberId", m."externalId", m."displayName", ms."points", ms."answered",
               rank() OVER (ORDER BY ms."points" DESC) AS "rank", count(*) OVER () AS "total",
               row_number() OVER (ORDER BY ms."points" DESC, ms."bestStreak" DESC, ms."memberId") AS "pos"
        FROM "Membership" ms JOIN "Member" m ON m."id" = ms."memberId"
        WHERE ms."communityId" = ${communityId} AND ms."answered" > 0
      )
      SELECT * FROM ranked WHERE "pos" <= ${limit} OR "memberId" = ${callerMemberId ?? -1} ORDER BY "pos"`;
    return this.shape(rows, callerMemberId, limit);
  }

  /** This week's ranking (from the community's local Monday): points from daily answers. */
  async since(
    communityId: number,
    from: LocalDate,
    callerMemberId: number | null,
    limit = 10,
  ): Promise<Leaderboard> {
    const rows = await this.db.$queryRaw<RankRow[]>`
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
      SELECT * FROM ranked WHERE "pos" <= ${limit} OR "memberId" = ${callerMemberId ?? -1} ORDER BY "pos"`;
    return this.shape(rows, callerMemberId, limit);
  }

  private shape(
    rows: (RankRow & { pos?: unknown })[],
    callerMemberId: number | null,
    limit: number,
  ): Leaderboard {
    const top = rows.slice(0, limit).map(toRanked);
    const callerRow = rows.find((r) => r.memberId === callerMemberId);
    const inTop = top.some((r) => r.memberId === callerMemberId);
    return {
      top,
      caller: callerRow && !inTop ? toRanked(callerRow) : null,
      totalRanked: rows[0] ? Number(rows[0].total) : 0,
    };
  }

  /** Daily and practice answers of a member, per question, for /stats. */
  async tallies(
    memberId: number,
    communityId: number,
  ): Promise<{ daily: QuestionTally[]; practice: QuestionTally[] }> {
    const daily = await this.db.$queryRaw<{ questionId: string; answered: bigint; correct: bigint }[]>`
      SELECT p."questionId", count(*) AS "answered", count(*) FILTER (WHERE a."correct") AS "correct"
      FROM "Answer" a JOIN "DailyPost" p ON p."id" = a."dailyPostId"
      WHERE a."memberId" = ${memberId} AND p."communityId" = ${communityId}
      GROUP BY p."questionId"`;
    const practice = await this.db.$queryRaw<{ questionId: string; answered: bigint; correct: bigint }[]>`
      SELECT "questionId", count(*) AS "answered", count(*) FILTER (WHERE "correct") AS "correct"
      FROM "PracticeAnswer" WHERE "memberId" = ${memberId}
      GROUP BY "questionId"`;
    const num = (rows: { questionId: string; answered: bigint; correct: bigint }[]) =>
      rows.map((r) => ({
        questionId: r.questionId,
        answered: Number(r.answered),
        correct: Number(r.correct),
      }));
    return { daily: num(daily), practice: num(practice) };
  }

  /** Community-wide figures for the weekly summary and the public answer count. */
  async weekTop(communityId: number, from: LocalDate, limit = 3): Promise<RankedMember[]> {
    return (await this.since(communityId, from, null, limit)).top;
  }
}
