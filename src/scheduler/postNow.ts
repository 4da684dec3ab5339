// /postnow: today's post of one community, sent at once through the same claim as the daily tick,
// so an admin's /postnow, the cron and other instances never post the same day twice.
import { localDateOf } from '../core/time.ts';
import type { PostNowOutcome } from '../core/types.ts';
import type { Community } from '../store/index.ts';
import type { SchedulerContext } from './context.ts';
import { postDaily } from './deliver.ts';
import { withTimeout } from './pacing.ts';

export async function postNow(ctx: SchedulerContext, community: Community): Promise<PostNowOutcome> {
  const adapter = ctx.adapters.get(community.platform);
  if (!adapter) return 'unavailable';
  const today = localDateOf(ctx.clock.now(), community.timezone);
  // One post, not a broadcast: no pacing beyond the send timeout the tick also uses.
  const outcome = await postDaily(ctx, community, today, adapter, (call) =>
    withTimeout(call(), ctx.sendTimeoutMs),
  );
  // postDaily's 'skipped' means the claim went to nobody here: posted already, or a live instance has it.
  return outcome === 'skipped' ? 'already' : outcome;
}
