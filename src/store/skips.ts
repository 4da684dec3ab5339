// Days a community skipped (/skip). The streak rule reads them: in SQL inside the answer statement
// (src/store/answers.ts), and here for what a member sees between answers (core/streakToday.ts).
import type { Db } from './db.ts';
import { dateColumn, fromDateColumn, type LocalDate } from '../core/time.ts';

export class SkipStore {
  constructor(private readonly db: Db) {}

  /** Marks a day skipped; false when it already was. */
  async add(communityId: number, localDate: LocalDate): Promise<boolean> {
    const rows = await this.db.$executeRaw`
      INSERT INTO "SkippedDay" ("communityId", "localDate") VALUES (${communityId}, ${localDate}::date)
      ON CONFLICT DO NOTHING`;
    return rows === 1;
  }

  async has(communityId: number, localDate: LocalDate): Promise<boolean> {
    const row = await this.db.skippedDay.findUnique({
      where: { communityId_localDate: { communityId, localDate: dateColumn(localDate) } },
    });
    return row !== null;
  }

  /** The skipped days from `from` to `to`, both included (a range scan of the primary key). */
  async between(communityId: number, from: LocalDate, to: LocalDate): Promise<Set<LocalDate>> {
    const rows = await this.db.skippedDay.findMany({
      where: { communityId, localDate: { gte: dateColumn(from), lte: dateColumn(to) } },
      select: { localDate: true },
    });
    return new Set(rows.map((r) => fromDateColumn(r.localDate)));
  }
}
