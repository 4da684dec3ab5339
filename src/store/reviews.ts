// Review cards (FSRS, one per member and question). The next state is computed in Node
// (src/core/review/fsrs.ts) and written in one statement: a question the member meets for the
// first time — every daily answer but a rotation's repeats — is one INSERT that also returns the
// card already there, if any; only then is the card moved from the state it was read in by one
// compare-and-set UPDATE (on `reps`), retried on a concurrent answer, so no answer is lost.
import type { Db } from './db.ts';
import { Prisma } from '../generated/prisma/client.ts';
import { afterAnswer, type CardState } from '../core/review/fsrs.ts';

export type CardOrigin = 'daily' | 'practice' | 'review';

export interface DueCard {
  questionId: string;
  due: Date;
  lastCorrect: boolean;
}

type Row = CardState & { inserted: boolean };

/**
 * Compare-and-set rounds before giving up: each round at least one of the racing answers wins, so
 * this many answers to one member's one card at the same instant all land (a member taps one
 * question at a time; this is room for double taps and a bot on several instances).
 */
const ATTEMPTS = 16;

export class ReviewStore {
  constructor(private readonly db: Db) {}

  /**
   * Moves the member's card for a question after an answer (wrong = Again, right = Good). With
   * onlyDue, a card not yet due is left as it is and null returned.
   */
  async answer(
    memberId: number,
    questionId: string,
    correct: boolean,
    now: Date,
    origin: CardOrigin,
    options: { onlyDue?: boolean } = {},
  ): Promise<CardState | null> {
    const fresh = afterAnswer(null, correct, now);
    const rows = await this.db.$queryRaw<Row[]>`
      WITH ins AS (
        INSERT INTO "ReviewCard" ("memberId", "questionId", "due", "stability", "difficulty", "scheduledDays",
          "reps", "lapses", "state", "lastReview", "lastCorrect", "origin", "createdAt")
        VALUES (${memberId}, ${questionId}, ${fresh.due}, ${fresh.stability}, ${fresh.difficulty},
          ${fresh.scheduledDays}, ${fresh.reps}, ${fresh.lapses}, ${fresh.state}, ${fresh.lastReview},
          ${fresh.lastCorrect}, ${origin}, ${now})
        ON CONFLICT ("memberId", "questionId") DO NOTHING
        RETURNING "due", "stability", "difficulty", "scheduledDays", "reps", "lapses", "state", "lastReview", "lastCorrect"
      )
      SELECT *, true AS "inserted" FROM ins
      UNION ALL
      SELECT "due", "stability", "difficulty", "scheduledDays", "reps", "lapses", "state", "lastReview", "lastCorrect",
             false AS "inserted"
      FROM "ReviewCard" WHERE "memberId" = ${memberId} AND "questionId" = ${questionId}
        AND NOT EXISTS (SELECT 1 FROM ins)`;
    let current = rows[0];
    if (!current) throw new Error('recording a review card returned no row');
    if (current.inserted) return fresh;
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      // A review answer moves only a due card: a second tap on the same question finds it moved.
      if (options.onlyDue && current.due > now) return null;
      const next = afterAnswer(current, correct, now);
      const moved = await this.db.$executeRaw`
        UPDATE "ReviewCard" SET "due" = ${next.due}, "stability" = ${next.stability},
          "difficulty" = ${next.difficulty}, "scheduledDays" = ${next.scheduledDays}, "reps" = ${next.reps},
          "lapses" = ${next.lapses}, "state" = ${next.state}, "lastReview" = ${next.lastReview},
          "lastCorrect" = ${next.lastCorrect}
        WHERE "memberId" = ${memberId} AND "questionId" = ${questionId} AND "reps" = ${current.reps}`;
      if (moved === 1) return next;
      // Another answer moved the card in between: start again from the state it left.
      current = { ...(await this.card(memberId, questionId))!, inserted: false };
    }
    throw new Error('the review card kept changing under concurrent answers');
  }

  card(memberId: number, questionId: string): Promise<CardState | null> {
    return this.db.reviewCard.findUnique({
      where: { memberId_questionId: { memberId, questionId } },
      select: {
        due: true,
        stability: true,
        difficulty: true,
        scheduledDays: true,
        reps: true,
        lapses: true,
        state: true,
        lastReview: true,
        lastCorrect: true,
      },
    });
  }

  /** The member's next card due at `now`: misses first, then the longest overdue. */
  async nextDue(memberId: number, now: Date): Promise<DueCard | null> {
    const rows = await this.db.$queryRaw<DueCard[]>(nextDueQuery(memberId, now));
    return rows[0] ?? null;
  }

  /** How many of the member's cards are due at `now`. */
  async dueCount(memberId: number, now: Date): Promise<number> {
    const rows = await this.db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS "n" FROM "ReviewCard" WHERE "memberId" = ${memberId} AND "due" <= ${now}`;
    return rows[0]?.n ?? 0;
  }

  /** When the member's next card falls due after `now`, and how many cards they have. */
  async upcoming(memberId: number, now: Date): Promise<{ next: Date | null; cards: number }> {
    const rows = await this.db.$queryRaw<{ next: Date | null; cards: number }[]>`
      SELECT min("due") FILTER (WHERE "due" > ${now}) AS "next", count(*)::int AS "cards"
      FROM "ReviewCard" WHERE "memberId" = ${memberId}`;
    return rows[0] ?? { next: null, cards: 0 };
  }

  /** Question ids the member has a card for (to find questions new to them). */
  async questionIds(memberId: number): Promise<Set<string>> {
    const rows = await this.db.reviewCard.findMany({ where: { memberId }, select: { questionId: true } });
    return new Set(rows.map((r) => r.questionId));
  }

  /** New questions /review introduced to the member since `since` (their allowance is per day). */
  newSince(memberId: number, since: Date): Promise<number> {
    return this.db.reviewCard.count({ where: { memberId, origin: 'review', createdAt: { gte: since } } });
  }

  /** A card whose question left the pack: dropped, so it is not served again. */
  async drop(memberId: number, questionId: string): Promise<void> {
    await this.db.reviewCard.deleteMany({ where: { memberId, questionId } });
  }
}

/**
 * The next-due query, shared with bench/review.bench.ts (which runs the same SQL through pg). The
 * index ReviewCard(memberId, lastCorrect, due) returns the member's cards in this order, so the
 * first due row ends the scan.
 */
export const nextDueQuery = (memberId: number, now: Date) => Prisma.sql`
  SELECT "questionId", "due", "lastCorrect" FROM "ReviewCard"
  WHERE "memberId" = ${memberId} AND "due" <= ${now} ORDER BY "lastCorrect", "due" LIMIT 1`;
