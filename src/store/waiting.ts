// What waits for a member, as SQL shared by the reminder's claim (one statement: claim and read)
// and the reminder's "Today's question" button: the same rule in both places, so a reminder never
// promises a question the button then cannot find.
import { Prisma } from '../generated/prisma/client.ts';

/**
 * `open`: today's posted question of each active community the member belongs to (their local
 * today), where they have not answered yet, with the member's streak there.
 */
export const openPostsCte = (memberId: number, now: Date): Prisma.Sql => Prisma.sql`
  open AS (
    SELECT p."id" AS "postId", ms."currentStreak", ms."lastAnsweredDate",
      (${now}::timestamptz AT TIME ZONE c."timezone")::date AS "today"
    FROM "Membership" ms
    JOIN "Community" c ON c."id" = ms."communityId" AND c."active"
    JOIN "DailyPost" p ON p."communityId" = c."id" AND p."state" = 'posted'
      AND p."localDate" = (${now}::timestamptz AT TIME ZONE c."timezone")::date
    WHERE ms."memberId" = ${memberId}
      AND NOT EXISTS (SELECT 1 FROM "Answer" a WHERE a."dailyPostId" = p."id" AND a."memberId" = ${memberId})
  )`;

/**
 * The columns of Waiting (and the languages a reminder is worded in), read from `open` (above):
 * reviews due, unanswered questions, the longest streak at risk, the member's own language, and
 * the language of the community they answered in last.
 */
export const waitingColumns = (memberId: number, now: Date): Prisma.Sql => Prisma.sql`
  (SELECT count(*)::int FROM "ReviewCard" WHERE "memberId" = ${memberId} AND "due" <= ${now}) AS "reviewsDue",
  (SELECT count(*)::int FROM open) AS "unanswered",
  (SELECT coalesce(max("currentStreak"), 0)::int FROM open WHERE "lastAnsweredDate" = "today" - 1) AS "streakAtRisk",
  (SELECT "language" FROM "Member" WHERE "id" = ${memberId}) AS "memberLanguage",
  (SELECT c."language" FROM "Membership" ms JOIN "Community" c ON c."id" = ms."communityId"
    WHERE ms."memberId" = ${memberId}
    ORDER BY ms."lastAnsweredDate" DESC NULLS LAST, c."id" LIMIT 1) AS "communityLanguage"`;
