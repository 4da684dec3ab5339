// Communities: the chats that get a daily post.
import type { Db } from './db.ts';
import type { Community } from '../generated/prisma/client.ts';

export type { Community };

export interface CommunityKey {
  platform: string;
  externalId: string;
  channelId?: string | undefined;
  title?: string | undefined;
  /** Whether a new community gets daily posts before an admin's /setup. */
  postsBeforeSetup?: boolean | undefined;
}

/** Why a community that must be set up first is not posting yet. */
export const WAITING_FOR_SETUP = 'waiting for /setup';

/**
 * Why a community is inactive, as code reads it: 'setup' (waiting for /setup), 'paused' (an admin's
 * /pause), 'removed' (the bot was removed from the chat or server) or 'unreachable' (the platform
 * refused to deliver there). The last two undo themselves when the bot is added back.
 */
export type InactiveKind = 'setup' | 'paused' | 'removed' | 'unreachable';

export class CommunityStore {
  constructor(private readonly db: Db) {}

  /**
   * Finds the community, creating it with the defaults on first contact. Insert-if-missing is one
   * INSERT ... ON CONFLICT DO NOTHING (Prisma's upsert would read, then insert, and fail when two
   * first commands arrive together).
   */
  async ensure(key: CommunityKey, defaults: { timezone: string; postTime: string }): Promise<Community> {
    const where = { platform_externalId: { platform: key.platform, externalId: key.externalId } };
    const existing = await this.db.community.findUnique({ where });
    if (existing) return existing;
    await this.db.community.createMany({
      skipDuplicates: true,
      data: {
        platform: key.platform,
        externalId: key.externalId,
        channelId: key.channelId ?? null,
        title: key.title ?? null,
        timezone: defaults.timezone,
        postTime: defaults.postTime,
        active: key.postsBeforeSetup !== false,
        inactiveKind: key.postsBeforeSetup === false ? 'setup' : null,
        inactiveReason: key.postsBeforeSetup === false ? WAITING_FOR_SETUP : null,
      },
    });
    return this.db.community.findUniqueOrThrow({ where });
  }

  find(platform: string, externalId: string): Promise<Community | null> {
    return this.db.community.findUnique({ where: { platform_externalId: { platform, externalId } } });
  }

  byId(id: number): Promise<Community | null> {
    return this.db.community.findUnique({ where: { id } });
  }

  /**
   * Sets the daily post time and zone (and, on Discord, the channel; on Telegram, the forum topic)
   * and reactivates. `setupBy` is the admin who ran /setup: told privately if posting fails later.
   */
  setSchedule(
    id: number,
    schedule: {
      postTime: string;
      timezone: string;
      channelId?: string | undefined;
      topicId?: string | null | undefined;
      setupBy?: string | undefined;
    },
  ) {
    return this.db.community.update({
      where: { id },
      data: {
        postTime: schedule.postTime,
        timezone: schedule.timezone,
        ...(schedule.channelId ? { channelId: schedule.channelId } : {}),
        ...(schedule.topicId !== undefined ? { topicId: schedule.topicId } : {}),
        ...(schedule.setupBy ? { setupBy: schedule.setupBy } : {}),
        active: true,
        inactiveKind: null,
        inactiveReason: null,
      },
    });
  }

  /** Discord: the discussion thread under each daily post, and the role pinged with it. */
  setDiscussion(
    id: number,
    settings: { threads?: boolean | undefined; pingRoleId?: string | null | undefined },
  ) {
    return this.db.community.update({
      where: { id },
      data: {
        ...(settings.threads !== undefined ? { discussionThreads: settings.threads } : {}),
        ...(settings.pingRoleId !== undefined ? { pingRoleId: settings.pingRoleId } : {}),
      },
    });
  }

  /** Discord role rewards: the role and its thresholds; a null role turns the feature off. */
  setReward(id: number, reward: { roleId: string | null; streak: number | null; points: number | null }) {
    return this.db.community.update({
      where: { id },
      data: { rewardRoleId: reward.roleId, rewardStreak: reward.streak, rewardPoints: reward.points },
    });
  }

  /** The language of the community's posts and public replies ("en", "hi"). */
  setLanguage(id: number, language: string) {
    return this.db.community.update({ where: { id }, data: { language } });
  }

  /** Turns the daily post back on. */
  activate(id: number) {
    return this.db.community.update({
      where: { id },
      data: { active: true, inactiveKind: null, inactiveReason: null },
    });
  }

  /** Turns the daily post off, saying why: `kind` for code, `reason` in words (at most 200 characters). */
  deactivate(id: number, kind: InactiveKind, reason: string) {
    return this.db.community.update({
      where: { id },
      data: { active: false, inactiveKind: kind, inactiveReason: reason.slice(0, 200) },
    });
  }

  /**
   * Deactivates a community only if it is active; true only for the call that did it, so whatever
   * follows (telling the /setup admin) happens once however many instances saw the failure.
   */
  async deactivateIfActive(id: number, kind: InactiveKind, reason: string): Promise<boolean> {
    const { count } = await this.db.community.updateMany({
      where: { id, active: true },
      data: { active: false, inactiveKind: kind, inactiveReason: reason.slice(0, 200) },
    });
    return count === 1;
  }

  listActive(platforms?: string[]): Promise<Community[]> {
    return this.db.community.findMany({
      where: { active: true, ...(platforms ? { platform: { in: platforms } } : {}) },
      orderBy: { id: 'asc' },
    });
  }

  /**
   * Moves a community to another chat id on its platform (a Telegram group upgraded to a
   * supergroup), keeping its members, posts, answers and settings. 'missing': nothing at the old id
   * (already moved); 'taken': the new id already has its own community, and both are left as they are.
   */
  async rekey(
    platform: string,
    oldExternalId: string,
    newExternalId: string,
  ): Promise<'moved' | 'missing' | 'taken'> {
    try {
      const { count } = await this.db.community.updateMany({
        where: { platform, externalId: oldExternalId },
        data: { externalId: newExternalId },
      });
      return count > 0 ? 'moved' : 'missing';
    } catch (err) {
      // The unique (platform, externalId) key decides, also against a concurrent insert.
      if ((err as { code?: unknown }).code === 'P2002') return 'taken';
      throw err;
    }
  }
}
