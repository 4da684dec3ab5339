// Outgoing pace within Telegram's flood limits, with bounded queues. grammY's throttler keeps one
// queue per chat plus a global one (30 messages a second); unbounded, a flood of commands from
// thousands of private chats piled up replies in memory faster than Telegram accepts them. Here each
// queue has a high-water mark past which new sends are refused, idle per-chat queues are let go
// after a minute, and a send that waited longer than `maxWaitMs` is dropped rather than delivered
// late: the caller sees an error and logs one line.
import type { Transformer } from 'grammy';
import { apiThrottler, BottleneckStrategy } from '@grammyjs/transformer-throttler';
import { metrics } from '../../metrics/index.ts';

/** Methods that post or change messages count against Telegram's flood limits; reads do not. */
const THROTTLED = /^(send|edit|copy|forward|stopPoll)/;

export interface ThrottleOptions {
  /** Sends waiting for the global pace at most; more are refused. Default 1,000 (about 30 s of sending). */
  globalQueue?: number;
  /** Sends waiting in one chat's queue at most. Default 20. */
  chatQueue?: number;
  /** A send not started within this long is dropped. Default 60 s. */
  maxWaitMs?: number;
}

export class SendDroppedError extends Error {}

export function boundedThrottler(options: ThrottleOptions = {}): Transformer {
  const bounded = (highWater: number) => ({ highWater, strategy: BottleneckStrategy.OVERFLOW });
  const chat = { ...bounded(options.chatQueue ?? 20), timeout: 60_000 };
  const throttle = apiThrottler({
    // grammY's defaults (Telegram's documented limits), each with a bound.
    global: {
      reservoir: 30,
      reservoirRefreshAmount: 30,
      reservoirRefreshInterval: 1000,
      ...bounded(options.globalQueue ?? 1000),
    },
    group: {
      maxConcurrent: 1,
      minTime: 1000,
      reservoir: 20,
      reservoirRefreshAmount: 20,
      reservoirRefreshInterval: 60_000,
      ...chat,
    },
    out: { maxConcurrent: 1, minTime: 1000, ...chat },
  });
  const maxWaitMs = options.maxWaitMs ?? 60_000;
  return (prev, method, payload, signal) => {
    if (!THROTTLED.test(method)) return prev(method, payload, signal);
    const queued = Date.now();
    // Queue depth for /metrics: from entering the limiter until it lets the send go (or refuses it).
    let waiting = true;
    const left = () => {
      if (waiting) metrics.sendQueue.dec({ platform: 'telegram' });
      waiting = false;
    };
    metrics.sendQueue.inc({ platform: 'telegram' });
    return throttle(
      (m, p, s) => {
        left();
        return Date.now() - queued > maxWaitMs
          ? Promise.reject(new SendDroppedError(`${m} dropped: not sent within ${maxWaitMs / 1000} s`))
          : prev(m, p, s);
      },
      method,
      payload,
      signal,
    ).finally(left);
  };
}
