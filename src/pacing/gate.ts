// One rate limit, checked before each send: a smooth rate (GCRA, the token bucket with continuous
// refill: at most `burst` sends at once, then one every `intervalMs`), and optionally a cap over a
// sliding window (at most `count` sends in any `windowMs`), the way platforms count "20 a minute".
// A bucket refilled all at once every second sends its whole reservoir in one burst at each refill,
// which a platform counting over a sliding window sees as twice the rate; this never does.
//
// Why a window may count a send until it is done (`untilDone`): the platform counts a message when
// it *arrives*, somewhere between our start and its response. Spacing the starts cannot bound the
// arrivals: a send held up on a busy machine or a slow network lands next to the one after it. If a
// send holds its place in the window from its start until `ms` after its response, then for any
// window of the platform's, every send arriving in it still held a place when the last of them
// started, and that send was let go only with fewer than `count` places held — so the platform
// never sees more than `count` in any `ms`, whatever the delays. The price is the round trip: a
// window of 30 sends a second paces 30 per (1 s + response time) instead of 30 per 1.2 s of margin.

export interface GateLimit {
  /** Least time between two sends once the burst is spent. */
  intervalMs: number;
  /** Sends allowed back to back before the interval applies. Default 1. */
  burst?: number;
  /**
   * At most `count` sends in any `ms`, on top of the smooth rate. With `untilDone`, a send holds its
   * place from its start until `ms` after it is done (see above), not `ms` after its start.
   */
  window?: { count: number; ms: number; untilDone?: boolean };
}

/** A send counted by a gate; `done` releases its window place to run out from that moment. */
export interface GateTicket {
  done(at: number): void;
}

interface Place {
  /** When the place starts running out: the start, or the response with `untilDone`. */
  from: number;
}

export class Gate {
  /** GCRA's theoretical arrival time: when the bucket will be full again. */
  private tat = 0;
  /** Window places held, in order of start (only with a window). */
  private places: Place[] = [];

  constructor(readonly limit: GateLimit) {}

  /**
   * The earliest time (ms since the epoch) a send may start; `now` or earlier means now; Infinity
   * when it waits for a send in flight to be done (call again then).
   */
  readyAt(now: number): number {
    const { intervalMs, burst = 1, window } = this.limit;
    let at = Math.max(now, this.tat - (burst - 1) * intervalMs);
    if (window) {
      this.expire(now);
      const excess = this.places.length - window.count + 1;
      if (excess > 0) {
        // The `excess` places that free up first must run out; +1: Telegram's window (t - ms, t].
        const ends = this.places.map((p) => p.from).sort((a, b) => a - b);
        at = Math.max(at, ends[excess - 1]! + window.ms + 1);
      }
    }
    return at;
  }

  /** Counts a send starting at `now` (call only when readyAt(now) <= now). */
  take(now: number): GateTicket {
    this.tat = Math.max(this.tat, now) + this.limit.intervalMs;
    const window = this.limit.window;
    if (!window) return { done: () => {} };
    const place: Place = { from: window.untilDone ? Infinity : now };
    this.places.push(place);
    return {
      done: (at) => {
        if (place.from === Infinity) place.from = at;
      },
    };
  }

  /** True when the gate holds nothing a fresh one would not: safe to forget. */
  idle(now: number): boolean {
    this.expire(now);
    return this.tat <= now && this.places.length === 0;
  }

  /** Lets go of places that ran out before `now`. */
  private expire(now: number): void {
    const ms = this.limit.window?.ms ?? 0;
    if (this.places.some((p) => p.from + ms < now)) {
      this.places = this.places.filter((p) => p.from + ms >= now);
    }
  }
}
