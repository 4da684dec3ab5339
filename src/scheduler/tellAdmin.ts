// When a daily post fails for a reason an admin can fix (the bot lost permission to post, the channel
// or chat is gone), the admin who ran /setup is told privately, once: the community is deactivated
// through the core's membership path, whose 'deactivated' outcome goes to exactly one caller
// (CommunityStore.deactivateIfActive), and only that caller writes. Best effort: an
// admin who cannot be written to (DMs closed, never started the bot) is logged, not retried.
import { communityLang } from '../core/i18n/choose.ts';
import { t } from '../core/i18n/index.ts';
import type { Platform, Reply } from '../core/types.ts';
import type { Community } from '../store/index.ts';
import type { SchedulerContext } from './context.ts';

/** The private note to the admin: what happened where, and what to do. */
export function unreachableNotice(community: Community): Reply {
  const lang = communityLang(community);
  const place =
    community.platform === 'discord'
      ? `${community.channelId ? `<#${community.channelId}>` : 'the daily channel'} of ${community.title ?? 'your server'}`
      : (community.title ?? 'your group');
  return {
    visibility: 'ephemeral',
    tone: 'error',
    lang,
    title: t(lang, 'groups.unreachable.title'),
    lines: [
      t(
        lang,
        community.platform === 'discord' ? 'groups.unreachable.discord' : 'groups.unreachable.telegram',
        {
          place,
        },
      ),
      t(lang, 'groups.unreachable.paused'),
    ],
  };
}

/** Deactivates an unreachable community and, if this call did it, tells its /setup admin. */
export async function deactivateAndTell(
  ctx: SchedulerContext,
  community: Community,
  reason: string,
): Promise<void> {
  // The same path as a platform telling the adapter the bot was removed (core/membership.ts).
  const outcome = await ctx.core.membership({
    kind: 'left',
    place: { platform: community.platform as Platform, chatId: community.externalId },
    reason: 'unreachable',
    detail: reason,
  });
  if (outcome !== 'deactivated' || !community.setupBy) return;
  const adapter = ctx.adapters.get(community.platform);
  if (!adapter?.tellAdmin) return;
  try {
    await adapter.tellAdmin(community, community.setupBy, unreachableNotice(community));
    ctx.log.info({ community: community.id }, 'told the admin who ran /setup that posting failed');
  } catch (err) {
    ctx.log.warn({ err, community: community.id }, 'could not tell the /setup admin that posting failed');
  }
}
