// Role rewards on Discord (optional): the role an admin set with /rolereward is given to a member
// when their answer takes their streak or points to the threshold, and taken back when that no
// longer holds (checked when the community's day closes, since a streak lapses without any event).
// Without Manage Roles (or with the bot's role below the reward role) Discord answers 403: nobody
// gets the role, /rolereward already told the admin, and the log says so once per community.
import { Routes } from 'discord.js';
import type { PacedRest } from './pacing.ts';
import { earnsReward } from '../../core/rewards.ts';
import { localDateOf } from '../../core/time.ts';
import type { Clock } from '../../core/types.ts';
import type { Logger } from '../../log.ts';
import type { Community, Store } from '../../store/index.ts';
import type { RewardStanding } from '../../store/rewards.ts';
import { discordCode, isUnreachable, safeError } from './errors.ts';

export class RoleRewards {
  private readonly warned = new Set<number>();

  constructor(
    private readonly rest: PacedRest,
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly log: Logger,
  ) {}

  /** After a member's daily answer was recorded in a server: give or take the role. Never throws. */
  async afterAnswer(guildId: string, userId: string): Promise<void> {
    try {
      const community = await this.store.communities.find('discord', guildId);
      if (!community?.rewardRoleId) return;
      const standing = await this.store.rewards.standing(community.id, 'discord', userId);
      if (standing) await this.apply(community, standing);
    } catch (err) {
      this.log.warn({ error: safeError(err), guildId }, 'role reward check failed');
    }
  }

  /** When the community's day closes: the role is taken from holders who no longer earn it. Never throws. */
  async sweep(community: Community): Promise<void> {
    if (!community.rewardRoleId) return;
    try {
      for (const holder of await this.store.rewards.holders(community.id))
        await this.apply(community, holder);
    } catch (err) {
      this.log.warn({ error: safeError(err), communityId: community.id }, 'role reward sweep failed');
    }
  }

  private async apply(community: Community, standing: RewardStanding): Promise<void> {
    const role = community.rewardRoleId!;
    const today = localDateOf(this.clock.now(), community.timezone);
    const earns = await earnsReward(this.store, community, standing, today);
    if (earns === standing.rewardHeld) return;
    const route = Routes.guildMemberRole(community.externalId, standing.externalId, role);
    try {
      await (earns ? this.rest.put(route) : this.rest.delete(route));
    } catch (err) {
      // Unknown Member: they left the server, so there is nothing to hold any more.
      if (discordCode(err) === 10007) {
        await this.store.rewards.setHeld(community.id, standing.memberId, false);
        return;
      }
      if (!isUnreachable(err)) throw err;
      if (!this.warned.has(community.id)) {
        this.warned.add(community.id);
        this.log.info(
          { communityId: community.id, guildId: community.externalId, code: discordCode(err) },
          'cannot give or take the reward role (needs Manage Roles, above the reward role, which must exist); skipped',
        );
      }
      return;
    }
    await this.store.rewards.setHeld(community.id, standing.memberId, earns);
  }
}
