// Keeping long polling alive, or saying clearly why it cannot be. The runner gives up on the first
// 409 or 401 from getUpdates and backs off without bound on other failures, and either way the
// process used to look healthy while no update arrived. This transformer retries getUpdates itself:
// network errors, 5xx and 429 with capped back-off, forever (Telegram comes back); a 409 Conflict
// (another poller with this token, as in a rolling deploy, or a webhook set) for up to `conflictLimitMs`;
// past that, or on a 401 (the token was revoked), it reports one sentence through `onFatal` and
// lets the failure through, which ends the runner.
import { HttpError, type Transformer } from 'grammy';

export interface PollingGuardOptions {
  /** How long a 409 Conflict may last before polling gives up. Default 60 s. */
  conflictLimitMs?: number;
  /** Longest pause between two attempts. Default 10 s. */
  maxBackoffMs?: number;
  onFatal(reason: string): void;
}

const FIRST_BACKOFF_MS = 250;

export function guardPolling(options: PollingGuardOptions): Transformer {
  const conflictLimitMs = options.conflictLimitMs ?? 60_000;
  const maxBackoffMs = options.maxBackoffMs ?? 10_000;
  return async (prev, method, payload, signal) => {
    if (method !== 'getUpdates') return prev(method, payload, signal);
    let conflictSince: number | undefined;
    for (let backoff = FIRST_BACKOFF_MS; ; backoff = Math.min(backoff * 2, maxBackoffMs)) {
      let wait = backoff;
      try {
        const result = await prev(method, payload, signal);
        if (result.ok) return result;
        if (result.error_code === 401) {
          options.onFatal(
            'Telegram rejected the bot token while polling for updates (401 Unauthorized): check TELEGRAM_BOT_TOKEN, it may have been revoked.',
          );
          return result;
        }
        if (result.error_code === 409) {
          conflictSince ??= Date.now();
          if (Date.now() - conflictSince > conflictLimitMs) {
            options.onFatal(
              `Telegram refused long polling for over ${Math.round(conflictLimitMs / 1000)} s (409 Conflict): another process is polling with this bot token, or a webhook is set for it.`,
            );
            return result;
          }
        } else {
          conflictSince = undefined;
          if (result.error_code === 429) wait = (result.parameters?.retry_after ?? 1) * 1000;
        }
      } catch (err) {
        // Stopping aborts the request: not a failure to retry.
        if (signal?.aborted || !(err instanceof HttpError)) throw err;
        conflictSince = undefined;
      }
      // grammY types its signal with the abort-controller shim; at run time it is the global one.
      await sleep(wait, signal as AbortSignal | undefined);
    }
  };
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason ?? new Error('aborted'));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
