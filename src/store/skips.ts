// Skipped days: local dates an admin took out of a community's calendar with /skip. No daily post
// goes out on them, and the streak rule steps over them (a skipped day is not a missed day): in SQL
// inside the answer statement (src/store/answers.ts), and through between() for what a member sees
// between answers (core/streakToday.ts).
//
// Skipping races the scheduler's claim of the same day, so both meet on the DailyPost row: a skip
// turns a pending row 'skipped' (creating it if needed) in the transaction that adds the SkippedDay,
// and a claim only takes a pending row or inserts a new one where no SkippedDay exists. Whichever
// locks the row first wins; the other sees its result.
import type { Db } from './db.ts';
import { dateColumn, fromDateColumn, type LocalDate } from '../core/time.ts';
import type { DayContent } from './dailyPosts.ts';

/** What /skip found: done now, done before, or too late (the post went out or is going out). */
export type SkipResult = 'skipped' | 'already-skipped' | 'posted' | 'sending';

export class SkipStore {
  constructor(private readonly db: Db) {}

  /**
   * Skips a community's date unless its post already went out (or is being sent by a live claim).
   * `content` fills the DailyPost row when none exists yet, so the date stays the community's
   * (a late claim finds the row and leaves it alone).
   */
  async add(
    communityId: number,
    date: LocalDate,
    content: DayContent,
    skippedBy: string | null,
    now: Date,
  ): Promise<SkipResult> {
    const localDate = dateColumn(date);
    return this.db.$transaction(async (tx) => {
      await tx.dailyPost.createMany({ data: { communityId, localDate, ...content }, skipDuplicates: true });
      // Row lock: a claim running now waits for this transaction, then re-checks the row's state.
      const [post] = await tx.$queryRaw<{ state: string; leaseUntil: Date | null }[]>`
        SELECT "state", "leaseUntil" FROM "DailyPost"
        WHERE "communityId" = ${communityId} AND "localDate" = ${localDate}
        FOR UPDATE`;
      if (post?.state === 'posted') return 'posted';
      if (post?.state === 'claimed' && post.leaseUntil && post.leaseUntil >= now) return 'sending';
      if (post?.state === 'skipped') return 'already-skipped';
      await tx.dailyPost.updateMany({
        where: { communityId, localDate },
        data: { state: 'skipped', claimedBy: null, leaseUntil: null },
      });
      await tx.skippedDay.createMany({ data: { communityId, localDate, skippedBy }, skipDuplicates: true });
      return 'skipped';
    });
  }

  /**
   * Takes a skip back (/postnow on a skipped day): the date is an ordinary day again and its post
   * pending, so the next claim sends it. True when there was a skip to take back.
   */
  async remove(communityId: number, date: LocalDate): Promise<boolean> {
    const localDate = dateColumn(date);
    return this.db.$transaction(async (tx) => {
      const { count } = await tx.skippedDay.deleteMany({ where: { communityId, localDate } });
      await tx.dailyPost.updateMany({
        where: { communityId, localDate, state: 'skipped' },
        data: { state: 'pending' },
      });
      return count > 0;
    });
  }

  async has(communityId: number, date: LocalDate): Promise<boolean> {
    const row = await this.db.skippedDay.findUnique({
      where: { communityId_localDate: { communityId, localDate: dateColumn(date) } },
    });
    return row !== null;
  }

  /**
   * The skipped days from `from` to `to`, both included (a range scan of the primary key): the
   * streak rule steps over them (core/streakToday.ts; the answer statement reads the table in SQL).
   */
  async between(communityId: number, from: LocalDate, to: LocalDate): Promise<Set<LocalDate>> {
    const rows = await this.db.skippedDay.findMany({
      where: { communityId, localDate: { gte: dateColumn(from), lte: dateColumn(to) } },
      select: { localDate: true },
    });
    return new Set(rows.map((r) => fromDateColumn(r.localDate)));
  }
}
