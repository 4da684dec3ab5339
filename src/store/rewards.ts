// Role rewards (Discord): which members the bot gave a community's reward role, so that it knows
// whom to take it back from when their streak or points no longer reach the threshold.
import type { Db } from './db.ts';
import { fromDateColumn, type LocalDate } from '../core/time.ts';

export interface RewardStanding {
  memberId: number;
  externalId: string;
  currentStreak: number;
  bestStreak: number;
  lastAnsweredDate: LocalDate | null;
  points: number;
  freezes: number;
  freezesUsed: number;
  rewardHeld: boolean;
}

type Row = Omit<RewardStanding, 'lastAnsweredDate'> & { lastAnsweredDate: Date | null };
const standing = (r: Row): RewardStanding => ({
  ...r,
  lastAnsweredDate: r.lastAnsweredDate ? fromDateColumn(r.lastAnsweredDate) : null,
});

export class RewardStore {
  constructor(private readonly db: Db) {}

  /** One member's standing in a community, by their platform id; null before their first answer. */
  async standing(communityId: number, platform: string, externalId: string): Promise<RewardStanding | null> {
    const rows = await this.db.$queryRaw<Row[]>`
      SELECT m."id" AS "memberId", m."externalId", s."currentStreak", s."bestStreak", s."lastAnsweredDate",
             s."points", s."freezes", s."freezesUsed", s."rewardHeld"
      FROM "Membership" s JOIN "Member" m ON m."id" = s."memberId"
      WHERE s."communityId" = ${communityId} AND m."platform" = ${platform} AND m."externalId" = ${externalId}`;
    return rows[0] ? standing(rows[0]) : null;
  }

  /** The members who hold the community's reward role (given by the bot). */
  async holders(communityId: number): Promise<RewardStanding[]> {
    const rows = await this.db.$queryRaw<Row[]>`
      SELECT m."id" AS "memberId", m."externalId", s."currentStreak", s."bestStreak", s."lastAnsweredDate",
             s."points", s."freezes", s."freezesUsed", s."rewardHeld"
      FROM "Membership" s JOIN "Member" m ON m."id" = s."memberId"
      WHERE s."communityId" = ${communityId} AND s."rewardHeld"`;
    return rows.map(standing);
  }

  async setHeld(communityId: number, memberId: number, held: boolean): Promise<void> {
    await this.db.membership.updateMany({ where: { communityId, memberId }, data: { rewardHeld: held } });
  }

  /** Every holder released at once (the reward was turned off or moved to another role). */
  async releaseAll(communityId: number): Promise<void> {
    await this.db.membership.updateMany({
      where: { communityId, rewardHeld: true },
      data: { rewardHeld: false },
    });
  }
}
