// The scheduler's SQL: batch reads that keep a tick at a fixed number of queries however many
// communities there are, and the weekly-summary claim (the same lease protocol as DailyPost.claim).
// Arrays travel as one parameter each (= ANY($1)), so thousands of ids never hit a bind-parameter limit.
import type { Community } from './communities.ts';
import type { Db } from './db.ts';
import { claimOnConflict } from './lease.ts';
import { dateColumn, fromDateColumn, type LocalDate } from '../core/time.ts';
import type { WeeklySummary } from '../generated/prisma/client.ts';

export type { WeeklySummary };

/** The part of a DailyPost the due rule needs. */
export interface PostState {
  id: number;
  communityId: number;
  localDate: LocalDate;
  state: string;
  leaseUntil: Date | null;
}

/** A posted, not yet closed post, with what is needed to decide whether its local day is over. */
export interface OpenPost {
  id: number;
  communityId: number;
  localDate: LocalDate;
  messageRef: string | null;
  timezone: string;
}

/** What the due rule needs of a community: the full row is read only for those that are due. */
export interface CommunitySchedule {
  id: number;
  platform: string;
  timezone: string;
  postTime: string;
}

export const pairKey = (communityId: number, date: LocalDate) => `${communityId}|${date}`;

export class SchedulerQueries {
  constructor(private readonly db: Db) {}

  /** Active communities on the given platforms: four narrow columns, cheap for thousands of rows. */
  activeSchedules(platforms: string[]): Promise<CommunitySchedule[]> {
    return this.db.$queryRaw<CommunitySchedule[]>`
      SELECT "id", "platform", "timezone", "postTime" FROM "Community"
      WHERE "active" AND "platform" = ANY(${platforms}::text[])
      ORDER BY "id"`;
  }

  /**
   * The posts of the given communities on the given dates, keyed by community and date. One query:
   * the candidate dates are the two or three local "todays" alive on Earth at one instant.
   */
  async postsOn(communityIds: number[], dates: LocalDate[]): Promise<Map<string, PostState>> {
    const result = new Map<string, PostState>();
    if (communityIds.length === 0) return result;
    const rows = await this.db.$queryRaw<
      { id: number; communityId: number; localDate: Date; state: string; leaseUntil: Date | null }[]
    >`
      SELECT "id", "communityId", "localDate", "state", "leaseUntil" FROM "DailyPost"
      WHERE "communityId" = ANY(${communityIds}::int[]) AND "localDate" = ANY(${dates}::date[])`;
    for (const r of rows) {
      const localDate = fromDateColumn(r.localDate);
      result.set(pairKey(r.communityId, localDate), { ...r, localDate });
    }
    return result;
  }

  /**
   * Posted, unclosed posts dated before `before` of communities on the given platforms. The caller
   * picks `before` as the latest local date on Earth and filters by each community's own zone.
   */
  async openPosts(platforms: string[], before: LocalDate): Promise<OpenPost[]> {
    const rows = await this.db.$queryRaw<
      { id: number; communityId: number; localDate: Date; messageRef: string | null; timezone: string }[]
    >`
      SELECT p."id", p."communityId", p."localDate", p."messageRef", c."timezone"
      FROM "DailyPost" p JOIN "Community" c ON c."id" = p."communityId"
      WHERE p."state" = 'posted' AND p."closedAt" IS NULL AND p."localDate" < ${before}::date
        AND c."platform" = ANY(${platforms}::text[])`;
    return rows.map((r) => ({ ...r, localDate: fromDateColumn(r.localDate) }));
  }

  /**
   * Marks posts closed and returns the ids this caller marked: of several instances closing at the
   * same minute, exactly one gets each post, so each poll is stopped once.
   */
  async takeForClosing(ids: number[], now: Date): Promise<number[]> {
    if (ids.length === 0) return [];
    const rows = await this.db.$queryRaw<{ id: number }[]>`
      UPDATE "DailyPost" SET "closedAt" = ${now}
      WHERE "id" = ANY(${ids}::int[]) AND "closedAt" IS NULL
      RETURNING "id"`;
    return rows.map((r) => r.id);
  }

  /** Full community rows (what adapters need), in id order. */
  communitiesByIds(ids: number[]): Promise<Community[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.db.$queryRaw<Community[]>`
      SELECT * FROM "Community" WHERE "id" = ANY(${ids}::int[]) ORDER BY "id"`;
  }

  /** Weekly-summary rows of the given communities for the given weeks, keyed by community and week. */
  async weekliesOn(communityIds: number[], weekStarts: LocalDate[]): Promise<Map<string, WeeklySummary>> {
    const result = new Map<string, WeeklySummary>();
    if (communityIds.length === 0) return result;
    const rows = await this.db.weeklySummary.findMany({
      where: { communityId: { in: communityIds }, weekStart: { in: weekStarts.map(dateColumn) } },
    });
    for (const r of rows) result.set(pairKey(r.communityId, fromDateColumn(r.weekStart)), r);
    return result;
  }

  /** Claims a community's weekly summary; null when it was sent or a live instance holds it. */
  async claimWeekly(
    communityId: number,
    week: LocalDate,
    claimant: string,
    now: Date,
    leaseMs: number,
  ): Promise<WeeklySummary | null> {
    const leaseUntil = new Date(now.getTime() + leaseMs);
    const rows = await this.db.$queryRaw<WeeklySummary[]>`
      INSERT INTO "WeeklySummary" ("communityId", "weekStart", "state", "claimedBy", "leaseUntil", "attempts")
      VALUES (${communityId}, ${week}::date, 'claimed', ${claimant}, ${leaseUntil}, 1)
      ON CONFLICT ("communityId", "weekStart") ${claimOnConflict('WeeklySummary', now)}
      RETURNING *`;
    return rows[0] ?? null;
  }

  async markWeeklySent(id: number, claimant: string, now: Date): Promise<boolean> {
    const result = await this.db.weeklySummary.updateMany({
      where: { id, claimedBy: claimant, state: 'claimed' },
      data: { state: 'sent', sentAt: now, leaseUntil: null },
    });
    return result.count === 1;
  }

  async releaseWeekly(
    id: number,
    claimant: string,
    failed: boolean,
    retryAt: Date | null = null,
  ): Promise<void> {
    await this.db.weeklySummary.updateMany({
      where: { id, claimedBy: claimant, state: 'claimed' },
      data: failed
        ? { state: 'failed', leaseUntil: null }
        : { state: 'pending', leaseUntil: retryAt, claimedBy: null },
    });
  }
}
