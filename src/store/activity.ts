// Reads for the cards: a member's answered days (the /stats heatmap and the share card's day
// number) and a community's week (the Sunday podium's participation and hardest question). Each
// read is bounded by a community and a date range on DailyPost's (communityId, localDate) key, and
// reaches answers through (dailyPostId, memberId).
import type { Db } from './db.ts';
import { fromDateColumn, type LocalDate } from '../core/time.ts';

export interface PostDay {
  date: LocalDate;
  /** The member's answer that day: true right, false wrong, null not answered. */
  correct: boolean | null;
}

export interface WeekPost {
  date: LocalDate;
  questionId: string;
  answered: number;
  correct: number;
}

export class ActivityStore {
  constructor(private readonly db: Db) {}

  /** The community's daily posts from `from` to `to` (inclusive), with the member's answer to each. */
  async memberDays(
    memberId: number,
    communityId: number,
    from: LocalDate,
    to: LocalDate,
  ): Promise<PostDay[]> {
    const rows = await this.db.$queryRaw<{ localDate: Date; correct: boolean | null }[]>`
      SELECT p."localDate", a."correct"
      FROM "DailyPost" p
      LEFT JOIN "Answer" a ON a."dailyPostId" = p."id" AND a."memberId" = ${memberId}
      WHERE p."communityId" = ${communityId} AND p."localDate" BETWEEN ${from}::date AND ${to}::date
      ORDER BY p."localDate"`;
    return rows.map((r) => ({ date: fromDateColumn(r.localDate), correct: r.correct }));
  }

  /** How many daily questions of the community the member answered, up to and including `date`. */
  async answeredDaysUpTo(memberId: number, communityId: number, date: LocalDate): Promise<number> {
    const rows = await this.db.$queryRaw<{ days: bigint }[]>`
      SELECT count(*) AS "days"
      FROM "Answer" a JOIN "DailyPost" p ON p."id" = a."dailyPostId"
      WHERE a."memberId" = ${memberId} AND p."communityId" = ${communityId} AND p."localDate" <= ${date}::date`;
    return Number(rows[0]?.days ?? 0);
  }

  /** The member's answer to one daily post, or null. */
  answerOf(postId: number, memberId: number) {
    return this.db.answer.findUnique({ where: { dailyPostId_memberId: { dailyPostId: postId, memberId } } });
  }

  /** The community's daily posts of the seven days from `weekStart`, with their answer counts. */
  async week(communityId: number, weekStart: LocalDate): Promise<WeekPost[]> {
    const rows = await this.db.$queryRaw<
      { localDate: Date; questionId: string; answered: bigint; correct: bigint }[]
    >`
      SELECT p."localDate", p."questionId", count(a."id") AS "answered",
             count(a."id") FILTER (WHERE a."correct") AS "correct"
      FROM "DailyPost" p LEFT JOIN "Answer" a ON a."dailyPostId" = p."id"
      WHERE p."communityId" = ${communityId}
        AND p."localDate" BETWEEN ${weekStart}::date AND (${weekStart}::date + 6)
      GROUP BY p."id"
      ORDER BY p."localDate"`;
    return rows.map((r) => ({
      date: fromDateColumn(r.localDate),
      questionId: r.questionId,
      answered: Number(r.answered),
      correct: Number(r.correct),
    }));
  }
}
