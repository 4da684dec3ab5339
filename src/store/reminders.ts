// Reminders members asked for (/remind), and the claim that sends each at most once per member and
// local day: a ReminderSend row per member and date, claimed with a lease in one statement like a
// daily post (see lease.ts), so restarts and several instances send each reminder once.
import type { Db } from './db.ts';
import { claimOnConflict } from './lease.ts';
import { fromDateColumn, type LocalDate } from '../core/time.ts';
import type { MemberKey } from './answers.ts';
import { openPostsCte, waitingColumns } from './waiting.ts';

/** A reminder whose local time has come today and that no live instance holds or has sent. */
export interface DueReminder {
  memberId: number;
  platform: string;
  externalId: string;
  timezone: string;
  localDate: LocalDate;
}

/** What is waiting for a member: reviews due, and today's question where they have not answered. */
export interface Waiting {
  reviewsDue: number;
  /** Communities whose posted question of their local today the member has not answered. */
  unanswered: number;
  /** The longest streak that ends today if today's question goes unanswered (0: none at risk). */
  streakAtRisk: number;
}

/** The languages a reminder may be worded in: the member's own choice, else their community's. */
interface Languages {
  memberLanguage: string | null;
  communityLanguage: string | null;
}

/** What claimToSend found: nothing waited (recorded as skipped), or a claim and what to send. */
export type ReminderClaim =
  { skipped: true } | ({ skipped: false; attempts: number; waiting: Waiting } & Languages);

/** The notice of a reminder switched off because the member's direct messages are closed. */
export const DMS_CLOSED = 'dms-closed';

/** How long after its time a reminder may still go out (a bot that was down catches up). */
const CATCH_UP = '1 hour';

export class ReminderStore {
  constructor(private readonly db: Db) {}

  /** Sets (or changes) a member's reminder and switches it on. */
  async set(member: MemberKey, time: string, timezone: string): Promise<void> {
    await this.db.$executeRaw`
      WITH m AS (
        INSERT INTO "Member" ("platform", "externalId", "displayName")
        VALUES (${member.platform}, ${member.externalId}, ${member.displayName})
        ON CONFLICT ("platform", "externalId") DO UPDATE SET "displayName" = EXCLUDED."displayName"
        RETURNING "id"
      )
      INSERT INTO "Reminder" ("memberId", "time", "timezone", "active", "offNotice", "updatedAt")
      SELECT m."id", ${time}, ${timezone}, true, NULL, now() FROM m
      ON CONFLICT ("memberId") DO UPDATE SET "time" = EXCLUDED."time", "timezone" = EXCLUDED."timezone",
        "active" = true, "offNotice" = NULL, "updatedAt" = now()`;
  }

  /** Switches a member's reminder off; false when they had none on. */
  async off(platform: string, externalId: string): Promise<boolean> {
    const n = await this.db.$executeRaw`
      UPDATE "Reminder" r SET "active" = false, "offNotice" = NULL, "updatedAt" = now()
      FROM "Member" m WHERE m."id" = r."memberId" AND m."platform" = ${platform}
        AND m."externalId" = ${externalId} AND r."active"`;
    return n > 0;
  }

  /** The member's reminder, if they set one. */
  async of(platform: string, externalId: string) {
    const rows = await this.db.$queryRaw<{ time: string; timezone: string; active: boolean }[]>`
      SELECT r."time", r."timezone", r."active" FROM "Reminder" r JOIN "Member" m ON m."id" = r."memberId"
      WHERE m."platform" = ${platform} AND m."externalId" = ${externalId}`;
    return rows[0] ?? null;
  }

  /** The bot could not reach the member privately: off, with a notice for their next command. */
  async switchOff(memberId: number, notice: string): Promise<void> {
    await this.db.reminder.updateMany({ where: { memberId }, data: { active: false, offNotice: notice } });
  }

  /** The notice of a reminder the bot switched off, once (it is cleared as it is read). */
  async takeNotice(platform: string, externalId: string): Promise<string | null> {
    const rows = await this.db.$queryRaw<{ notice: string }[]>`
      UPDATE "Reminder" r SET "offNotice" = NULL
      FROM "Member" m, "Reminder" old
      WHERE m."id" = r."memberId" AND m."platform" = ${platform} AND m."externalId" = ${externalId}
        AND old."memberId" = r."memberId" AND old."offNotice" IS NOT NULL
      RETURNING old."offNotice" AS "notice"`;
    return rows[0]?.notice ?? null;
  }

  /**
   * Reminders of the given platforms whose local time came within the last hour of their own local
   * day and that were not sent, skipped or given up today, nor are held by a live claim. Local days
   * and times are PostgreSQL's (AT TIME ZONE), so daylight-saving days need no code of ours.
   */
  async due(platforms: string[], now: Date, limit = 100_000): Promise<DueReminder[]> {
    const rows = await this.db.$queryRaw<(Omit<DueReminder, 'localDate'> & { localDate: Date })[]>`
      SELECT r."memberId", m."platform", m."externalId", r."timezone", l."localDate"
      FROM "Reminder" r
      JOIN "Member" m ON m."id" = r."memberId"
      CROSS JOIN LATERAL (SELECT (${now}::timestamptz AT TIME ZONE r."timezone") AS "at") z
      CROSS JOIN LATERAL (SELECT z."at"::date AS "localDate", z."at"::date + r."time"::time AS "from") l
      WHERE r."active" AND m."platform" = ANY(${platforms}::text[])
        AND z."at" >= l."from" AND z."at" < l."from" + ${CATCH_UP}::interval
        AND NOT EXISTS (
          SELECT 1 FROM "ReminderSend" s WHERE s."memberId" = r."memberId" AND s."localDate" = l."localDate"
            AND (s."state" IN ('sent', 'skipped', 'failed') OR (s."leaseUntil" IS NOT NULL AND s."leaseUntil" > ${now})))
      ORDER BY r."memberId"
      LIMIT ${limit}`;
    return rows.map((r) => ({ ...r, localDate: fromDateColumn(r.localDate) }));
  }

  /** Claims a member's reminder for a date; false when it was done or a live instance holds it. */
  async claim(memberId: number, date: LocalDate, claimant: string, now: Date, leaseMs: number) {
    const leaseUntil = new Date(now.getTime() + leaseMs);
    const rows = await this.db.$queryRaw<{ attempts: number }[]>`
      INSERT INTO "ReminderSend" ("memberId", "localDate", "state", "claimedBy", "leaseUntil", "attempts")
      VALUES (${memberId}, ${date}::date, 'claimed', ${claimant}, ${leaseUntil}, 1)
      ON CONFLICT ("memberId", "localDate") ${claimOnConflict('ReminderSend', now)}
      RETURNING "attempts"`;
    return rows[0] ?? null;
  }

  /** Ends a claim: sent, skipped (nothing waited), failed (given up), or pending again (retry later). */
  async finish(
    memberId: number,
    date: LocalDate,
    claimant: string,
    state: 'sent' | 'skipped' | 'failed' | 'pending',
    now: Date,
  ): Promise<boolean> {
    const n = await this.db.$executeRaw`
      UPDATE "ReminderSend" SET "state" = ${state}, "leaseUntil" = NULL,
        "sentAt" = CASE WHEN ${state} = 'sent' THEN ${now}::timestamp ELSE NULL END,
        "claimedBy" = CASE WHEN ${state} = 'pending' THEN NULL ELSE "claimedBy" END
      WHERE "memberId" = ${memberId} AND "localDate" = ${date}::date AND "claimedBy" = ${claimant}
        AND "state" = 'claimed'`;
    return n === 1;
  }

  /** The posts of today's questions the member has not answered (their longest streak first). */
  async openPosts(memberId: number, now: Date): Promise<number[]> {
    const rows = await this.db.$queryRaw<{ postId: number }[]>`
      WITH ${openPostsCte(memberId, now)}
      SELECT "postId" FROM open ORDER BY "currentStreak" DESC, "postId"`;
    return rows.map((r) => r.postId);
  }

  /**
   * Claims a member's reminder for a date and reads what waits for them, in one statement. Nothing
   * waiting: the row is written 'skipped' by the claim itself (nothing left to finish, nothing
   * sent). Null when it was done or a live instance holds it. The claim is the same as `claim`'s
   * (lease.ts), so two instances still send each reminder once.
   */
  async claimToSend(
    memberId: number,
    date: LocalDate,
    claimant: string,
    now: Date,
    leaseMs: number,
  ): Promise<ReminderClaim | null> {
    const leaseUntil = new Date(now.getTime() + leaseMs);
    const rows = await this.db.$queryRaw<(Waiting & Languages & { state: string; attempts: number })[]>`
      WITH ${openPostsCte(memberId, now)},
      w AS (SELECT ${waitingColumns(memberId, now)}),
      claim AS (
        INSERT INTO "ReminderSend" ("memberId", "localDate", "state", "claimedBy", "leaseUntil", "attempts")
        SELECT ${memberId}, ${date}::date,
          CASE WHEN w."reviewsDue" + w."unanswered" > 0 THEN 'claimed' ELSE 'skipped' END, ${claimant},
          CASE WHEN w."reviewsDue" + w."unanswered" > 0 THEN ${leaseUntil}::timestamp END, 1
        FROM w
        ON CONFLICT ("memberId", "localDate") ${claimOnConflict('ReminderSend', now)}
        RETURNING "state", "attempts"
      )
      SELECT claim."state", claim."attempts", w.* FROM claim, w`;
    const row = rows[0];
    if (!row) return null;
    const { state, attempts, memberLanguage, communityLanguage, ...waiting } = row;
    if (state !== 'claimed') return { skipped: true };
    return { skipped: false, attempts, waiting, memberLanguage, communityLanguage };
  }
}
