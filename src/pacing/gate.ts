// One rate limit, checked before each send: a smooth rate (GCRA, the token bucket with continuous
// refill: at most `burst` sends at once, then one every `intervalMs`), and optionally a cap over a
// sliding window (at most `count` sends in any `windowMs`), the way platforms count "20 a minute".
// A bucket refilled all at once every second sends its whole reservoir in one burst at each refill,
// which a platform counting over a sliding window sees as twice the rate; this never does.

export interface GateLimit {
  /** Least time between two sends once the burst is spent. */
  intervalMs: number;
  /** Sends allowed back to back before the interval applies. Default 1. */
  burst?: number;
  /** At most `count` sends in any `ms`, on top of the smooth rate. */
  window?: { count: number; ms: number };
}

export class Gate {
  /** GCRA's theoretical arrival time: when the bucket will be full again. */
  private tat = 0;
  /** Start times of the last `window.count` sends, oldest first (only with a window). */
  private readonly recent: number[] = [];

  constructor(readonly limit: GateLimit) {}

  /** The earliest time (ms since the epoch) a send may start; `now` or earlier means now. */
  readyAt(now: number): number {
    const { intervalMs, burst = 1, window } = this.limit;
    let at = Math.max(now, this.tat - (burst - 1) * intervalMs);
    if (window && this.recent.length >= window.count) {
      at = Math.max(at, this.recent[this.recent.length - window.count]! + window.ms);
    }
    return at;
  }

  /** Counts a send starting at `now` (call only when readyAt(now) <= now). */
  take(now: number): void {
    this.tat = Math.max(this.tat, now) + this.limit.intervalMs;
    const window = this.limit.window;
    if (!window) return;
    this.recent.push(now);
    if (this.recent.length > window.count) this.recent.shift();
  }

  /** True when the gate holds nothing a fresh one would not: safe to forget. */
  idle(now: number): boolean {
    const last = this.recent[this.recent.length - 1];
    return this.tat <= now && (last === undefined || last + (this.limit.window?.ms ?? 0) <= now);
  }
}
