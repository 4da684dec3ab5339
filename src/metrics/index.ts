// The process's Prometheus metrics (served at GET /metrics). One registry for the process, so that
// the adapters, the core, the scheduler and the store count into the same series without passing a
// handle through every constructor; docs/operations.md lists what each series means.
import client from 'prom-client';

export const registry = new client.Registry();

/** Seconds: command handlers and SQL statements take milliseconds; a stall shows in the top buckets. */
const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

export const metrics = {
  answers: new client.Counter({
    name: 'studybot_answers_recorded_total',
    help: 'Answers recorded: kind "daily" (first answer to the daily question) or "practice" (/quiz).',
    labelNames: ['platform', 'kind'] as const,
    registers: [registry],
  }),
  dailyPosts: new client.Counter({
    name: 'studybot_daily_posts_total',
    help: 'Daily post attempts by outcome: sent (the platform accepted it), retried (tried again later), failed (given up for the day).',
    labelNames: ['platform', 'outcome'] as const,
    registers: [registry],
  }),
  rateLimited: new client.Counter({
    name: 'studybot_platform_rate_limited_total',
    help: 'Responses 429 Too Many Requests from a platform API.',
    labelNames: ['platform'] as const,
    registers: [registry],
  }),
  retries: new client.Counter({
    name: 'studybot_platform_retries_total',
    help: 'Platform API requests sent again after a 429 or a server error.',
    labelNames: ['platform'] as const,
    registers: [registry],
  }),
  rateLimitWaits: new client.Counter({
    name: 'studybot_discord_rate_limit_waits_total',
    help: 'Discord requests held by discord.js until a rate limit bucket (route or global) reset.',
    labelNames: ['scope'] as const,
    registers: [registry],
  }),
  sendQueue: new client.Gauge({
    name: 'studybot_send_queue_depth',
    help: 'Outgoing platform requests waiting for the pacing limiter (Telegram: global and per-chat limits).',
    labelNames: ['platform'] as const,
    registers: [registry],
  }),
  commands: new client.Histogram({
    name: 'studybot_command_duration_seconds',
    help: 'Time the core takes to run a command (database and content work, not the platform round trip).',
    labelNames: ['platform', 'command'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  }),
  queries: new client.Histogram({
    name: 'studybot_db_query_duration_seconds',
    help: 'SQL statements sent through Prisma, from the call to the result (pool wait included).',
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  }),
};

let processMetrics = false;

/** Node's own series (RSS, event-loop lag, GC, handles); started once, by the process that serves them. */
export function collectProcessMetrics(): void {
  if (processMetrics) return;
  processMetrics = true;
  client.collectDefaultMetrics({ register: registry });
}
