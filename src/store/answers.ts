// Recording answers. The daily answer is the hot path of a morning rush: one SQL statement
// upserts the member, inserts the answer once (the unique key makes the first answer count under
// concurrent taps), updates the membership's streak and points, and adds the answer to the
// member's tally for the week (WeeklyStanding, which the week's board reads in rank order). The
// streak rule is the one in src/core/streaks.ts, written as a CASE; the week is the ISO week of the
// post's community-local date, as weekStart in src/core/time.ts.
import { Prisma } from '../generated/prisma/client.ts';
import type { CardState } from '../core/review/fsrs.ts';
import type { Db } from './db.ts';
import { queryDirect } from './direct.ts';
import { FREEZE_EVERY, MAX_FREEZES } from '../core/streaks.ts';
import { fromDateColumn, type LocalDate } from '../core/time.ts';

export interface MemberKey {
  platform: string;
  externalId: string;
  displayName: string;
}

export interface MembershipRow {
  currentStreak: number;
  bestStreak: number;
  lastAnsweredDate: LocalDate | null;
  points: number;
  answered: number;
  correct: number;
  freezes: number;
  freezesUsed: number;
}

export type DailyAnswerResult =
  | {
      status: 'recorded';
      memberId: number;
      language: string | null;
      membership: MembershipRow;
      /** the review card was written by the same statement */
      cardNew: boolean;
    }
  | { status: 'duplicate'; memberId: number; language: string | null; choice: number; correct: boolean };

export const POINTS_PER_CORRECT = 10;

/** Runs an idempotent database call, retrying twice after a short pause if it fails. */
export async function retryIdempotent<T>(call: () => Promise<T>, delaysMs = [50, 250]): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await call();
    } catch (err) {
      const delay = delaysMs[attempt];
      if (delay === undefined) throw err;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

interface Row {
  memberId: number;
  /** the member's own reply language, read by the same statement (a vote costs one statement) */
  language: string | null;
  inserted: boolean;
  cardNew: boolean;
  currentStreak: number | null;
  bestStreak: number | null;
  lastAnsweredDate: Date | null;
  points: number | null;
  answered: number | null;
  correct: number | null;
  freezes: number | null;
  freezesUsed: number | null;
}

export class AnswerStore {
  constructor(private readonly db: Db) {}

  async recordDaily(input: {
    postId: number;
    communityId: number;
    localDate: LocalDate;
    member: MemberKey;
    choice: number;
    correct: boolean;
    /**
     * The member's first review card for this question (FSRS, src/core/review/fsrs.ts), written by
     * the same statement when the answer is the first one and the member has no card for it yet,
     * so that a vote stays one statement; `cardNew` in the result says whether it was written.
     */
    card?: { questionId: string; state: CardState; now: Date } | undefined;
  }): Promise<DailyAnswerResult> {
    const { member, postId, communityId, localDate, choice, correct } = input;
    const points = correct ? POINTS_PER_CORRECT : 0;
    const c = input.card;
    const now = c?.now ?? new Date();
    // The streak rule of core/streaks.ts (afterAnswer), as SQL over the existing row `ms` and the
    // new answer's date: `missed` counts the days between the two that the community did not skip.
    const missed = Prisma.sql`(EXCLUDED."lastAnsweredDate" - ms."lastAnsweredDate" - 1 - (
      SELECT count(*)::int FROM "SkippedDay" s WHERE s."communityId" = ms."communityId"
        AND s."localDate" > ms."lastAnsweredDate" AND s."localDate" < EXCLUDED."lastAnsweredDate"))`;
    const again = Prisma.sql`ms."lastAnsweredDate" >= EXCLUDED."lastAnsweredDate"`;
    const kept = Prisma.sql`${missed} <= ms."freezes"`;
    // Idempotent (the unique key makes a repeat a no-op), so a dropped connection is simply retried:
    // an answer is never lost to a momentary database fault.
    const rows = await retryIdempotent(() =>
      queryDirect<Row>(
        this.db,
        Prisma.sql`
      WITH m AS (
        INSERT INTO "Member" ("platform", "externalId", "displayName")
        VALUES (${member.platform}, ${member.externalId}, ${member.displayName})
        ON CONFLICT ("platform", "externalId") DO UPDATE SET "displayName" = EXCLUDED."displayName"
        RETURNING "id", "language"
      ), ins AS (
        INSERT INTO "Answer" ("dailyPostId", "memberId", "choice", "correct")
        SELECT ${postId}, m."id", ${choice}, ${correct} FROM m
        ON CONFLICT ("dailyPostId", "memberId") DO NOTHING
        RETURNING "memberId", "answeredAt"
      ), ms AS (
        INSERT INTO "Membership" AS ms
          ("communityId", "memberId", "currentStreak", "bestStreak", "lastAnsweredDate", "points", "answered", "correct")
        SELECT ${communityId}, ins."memberId", 1, 1, ${localDate}::date, ${points}, 1, ${correct ? 1 : 0} FROM ins
        ON CONFLICT ("communityId", "memberId") DO UPDATE SET
          "currentStreak" = CASE WHEN ${again} THEN ms."currentStreak" WHEN ${kept} THEN ms."currentStreak" + 1 ELSE 1 END,
          "bestStreak" = GREATEST(ms."bestStreak",
            CASE WHEN ${again} THEN ms."currentStreak" WHEN ${kept} THEN ms."currentStreak" + 1 ELSE 1 END),
          "freezes" = CASE WHEN ${again} THEN ms."freezes"
            WHEN ${kept} THEN LEAST(${MAX_FREEZES}, ms."freezes" - ${missed}
              + CASE WHEN (ms."currentStreak" + 1) % ${FREEZE_EVERY} = 0 THEN 1 ELSE 0 END)
            ELSE 0 END,
          "freezesUsed" = ms."freezesUsed" + CASE WHEN ${again} THEN 0 WHEN ${kept} THEN ${missed}
            WHEN ms."lastAnsweredDate" IS NULL THEN 0 ELSE ms."freezes" END,
          "lastAnsweredDate" = GREATEST(ms."lastAnsweredDate", EXCLUDED."lastAnsweredDate"),
          "points" = ms."points" + EXCLUDED."points",
          "answered" = ms."answered" + 1,
          "correct" = ms."correct" + EXCLUDED."correct"
        RETURNING *
      ), week AS (
        INSERT INTO "WeeklyStanding" AS w
          ("communityId", "weekStart", "memberId", "points", "answered", "correct", "firstAnsweredAt")
        SELECT ${communityId}, date_trunc('week', ${localDate}::date)::date, ins."memberId", ${points}, 1,
               ${correct ? 1 : 0}, ins."answeredAt" FROM ins
        ON CONFLICT ("communityId", "weekStart", "memberId") DO UPDATE SET
          "points" = w."points" + EXCLUDED."points",
          "answered" = w."answered" + 1,
          "correct" = w."correct" + EXCLUDED."correct"
      ), card AS (
        INSERT INTO "ReviewCard" ("memberId", "questionId", "due", "stability", "difficulty", "scheduledDays",
          "reps", "lapses", "state", "lastReview", "lastCorrect", "origin", "createdAt")
        SELECT ins."memberId", ${c?.questionId ?? ''}, ${c?.state.due ?? now}, ${c?.state.stability ?? 0},
          ${c?.state.difficulty ?? 0}, ${c?.state.scheduledDays ?? 0}, ${c?.state.reps ?? 0},
          ${c?.state.lapses ?? 0}, ${c?.state.state ?? 0}, ${c?.state.lastReview ?? null},
          ${c?.state.lastCorrect ?? correct}, 'daily', ${now}
        FROM ins WHERE ${c !== undefined}
        ON CONFLICT ("memberId", "questionId") DO NOTHING
        RETURNING 1
      )
      SELECT m."id" AS "memberId", m."language", EXISTS (SELECT 1 FROM ins) AS "inserted",
             EXISTS (SELECT 1 FROM card) AS "cardNew",
             ms."currentStreak", ms."bestStreak", ms."lastAnsweredDate", ms."points", ms."answered", ms."correct",
             ms."freezes", ms."freezesUsed"
      FROM m LEFT JOIN ms ON true`,
      ),
    );
    const row = rows[0];
    if (!row) throw new Error('recording the answer returned no row');
    if (row.inserted && row.currentStreak !== null) {
      return {
        status: 'recorded',
        memberId: row.memberId,
        cardNew: row.cardNew,
        language: row.language,
        membership: {
          currentStreak: row.currentStreak,
          bestStreak: row.bestStreak ?? 0,
          lastAnsweredDate: row.lastAnsweredDate ? fromDateColumn(row.lastAnsweredDate) : null,
          points: row.points ?? 0,
          answered: row.answered ?? 0,
          correct: row.correct ?? 0,
          freezes: row.freezes ?? 0,
          freezesUsed: row.freezesUsed ?? 0,
        },
      };
    }
    // Rare path: this member had answered already; tell them what they chose.
    const first = await this.db.answer.findUniqueOrThrow({
      where: { dailyPostId_memberId: { dailyPostId: postId, memberId: row.memberId } },
    });
    return {
      status: 'duplicate',
      memberId: row.memberId,
      language: row.language,
      choice: first.choice,
      correct: first.correct,
    };
  }

  async recordPractice(input: {
    member: MemberKey;
    communityId: number | null;
    questionId: string;
    choice: number;
    correct: boolean;
  }): Promise<number> {
    const member = await this.upsertMember(input.member);
    await this.db.practiceAnswer.create({
      data: {
        memberId: member.id,
        communityId: input.communityId,
        questionId: input.questionId,
        choice: input.choice,
        correct: input.correct,
      },
    });
    return member.id;
  }

  upsertMember(member: MemberKey) {
    return this.db.member.upsert({
      where: { platform_externalId: { platform: member.platform, externalId: member.externalId } },
      create: member,
      update: { displayName: member.displayName },
    });
  }

  /** The member's answer to a post, if any. */
  async answerOf(postId: number, platform: string, externalId: string) {
    return this.db.answer.findFirst({ where: { dailyPostId: postId, member: { platform, externalId } } });
  }
}
