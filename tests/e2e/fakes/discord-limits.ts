// Discord's global rate limit as the fake API enforces it: a bot may make at most 50 requests in
// any second, counted on arrival; interaction responses (/interactions/..., and the follow-ups
// and edits on /webhooks/<application>/<token>) are not under it
// (https://discord.com/developers/docs/topics/rate-limits#global-rate-limit). A request over the
// limit is refused with 429 and `global: true`, and does not count.

const EXEMPT = /^\/(interactions|webhooks)\//;

export const DISCORD_GLOBAL_LIMIT = { count: 50, ms: 1000 } as const;

export class GlobalLimit {
  private readonly arrivals: number[] = [];
  /** Requests refused so far: a client that paces itself never sees one. */
  refused = 0;

  /** Counts a bot request arriving now, or returns the seconds to wait (Discord's retry_after). */
  admit(path: string, now = Date.now()): number | undefined {
    if (EXEMPT.test(path)) return undefined;
    const { count, ms } = DISCORD_GLOBAL_LIMIT;
    while (this.arrivals.length > 0 && this.arrivals[0]! <= now - ms) this.arrivals.shift();
    if (this.arrivals.length >= count) {
      this.refused += 1;
      return (this.arrivals[this.arrivals.length - count]! + ms - now) / 1000;
    }
    this.arrivals.push(now);
    return undefined;
  }
}
