// One pass of the scheduler: read the active communities once, post the daily posts that are due,
// send the Sunday summaries, then close the days that are over. A failing step is logged and left
// to the next tick; closing runs even when posting failed, so yesterday's polls still stop.
import { pairKey, type CommunitySchedule } from '../store/scheduling.ts';
import { unique, type SchedulerContext, type TickReport } from './context.ts';
import { closeFinishedDays } from './closing.ts';
import { postDaily } from './deliver.ts';
import { isDue, LocalDays, type LocalDay } from './due.ts';
import { perPlatform } from './pacing.ts';
import { sendReminders } from './reminders.ts';
import { sendWeeklies } from './weeklySend.ts';

const emptyReport = (): TickReport => ({
  due: 0,
  posted: 0,
  skipped: 0,
  failed: 0,
  closed: 0,
  weekly: 0,
  reminders: 0,
});

/** Due daily posts, weekly summaries, closing finished days, then reminders. Never throws. */
export async function runTick(ctx: SchedulerContext): Promise<TickReport> {
  const report = emptyReport();
  const started = performance.now();
  const platforms = [...ctx.adapters.keys()];
  try {
    const schedules = platforms.length > 0 ? await ctx.queries.activeSchedules(platforms) : [];
    const days = localDays(ctx, schedules);
    await postDue(ctx, schedules, days, report);
    await sendWeeklies(ctx, schedules, days, report);
  } catch (err) {
    ctx.log.error({ err }, 'tick failed; the next tick tries again');
  }
  try {
    await closeFinishedDays(ctx, platforms, report);
  } catch (err) {
    ctx.log.error({ err }, 'closing finished days failed; the next tick tries again');
  }
  // After the daily posts, so a reminder sees today's question as posted.
  try {
    await sendReminders(ctx, report);
  } catch (err) {
    ctx.log.error({ err }, 'reminders failed; the next tick tries again');
  }
  const ms = Math.round(performance.now() - started);
  const busy = report.due + report.closed + report.weekly + report.reminders > 0;
  ctx.log[busy ? 'info' : 'debug']({ ...report, ms }, 'tick done');
  return report;
}

/** Each community's local day at this tick; a community whose zone or post time is unusable is left out. */
function localDays(ctx: SchedulerContext, communities: CommunitySchedule[]): Map<number, LocalDay> {
  const days = new Map<number, LocalDay>();
  const localDays = new LocalDays(ctx.clock.now());
  for (const community of communities) {
    const day = localDays.of(community);
    if (day) days.set(community.id, day);
    else
      ctx.log.warn(
        { community: community.id, timezone: community.timezone, postTime: community.postTime },
        'community has an unusable timezone or post time; skipped until /setup fixes it',
      );
  }
  return days;
}

/** The daily broadcast: every due community's post, with progress logged in tenths. */
async function postDue(
  ctx: SchedulerContext,
  communities: CommunitySchedule[],
  days: Map<number, LocalDay>,
  report: TickReport,
): Promise<void> {
  const now = ctx.clock.now();
  const scheduled = communities.filter((c) => days.has(c.id));
  const posts = await ctx.queries.postsOn(
    scheduled.map((c) => c.id),
    unique(scheduled.map((c) => days.get(c.id)!.today)),
  );
  const dueIds = scheduled
    .filter((c) => {
      const day = days.get(c.id)!;
      return isDue(now, day, posts.get(pairKey(c.id, day.today)));
    })
    .map((c) => c.id);
  report.due = dueIds.length;
  if (dueIds.length === 0) return;
  // Re-read in full for the adapters; one paused since the first read is left alone.
  const due = (await ctx.queries.communitiesByIds(dueIds)).filter((c) => c.active);

  const total = due.length;
  const every = Math.max(1, Math.ceil(total / 10));
  let done = 0;
  ctx.log.info({ total }, `daily broadcast: ${total} due`);
  await perPlatform(ctx.adapters, due, async (community, adapter, paced) => {
    const outcome = await postDaily(ctx, community, days.get(community.id)!.today, adapter, paced);
    report[outcome] += 1;
    done += 1;
    if (done % every === 0 || done === total) {
      ctx.log.info(
        { done, total, posted: report.posted, failed: report.failed, skipped: report.skipped },
        `daily broadcast: ${done} of ${total} (${report.failed} failed)`,
      );
    }
  });
}
