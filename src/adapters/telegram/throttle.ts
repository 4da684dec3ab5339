// Outgoing pace within Telegram's flood limits (https://core.telegram.org/bots/faq#my-bot-is-hitting-limits-how-do-i-avoid-this):
// about 30 messages a second overall, one a second in a chat, 20 a minute in a group. Every send
// goes through one Pacer (src/pacing): a smooth global rate (a message every 33 ms, and never more
// than 30 in flight or done within a second), each chat's own limit, and replies
// ahead of the scheduler's broadcasts (asBroadcast). Queues are bounded and a send that waited
// longer than `maxWaitMs` is dropped: the caller sees SendDroppedError and logs one line.
import type { Transformer } from 'grammy';
import { metrics } from '../../metrics/index.ts';
import type { GateLimit } from '../../pacing/gate.ts';
import { Pacer, PacerDropped } from '../../pacing/pacer.ts';
import { currentPriority } from '../../pacing/priority.ts';

/** Methods that post or change messages count against Telegram's flood limits; reads do not. */
const THROTTLED = /^(send|edit|copy|forward|stopPoll)/;

/**
 * 30 a second: one every 33 ms, one at a time (no catch-up burst after a late timer), and never a
 * 31st while 30 sends were in flight or done within the last second. Telegram counts a message on
 * arrival; holding each send's place until a second after its response (gate.ts, `untilDone`)
 * bounds what arrives in any second whatever the network's or a busy machine's delays, without the
 * fixed margin (30 per 1.2 s) this used to need.
 */
export const TELEGRAM_GLOBAL: GateLimit = {
  intervalMs: 1000 / 30,
  burst: 1,
  window: { count: 30, ms: 1000, untilDone: true },
};
/** One message a second in a private chat. */
export const TELEGRAM_PRIVATE: GateLimit = { intervalMs: 1000 };
/** One a second and 20 in any minute (counted until done, as above) in a group or channel. */
export const TELEGRAM_GROUP: GateLimit = {
  intervalMs: 1000,
  window: { count: 20, ms: 60_000, untilDone: true },
};

export interface ThrottleOptions {
  /** Sends waiting at most, per priority (replies, broadcasts); more are refused. Default 1,000. */
  maxQueue?: number;
  /** A send not started within this long is dropped. Default 60 s. */
  maxWaitMs?: number;
}

export class SendDroppedError extends PacerDropped {}

/** Private chats have positive ids; groups and channels negative ones (or an @username). */
function chatLimit(chatId: string): GateLimit {
  return /^\d+$/.test(chatId) ? TELEGRAM_PRIVATE : TELEGRAM_GROUP;
}

export function boundedThrottler(options: ThrottleOptions = {}): Transformer {
  const pacer = new Pacer({
    global: TELEGRAM_GLOBAL,
    perKey: chatLimit,
    maxQueue: options.maxQueue,
    maxWaitMs: options.maxWaitMs,
    onDepth: (delta) => metrics.sendQueue.inc({ platform: 'telegram' }, delta),
  });
  return (prev, method, payload, signal) => {
    if (!THROTTLED.test(method)) return prev(method, payload, signal);
    const chat = String((payload as { chat_id?: unknown }).chat_id ?? '');
    return pacer
      .run(chat, currentPriority(), () => prev(method, payload, signal))
      .catch((err: unknown) => {
        throw err instanceof PacerDropped && !(err instanceof SendDroppedError)
          ? new SendDroppedError(`${method} dropped: ${err.message}`)
          : err;
      });
  };
}
