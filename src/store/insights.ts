// Reads for admins' insight into their group (issue 15 item 5): participation per day, each daily
// question's tally, streaks lost lately, and every member's standing for the export. Each read is
// bounded by one community and walks DailyPost's (communityId, localDate) key or Membership's
// (communityId, ...) index.
import type { Db } from './db.ts';
import { fromDateColumn, type LocalDate } from '../core/time.ts';

export interface DayCount {
  date: LocalDate;
  /** false on a day without a daily post (not yet using the bot, paused) */
  posted: boolean;
  answered: number;
}

export interface PostTally {
  date: LocalDate;
  questionId: string;
  answered: number;
  correct: number;
}

export interface LostStreak {
  displayName: string;
  streak: number;
  lastAnswered: LocalDate;
  /** Freezes held at the last answer: the core drops a streak they still cover. */
  freezes: number;
  freezesUsed: number;
}

export interface MemberRow {
  platform: string;
  externalId: string;
  displayName: string;
  points: number;
  answered: number;
  correct: number;
  currentStreak: number;
  bestStreak: number;
  lastAnsweredDate: LocalDate | null;
  freezes: number;
  freezesUsed: number;
}

export class InsightStore {
  constructor(private readonly db: Db) {}

  /** Every local date from `from` to `to`, with the number of answers to that day's post. */
  async participation(communityId: number, from: LocalDate, to: LocalDate): Promise<DayCount[]> {
    const rows = await this.db.$queryRaw<{ day: Date; posted: boolean; answered: bigint }[]>`
      SELECT d."day", p."id" IS NOT NULL AS "posted",
             (SELECT count(*) FROM "Answer" a WHERE a."dailyPostId" = p."id") AS "answered"
      FROM generate_series(${from}::date, ${to}::date, interval '1 day') AS d("day")
      LEFT JOIN "DailyPost" p ON p."communityId" = ${communityId} AND p."localDate" = d."day"::date
      ORDER BY d."day"`;
    return rows.map((r) => ({
      date: fromDateColumn(r.day),
      posted: r.posted,
      answered: Number(r.answered),
    }));
  }

  /** The daily questions of the period with their answer counts. */
  async tallies(communityId: number, from: LocalDate, to: LocalDate): Promise<PostTally[]> {
    const rows = await this.db.$queryRaw<
      { localDate: Date; questionId: string; answered: bigint; correct: bigint }[]
    >`
      SELECT p."localDate", p."questionId", count(a."id") AS "answered",
             count(a."id") FILTER (WHERE a."correct") AS "correct"
      FROM "DailyPost" p LEFT JOIN "Answer" a ON a."dailyPostId" = p."id"
      WHERE p."communityId" = ${communityId} AND p."localDate" BETWEEN ${from}::date AND ${to}::date
      GROUP BY p."id"
      ORDER BY p."localDate"`;
    return rows.map((r) => ({
      date: fromDateColumn(r.localDate),
      questionId: r.questionId,
      answered: Number(r.answered),
      correct: Number(r.correct),
    }));
  }

  /**
   * Members whose streak of at least `min` days broke on a day from `from` to `to`: their last
   * answer was the day before a missed day in that range (the stored streak is the lost one).
   */
  async lostStreaks(communityId: number, from: LocalDate, to: LocalDate, min: number): Promise<LostStreak[]> {
    const rows = await this.db.$queryRaw<
      { displayName: string; streak: number; last: Date; freezes: number; freezesUsed: number }[]
    >`
      SELECT m."displayName", ms."currentStreak" AS "streak", ms."lastAnsweredDate" AS "last",
             ms."freezes", ms."freezesUsed"
      FROM "Membership" ms JOIN "Member" m ON m."id" = ms."memberId"
      WHERE ms."communityId" = ${communityId} AND ms."currentStreak" >= ${min}
        AND ms."lastAnsweredDate" BETWEEN (${from}::date - 1) AND (${to}::date - 1)
      ORDER BY ms."currentStreak" DESC, m."displayName"
      LIMIT 20`;
    return rows.map((r) => ({
      displayName: r.displayName,
      streak: r.streak,
      lastAnswered: fromDateColumn(r.last),
      freezes: r.freezes,
      freezesUsed: r.freezesUsed,
    }));
  }

  /** Every member of the community with their standing, best first (the export). */
  async members(communityId: number): Promise<MemberRow[]> {
    const rows = await this.db.membership.findMany({
      where: { communityId },
      orderBy: [{ points: 'desc' }, { bestStreak: 'desc' }, { memberId: 'asc' }],
      include: { member: { select: { platform: true, externalId: true, displayName: true } } },
    });
    return rows.map((r) => ({
      ...r.member,
      points: r.points,
      answered: r.answered,
      correct: r.correct,
      currentStreak: r.currentStreak,
      bestStreak: r.bestStreak,
      lastAnsweredDate: r.lastAnsweredDate ? fromDateColumn(r.lastAnsweredDate) : null,
      freezes: r.freezes,
      freezesUsed: r.freezesUsed,
    }));
  }
}
