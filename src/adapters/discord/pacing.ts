// Discord's limits as a smooth pace (src/pacing): about 50 requests a second per bot, and a channel's message routes at 5 per 5 seconds (one a second, and never more than 5 in
// any 5 s window). discord.js learns its buckets from response headers and, once one is spent,
// holds requests until its reset: a broadcast went out in bursts at each reset. Pacing the bot's
// own channel posts and edits here keeps them inside the buckets from the start, and lets a live
// edit (a reply) go ahead of the scheduler's broadcast. Interaction responses are not under the
// global limit and do not come through here.
import type { REST, RequestData, RouteLike } from '@discordjs/rest';
import type { GateLimit } from '../../pacing/gate.ts';
import { Pacer } from '../../pacing/pacer.ts';
import { currentPriority } from '../../pacing/priority.ts';
import { metrics } from '../../metrics/index.ts';

/**
 * One every 20 ms, up to 3 at once to catch up after a late timer, and never more than 50 arriving
 * in any second: each request holds its place until a second after its response (`untilDone`, see
 * pacing/gate.ts), since Discord counts requests as they arrive. A margin on the starts (50 per
 * 1.02 s, before) let 56 arrive in one second when requests spent 0-400 ms in flight.
 */
export const DISCORD_GLOBAL: GateLimit = {
  intervalMs: 1000 / 50,
  burst: 3,
  window: { count: 50, ms: 1000, untilDone: true },
};
export const DISCORD_CHANNEL_ROUTE: GateLimit = { intervalMs: 1000, window: { count: 5, ms: 5250 } };

/** A route outside a channel (a DM channel opened, a member's role): Discord's headers pace it. */
const OTHER_ROUTE: GateLimit = { intervalMs: 0 };

/**
 * Every request the bot makes on its own (not an interaction's response) goes through here: the
 * global limit counts them all, so a daily post's thread and pin, a role reward and a reminder's DM
 * are paced with the post itself (a broadcast to 150 servers sent its threads and pins unpaced and
 * Discord's global limit refused 31 of them).
 */
export type PacedRest = Pick<REST, 'get' | 'post' | 'put' | 'patch' | 'delete'>;

/**
 * A request's rate limit bucket, as Discord forms them: the method and the route with its major
 * parameter (the channel) kept and other ids left out, so a channel's messages, its message edits
 * and a thread under a post are three buckets, each limited on its own.
 */
function bucketOf(method: string, route: RouteLike): string {
  const m = /^(\/channels\/\d+)(.*)$/.exec(route);
  return m ? `${method} ${m[1]}${m[2]!.replace(/\/\d+/g, '/:id')}` : `${method} ${route}`;
}

export function pacedRest(rest: REST): PacedRest {
  const pacer = new Pacer({
    global: DISCORD_GLOBAL,
    perKey: (key) => (/^\w+ \/channels\//.test(key) ? DISCORD_CHANNEL_ROUTE : OTHER_ROUTE),
    onDepth: (delta) => metrics.sendQueue.inc({ platform: 'discord' }, delta),
  });
  const paced =
    (method: 'get' | 'post' | 'put' | 'patch' | 'delete') =>
    (route: RouteLike, options?: RequestData): Promise<unknown> =>
      pacer.run(bucketOf(method, route), currentPriority(), () => rest[method](route, options));
  return {
    get: paced('get'),
    post: paced('post'),
    put: paced('put'),
    patch: paced('patch'),
    delete: paced('delete'),
  };
}
