// When a daily post fails for a reason an admin can fix (the bot lost permission to post, the channel
// or chat is gone), the admin who ran /setup is told privately, once: the community is deactivated
// by exactly one caller (CommunityStore.deactivate), and only that caller writes. Best effort: an
// admin who cannot be written to (DMs closed, never started the bot) is logged, not retried.
import { t } from '../core/i18n/index.ts';
import type { Reply } from '../core/types.ts';
import type { Community } from '../store/index.ts';
import type { SchedulerContext } from './context.ts';

/** The private note to the admin: what happened where, and what to do. */
export function unreachableNotice(community: Community): Reply {
  const lang = 'en';
  const place =
    community.platform === 'discord'
      ? `${community.channelId ? `<#${community.channelId}>` : 'the daily channel'} of ${community.title ?? 'your server'}`
      : (community.title ?? 'your group');
  return {
    visibility: 'ephemeral',
    tone: 'error',
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
  const first = await ctx.core.services.store.communities.deactivate(community.id, reason);
  if (!first || !community.setupBy) return;
  const adapter = ctx.adapters.get(community.platform);
  if (!adapter?.tellAdmin) return;
  try {
    await adapter.tellAdmin(community, community.setupBy, unreachableNotice(community));
    ctx.log.info({ community: community.id }, 'told the admin who ran /setup that posting failed');
  } catch (err) {
    ctx.log.warn({ err, community: community.id }, 'could not tell the /setup admin that posting failed');
  }
}
