// Sending the Sunday summary (its text is weekly.ts, its picture podium.ts). Each summary is claimed
// like a daily post, by one instance per community and week, and only once the day's post is done
// so the summary follows the question rather than racing it.
import { localizeMains } from '../content/index.ts';
import type { PlatformAdapter } from '../adapters/types.ts';
import { communityLang } from '../core/i18n/index.ts';
import { isSunday, weekStart, type LocalDate } from '../core/time.ts';
import type { Community } from '../store/index.ts';
import { pairKey, type CommunitySchedule } from '../store/scheduling.ts';
import { unique, type SchedulerContext, type TickReport } from './context.ts';
import { giveBack } from './deliver.ts';
import type { LocalDay } from './due.ts';
import { perPlatform, SendTimeout, withTimeout, type Paced } from './pacing.ts';
import { withPodiumCard } from './podium.ts';
import { weeklySummaryReply } from './weekly.ts';

/** On a community's Sunday, once its daily post is done: the week's top three and Mains prompt. */
export async function sendWeeklies(
  ctx: SchedulerContext,
  communities: CommunitySchedule[],
  days: Map<number, LocalDay>,
  report: TickReport,
): Promise<void> {
  const now = ctx.clock.now();
  const sundays = communities.filter((c) => {
    const day = days.get(c.id);
    return day !== undefined && isSunday(day.today) && now < day.endsAt;
  });
  if (sundays.length === 0) return;
  const ids = sundays.map((c) => c.id);
  const todays = unique(sundays.map((c) => days.get(c.id)!.today));
  // Read after the broadcast, so posts sent at this very tick count.
  const posts = await ctx.queries.postsOn(ids, todays);
  const weeklies = await ctx.queries.weekliesOn(ids, unique(todays.map(weekStart)));
  const readyIds = sundays.filter((c) => {
    const today = days.get(c.id)!.today;
    const post = posts.get(pairKey(c.id, today));
    if (!post || (post.state !== 'posted' && post.state !== 'failed')) return false;
    const weekly = weeklies.get(pairKey(c.id, weekStart(today)));
    if (!weekly || weekly.state === 'pending') return true;
    return weekly.state === 'claimed' && weekly.leaseUntil !== null && weekly.leaseUntil < now;
  });
  if (readyIds.length === 0) return;
  const ready = await ctx.queries.communitiesByIds(readyIds.map((c) => c.id));
  await perPlatform(ctx.adapters, ready, async (community, adapter, paced) => {
    if (await sendWeekly(ctx, community, days.get(community.id)!.today, adapter, paced)) report.weekly += 1;
  });
  ctx.log.info({ sent: report.weekly, of: ready.length }, 'weekly summaries done');
}

/** Claims, sends and records one community's summary; true when this instance sent it. */
async function sendWeekly(
  ctx: SchedulerContext,
  community: Community,
  today: LocalDate,
  adapter: PlatformAdapter,
  paced: Paced,
): Promise<boolean> {
  const { store, content } = ctx.core.services;
  const week = weekStart(today);
  const claim = await ctx.queries
    .claimWeekly(community.id, week, ctx.instanceId, ctx.clock.now(), ctx.leaseMs)
    .catch((err: unknown) => {
      ctx.log.error({ err, community: community.id }, 'could not claim the weekly summary');
      return null;
    });
  if (!claim) return false;
  try {
    const top = await store.standings.weekTop(community.id, week, 3);
    // The Mains prompt in the community's language, as its daily posts are.
    const lang = communityLang(community);
    const mains = localizeMains(content.mainsOfWeek(today), lang);
    const text = weeklySummaryReply(week, top, mains, lang);
    const reply = await withPodiumCard(ctx.core.services, community, week, top, text);
    await paced(() =>
      withTimeout(
        Promise.resolve().then(() => adapter.sendMessage(community, reply)),
        ctx.sendTimeoutMs,
      ),
    );
  } catch (err) {
    // A timed-out summary keeps its claim like a daily post; the lease decides the retry.
    if (err instanceof SendTimeout) {
      ctx.log.warn({ community: community.id }, 'weekly summary timed out; retried when its lease ends');
      return false;
    }
    await giveBack(ctx, community, err, claim.attempts, (failed, retryAt) =>
      ctx.queries.releaseWeekly(claim.id, ctx.instanceId, failed, retryAt),
    );
    return false;
  }
  const ok = await ctx.queries.markWeeklySent(claim.id, ctx.instanceId, ctx.clock.now()).catch((err) => {
    ctx.log.error({ err, community: community.id }, 'weekly summary sent but not recorded');
    return false;
  });
  return ok;
}
