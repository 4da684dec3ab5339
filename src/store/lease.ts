// The claim-with-lease rule shared by every "exactly once" row (daily posts, weekly summaries,
// reminders): a row may be claimed when it is pending and past its not-before time, or when its
// holder's lease has run out. Written once so the claims cannot drift apart. The row takes the state
// and lease the claim inserts (EXCLUDED): 'claimed' with a lease, or — for a reminder with nothing
// to send — already 'skipped', so that nothing is left to finish.
import { Prisma } from '../generated/prisma/client.ts';

/** The ON CONFLICT ... DO UPDATE part of a claim on `table` (which has state/claimedBy/leaseUntil/attempts). */
export function claimOnConflict(
  table: 'DailyPost' | 'WeeklySummary' | 'ReminderSend',
  now: Date,
): Prisma.Sql {
  const t = Prisma.raw(`"${table}"`);
  return Prisma.sql`DO UPDATE
        SET "state" = EXCLUDED."state", "claimedBy" = EXCLUDED."claimedBy", "leaseUntil" = EXCLUDED."leaseUntil",
            "attempts" = ${t}."attempts" + 1
        WHERE (${t}."state" = 'pending' AND (${t}."leaseUntil" IS NULL OR ${t}."leaseUntil" <= ${now}))
           OR (${t}."state" = 'claimed' AND ${t}."leaseUntil" < ${now})`;
}
