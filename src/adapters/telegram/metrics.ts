// Counts Telegram's 429s and the requests sent again. Installed inside autoRetry, it sees every
// attempt: autoRetry passes the same payload object on each retry, so a payload seen before is a retry.
import type { Transformer } from 'grammy';
import { metrics } from '../../metrics/index.ts';

export function countRetries(): Transformer {
  const seen = new WeakSet<object>();
  return async (prev, method, payload, signal) => {
    if (typeof payload === 'object' && payload !== null) {
      if (seen.has(payload)) metrics.retries.inc({ platform: 'telegram' });
      else seen.add(payload);
    }
    const result = await prev(method, payload, signal);
    if (!result.ok && result.error_code === 429) metrics.rateLimited.inc({ platform: 'telegram' });
    return result;
  };
}
