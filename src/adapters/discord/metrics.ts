// Counts Discord's 429s, the requests discord.js sends again, and the waits for rate limit buckets,
// from the REST manager's own events.
import type { REST } from 'discord.js';
import { metrics } from '../../metrics/index.ts';

export function countRestEvents(rest: REST): void {
  rest.on('response', (request, response) => {
    if (response.status === 429) {
      metrics.rateLimited.inc({ platform: 'discord' });
      // discord.js queues a 429 again (the app sets no rejectOnRateLimit).
      metrics.retries.inc({ platform: 'discord' });
    } else if (response.status >= 500 && request.retries < rest.options.retries) {
      metrics.retries.inc({ platform: 'discord' });
    }
  });
  rest.on('rateLimited', (info) => metrics.rateLimitWaits.inc({ scope: info.scope }));
}
