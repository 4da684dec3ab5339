// The daily post's place in a Discord channel: a thread under it to discuss the question (so the
// discussion does not take over the channel), archived when the day ends; the post pinned and the
// previous one unpinned. All best effort once the post is out: a server that did not give the bot
// Create Public Threads or Pin Messages still gets its post, and the missing permission is logged
// once per community and process rather than at every post.
import { Routes } from 'discord.js';
import type { PacedRest } from './pacing.ts';
import { formatDay } from '../../core/format.ts';
import { communityLang } from '../../core/i18n/choose.ts';
import { t } from '../../core/i18n/index.ts';
import { fromDateColumn } from '../../core/time.ts';
import type { Logger } from '../../log.ts';
import type { Community, DailyPost, Store } from '../../store/index.ts';
import { discordCode, isUnreachable, safeError } from './errors.ts';

/** Discord's limit on a thread name. */
const THREAD_NAME_MAX = 100;
/** A day: the thread stays open through the question's day even when nobody writes. */
const AUTO_ARCHIVE_MINUTES = 1440;

/** What goes with a daily post's body: the role to mention, and only that role may be pinged. */
export function pingOf(community: Community): { content: string; allowed_mentions: object } | undefined {
  const role = community.pingRoleId;
  if (!role) return undefined;
  return { content: `<@&${role}>`, allowed_mentions: { parse: [], roles: [role] } };
}

export class Discussion {
  /** `${communityId}:${what}` already logged as not permitted. */
  private readonly warned = new Set<string>();

  constructor(
    private readonly rest: PacedRest,
    private readonly store: Store,
    private readonly log: Logger,
  ) {}

  /** After a daily post went out: its thread, its pin, the previous pin removed. Never throws. */
  async opened(community: Community, channelId: string, messageId: string, postId: number): Promise<void> {
    const post = await this.store.dailyPosts.byId(postId).catch(() => null);
    if (community.discussionThreads && post) {
      const lang = communityLang(community);
      const date = formatDay(fromDateColumn(post.localDate), lang);
      const name = t(lang, 'groups.thread.name', { date }).slice(0, THREAD_NAME_MAX);
      await this.attempt(community, 'thread', () =>
        this.rest.post(Routes.threads(channelId, messageId), {
          body: { name, auto_archive_duration: AUTO_ARCHIVE_MINUTES },
        }),
      );
    }
    const pinned = await this.attempt(community, 'pin', () =>
      this.rest.put(Routes.channelMessagesPin(channelId, messageId)),
    );
    if (pinned && post) await this.unpinPrevious(community, post);
  }

  /** When the day ends: the thread (its id is the post's message id) is archived. Never throws. */
  async closed(community: Community, messageId: string): Promise<void> {
    if (!community.discussionThreads) return;
    await this.attempt(community, 'archive', () =>
      this.rest.patch(Routes.channel(messageId), { body: { archived: true } }),
    );
  }

  private async unpinPrevious(community: Community, post: DailyPost): Promise<void> {
    const previous = await this.store.dailyPosts
      .previousPosted(community.id, post.localDate)
      .catch(() => null);
    const m = /^(\d+):(\d+)$/.exec(previous?.messageRef ?? '');
    if (!m) return;
    await this.attempt(community, 'unpin', () => this.rest.delete(Routes.channelMessagesPin(m[1]!, m[2]!)));
  }

  /** Runs one call; false when it failed (logged, once per community for a missing permission). */
  private async attempt(community: Community, what: string, call: () => Promise<unknown>): Promise<boolean> {
    try {
      await call();
      return true;
    } catch (err) {
      // Unknown Channel / Unknown Message: the thread or message is gone already.
      if (discordCode(err) === 10003 || discordCode(err) === 10008) return false;
      if (isUnreachable(err)) {
        const key = `${community.id}:${what}`;
        if (!this.warned.has(key)) {
          this.warned.add(key);
          this.log.info(
            { communityId: community.id, guildId: community.externalId, what, code: discordCode(err) },
            'not permitted to do this for the daily post (Create Public Threads / Manage Messages or Pin Messages); skipped',
          );
        }
        return false;
      }
      this.log.warn({ error: safeError(err), communityId: community.id, what }, 'daily post extra failed');
      return false;
    }
  }
}
