// The outgoing side of the bot: every Bot API call goes through these transformers, so sends are
// throttled to Telegram's limits, 429s are waited out and counted, polling is kept alive, and
// failures are logged without the token.
import type { Api, Transformer } from 'grammy';
import { autoRetry } from '@grammyjs/auto-retry';
import type { Logger } from '../../log.ts';
import { describeError } from './errors.ts';
import { countRetries } from './metrics.ts';
import { guardPolling } from './polling.ts';
import { boundedThrottler, type ThrottleOptions } from './throttle.ts';

/** 429s are waited out when Telegram asks for at most this long, this many times; then the send fails. */
const RETRY = { maxRetryAttempts: 3, maxDelaySeconds: 60 };

export interface ApiSetup {
  log: Logger;
  token: string;
  /** Bounds on the outgoing queues (see throttle.ts). */
  throttle?: ThrottleOptions | undefined;
  /** How long a 409 Conflict from getUpdates may last before polling gives up (see polling.ts). */
  conflictLimitMs?: number | undefined;
  /** Called when updates can no longer arrive (see polling.ts). */
  onFatal(reason: string): void;
}

export function installTransformers(api: Api, setup: ApiSetup): void {
  const { log, token } = setup;
  // Order matters: the last transformer installed runs first, so a retried call queues again.
  api.config.use(logPollingFailures(log, token));
  api.config.use(guardPolling({ conflictLimitMs: setup.conflictLimitMs, onFatal: setup.onFatal }));
  api.config.use(boundedThrottler(setup.throttle));
  api.config.use(countRetries());
  // Network errors are thrown rather than retried forever: the runner retries getUpdates itself,
  // the scheduler retries a failed daily post, and a lost command reply is logged.
  api.config.use(autoRetry({ ...RETRY, rethrowHttpErrors: true }));
}

/**
 * The runner (getUpdates) and grammY's start-up (getMe) retry network failures by themselves; this
 * logs each failure, without the token (the runner's own logging would print request URLs).
 */
function logPollingFailures(log: Logger, token: string): Transformer {
  const watched = new Set(['getUpdates', 'getMe']);
  return async (prev, method, payload, signal) => {
    try {
      const result = await prev(method, payload, signal);
      if (!result.ok && watched.has(method)) {
        log.warn({ method, code: result.error_code, description: result.description }, `${method} failed`);
      }
      return result;
    } catch (err) {
      if (watched.has(method) && !signal?.aborted) {
        log.warn({ method, err: describeError(err, token) }, `${method} failed; retrying`);
      }
      throw err;
    }
  };
}
