// Closing the questions of local days that are over: Telegram polls are stopped and Discord buttons
// disabled, so a member does not answer a question that no longer counts.
import { endOfLocalDate, localDateOf } from '../core/time.ts';
import { unique, type SchedulerContext, type TickReport } from './context.ts';
import { perPlatform, withTimeout } from './pacing.ts';

/** UTC+14 (Line Islands) is the first zone to start a date: no post dated on or after its today has ended. */
const EARLIEST_ZONE_OFFSET_MS = 14 * 3_600_000;

/**
 * Each post is marked closed first, by one instance, then closed on the platform: best effort,
 * a failure is logged and not retried (the core refuses late answers either way).
 */
export async function closeFinishedDays(
  ctx: SchedulerContext,
  platforms: string[],
  report: TickReport,
): Promise<void> {
  if (platforms.length === 0) return;
  const now = ctx.clock.now();
  const latestDate = localDateOf(new Date(now.getTime() + EARLIEST_ZONE_OFFSET_MS), 'UTC');
  const open = await ctx.queries.openPosts(platforms, latestDate);
  // Many posts share a date and zone; the zone arithmetic is done once for each pair.
  const ends = new Map<string, Date>();
  const ended = open.filter((p) => {
    const key = `${p.localDate}|${p.timezone}`;
    let end = ends.get(key);
    if (!end) ends.set(key, (end = endOfLocalDate(p.localDate, p.timezone)));
    return Number.isNaN(end.getTime()) || end <= now;
  });
  const taken = new Set(
    await ctx.queries.takeForClosing(
      ended.map((p) => p.id),
      now,
    ),
  );
  if (taken.size === 0) return;
  const mine = ended.filter((p) => taken.has(p.id));
  const communities = new Map(
    (await ctx.queries.communitiesByIds(unique(mine.map((p) => p.communityId)))).map((c) => [c.id, c]),
  );
  const items = mine.flatMap((p) => {
    const community = communities.get(p.communityId);
    return community ? [{ post: p, community }] : [];
  });
  await perPlatform(
    ctx.adapters,
    items,
    async ({ post, community }, adapter, paced) => {
      try {
        const close = adapter.closeDaily?.bind(adapter);
        const messageRef = post.messageRef;
        if (close && messageRef) {
          await paced(() =>
            withTimeout(
              Promise.resolve().then(() => close(community, messageRef, post.id)),
              ctx.sendTimeoutMs,
            ),
          );
        }
        report.closed += 1;
      } catch (err) {
        ctx.log.warn(
          { err, community: community.id, post: post.id },
          'could not close a finished daily question',
        );
      }
    },
    (item) => item.community.platform,
  );
}
