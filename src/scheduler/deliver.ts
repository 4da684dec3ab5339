// Claim, send, record: one community's daily post, and what happens to a claim after a failed send
// (shared with the weekly summary). Every function here catches its own errors, so one community's
// failure never blocks the others in a broadcast.
import type { PlatformAdapter, SentPost } from '../adapters/types.ts';
import type { LocalDate } from '../core/time.ts';
import { CommunityUnreachableError } from '../core/types.ts';
import { metrics } from '../metrics/index.ts';
import type { Community, DailyPost } from '../store/index.ts';
import type { SchedulerContext } from './context.ts';
import { SendTimeout, withTimeout, type Paced } from './pacing.ts';
import { dailyParts } from './parts.ts';
import { dailyPick, ownQuestion } from '../core/suggest/questions.ts';
import { deactivateAndTell } from './tellAdmin.ts';

export type Outcome = 'posted' | 'skipped' | 'failed';

/**
 * Pause before retrying a failed send: 1, 2, 4, ... minutes, at most 30, so a platform outage of a
 * couple of hours still gets the day's post out (with the default 10 attempts) without hammering it.
 */
export function retryDelayMs(attempts: number): number {
  return Math.min(30, 2 ** Math.max(0, attempts - 1)) * 60_000;
}

/** Claims, sends and records one community's post. Never throws: one failure blocks nobody. */
export async function postDaily(
  ctx: SchedulerContext,
  community: Community,
  today: LocalDate,
  adapter: PlatformAdapter,
  paced: Paced,
): Promise<Outcome> {
  const { services } = ctx.core;
  const { store } = services;
  let post: DailyPost | null;
  try {
    // The content for a new row; a pending row (made earlier by /daily) keeps its own. A community's
    // own questions approved for the daily rotation take the question slot first.
    const pick = await dailyPick(services, community.id, today);
    post = await store.dailyPosts.claim(
      community.id,
      today,
      pick,
      ctx.instanceId,
      ctx.clock.now(),
      ctx.leaseMs,
    );
  } catch (err) {
    ctx.log.error({ err, community: community.id, date: today }, 'could not claim the daily post');
    countDaily(community, 'retried');
    return 'failed';
  }
  if (!post) return 'skipped';
  if (post.attempts > ctx.maxAttempts) {
    // Sends that timed out are retried when their lease ends without passing through the error
    // path; this bounds them too, so a platform that keeps timing out cannot be posted to all day.
    ctx.log.warn(
      { community: community.id, date: today, attempts: post.attempts },
      'daily post given up for today',
    );
    await store.dailyPosts.release(post.id, ctx.instanceId, true).catch(() => undefined);
    countDaily(community, 'failed');
    return 'failed';
  }

  const claimed = post;
  const call: { sending?: Promise<SentPost> } = {};
  try {
    await ownQuestion(services, claimed.questionId);
    const reply = ctx.core.dailyReply(community, claimed);
    const parts = dailyParts(store, claimed, ctx.instanceId);
    const sent = await paced(() => {
      call.sending = Promise.resolve().then(() => adapter.sendDaily(community, reply, parts));
      return withTimeout(call.sending, ctx.sendTimeoutMs);
    });
    countDaily(community, 'sent');
    await recordPosted(ctx, community, claimed, sent);
    return 'posted';
  } catch (err) {
    if (err instanceof SendTimeout && call.sending) {
      // The platform may still accept it. Keep the claim: if the send completes we record it;
      // if not, the lease ends and any instance retries. Releasing now would invite a double post.
      call.sending.then(
        (sent) => recordPosted(ctx, community, claimed, sent),
        (late: unknown) =>
          ctx.log.warn({ err: late, community: community.id }, 'a timed-out daily post failed later'),
      );
      ctx.log.warn(
        { community: community.id, platform: community.platform, date: today, timeoutMs: ctx.sendTimeoutMs },
        'daily post timed out; it is retried when its lease ends unless the platform answers first',
      );
      countDaily(community, 'retried');
      return 'failed';
    }
    await giveBack(ctx, community, err, claimed.attempts, (failed, retryAt) =>
      store.dailyPosts.release(claimed.id, ctx.instanceId, failed, retryAt),
    );
    return 'failed';
  }
}

/**
 * Marks a sent post posted, trying a failing database three times: the message is out, and an
 * unrecorded post is sent again after the lease.
 */
async function recordPosted(
  ctx: SchedulerContext,
  community: Community,
  post: DailyPost,
  sent: SentPost,
): Promise<void> {
  const { dailyPosts } = ctx.core.services.store;
  for (let attempt = 1; ; attempt++) {
    try {
      const ok = await dailyPosts.markPosted(post.id, ctx.instanceId, sent, ctx.clock.now());
      if (ok && sent.answerRef) {
        // Answers to the poll arrive with its id: remembering it spares their first database lookup.
        const answerRef = sent.answerRef;
        dailyPosts.remember({ ...post, answerRef, messageRef: sent.messageRef, state: 'posted', community });
      }
      if (!ok) {
        ctx.log.warn(
          { community: community.id, post: post.id, messageRef: sent.messageRef },
          'daily post was sent after its claim passed to another instance: the community may see it twice',
        );
      }
      return;
    } catch (err) {
      if (attempt >= 3) {
        ctx.log.error(
          { err, community: community.id, post: post.id, messageRef: sent.messageRef },
          'daily post was sent but could not be recorded; it will be sent again after the lease',
        );
        return;
      }
      await sleep(200 * attempt);
    }
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * After a failed send: an unreachable community is deactivated (its admins re-enable it with
 * /setup); any other error gives the claim back for a later tick, until maxAttempts.
 */
export async function giveBack(
  ctx: SchedulerContext,
  community: Community,
  err: unknown,
  attempts: number,
  release: (failed: boolean, retryAt: Date | null) => Promise<void>,
): Promise<void> {
  try {
    if (err instanceof CommunityUnreachableError) {
      ctx.log.warn(
        {
          community: community.id,
          platform: community.platform,
          chat: community.externalId,
          reason: err.message,
        },
        'community unreachable: marked inactive until an admin runs /setup again',
      );
      countDaily(community, 'failed');
      await deactivateAndTell(ctx, community, err.message);
      await release(true, null);
      return;
    }
    const final = attempts >= ctx.maxAttempts;
    countDaily(community, final ? 'failed' : 'retried');
    const retryAt = final ? null : new Date(ctx.clock.now().getTime() + retryDelayMs(attempts));
    ctx.log.warn(
      { err, community: community.id, platform: community.platform, attempts, final, retryAt },
      final ? 'send failed for the last time; given up for today' : 'send failed; retried after a pause',
    );
    await release(final, retryAt);
  } catch (dbErr) {
    ctx.log.error({ err: dbErr, community: community.id }, 'could not give the claim back; its lease will');
  }
}

/** Counts a daily post's outcome for /metrics. */
function countDaily(community: Community, outcome: 'sent' | 'retried' | 'failed') {
  metrics.dailyPosts.inc({ platform: community.platform, outcome });
}
