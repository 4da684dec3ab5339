// The daily post. A node-cron tick each minute finds the communities whose local post time has
// passed today and that have no post yet, claims each in the database and posts it through the
// community's platform adapter. Nothing lives in memory: the DailyPost row (unique per community
// and local date, claimed with a lease) is the only coordination, so restarts, crashes and any
// number of instances against one database post each community once per local day.
//
// The guarantee, honestly: no two LIVE instances ever send the same community's post for one date
// (the claim is one atomic statement). If a process dies after claiming and before the platform
// accepted the message, another instance takes the claim over when the lease ends and the post is
// sent once. If it dies after the platform accepted the message but before the row is marked
// posted, nobody can know the message went out, so it is sent again after the lease: across
// crashes delivery is at-least-once, with that window a few milliseconds wide per community. A post
// of several messages (fact, then question) records each one as it goes, and a post taken over
// resumes after the last recorded one (see parts.ts for what remains).
//
// This file holds the Scheduler's life cycle (cron, start, stop, adding platforms); one pass is
// tick.ts, one community's claim-send-record deliver.ts, the Sunday summary weeklySend.ts, closing
// finished days closing.ts, and the per-platform pace pacing.ts.
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { schedule, validate, type ScheduledTask } from 'node-cron';
import type { PlatformAdapter } from '../adapters/types.ts';
import { systemClock, type DailyPosting, type PostNowOutcome } from '../core/types.ts';
import type { Community } from '../store/index.ts';
import type { Logger } from '../log.ts';
import { SchedulerQueries } from '../store/scheduling.ts';
import type { SchedulerContext, SchedulerOptions, TickReport } from './context.ts';
import { runTick } from './tick.ts';
import { postNow } from './postNow.ts';

export type { SchedulerOptions, TickReport } from './context.ts';
export { retryDelayMs } from './deliver.ts';

const DEFAULT_LEASE_MS = 5 * 60_000;
const DEFAULT_SEND_TIMEOUT_MS = 60_000;

export class Scheduler implements DailyPosting {
  readonly instanceId: string;
  private readonly adapters = new Map<string, PlatformAdapter>();
  private readonly cronExpression: string;
  private readonly context: SchedulerContext;
  private readonly log: Logger;
  private task: ScheduledTask | undefined;
  private readonly inFlight = new Set<Promise<TickReport>>();

  constructor(options: SchedulerOptions) {
    for (const adapter of options.adapters) this.adapters.set(adapter.platform, adapter);
    this.instanceId = options.instanceId ?? `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
    this.log = options.log.child({ component: 'scheduler', instance: this.instanceId });
    const leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
    const sendTimeoutMs = options.sendTimeoutMs ?? Math.min(DEFAULT_SEND_TIMEOUT_MS, leaseMs / 2);
    this.cronExpression = options.cronExpression ?? '* * * * *';
    if (!validate(this.cronExpression)) {
      throw new Error(`The scheduler's cron expression "${this.cronExpression}" is not valid.`);
    }
    if (sendTimeoutMs >= leaseMs) {
      this.log.warn(
        { sendTimeoutMs, leaseMs },
        'send timeout is not shorter than the lease: a slow send may be taken over and posted twice',
      );
    }
    this.context = {
      core: options.core,
      adapters: this.adapters,
      clock: options.clock ?? systemClock,
      log: this.log,
      instanceId: this.instanceId,
      leaseMs,
      sendTimeoutMs,
      maxAttempts: options.maxAttempts ?? 10,
      queries: new SchedulerQueries(options.core.services.store.db),
    };
  }

  /**
   * Adds a platform once its adapter is up, so a platform that is slow to connect delays only its
   * own communities (picked up on the next tick).
   */
  addAdapter(adapter: PlatformAdapter): void {
    this.adapters.set(adapter.platform, adapter);
    if (!this.task) return;
    // Catch up for the new platform now rather than at the next minute.
    void (async () => {
      await Promise.allSettled([...this.inFlight]);
      await this.guardedTick('adapter started');
    })();
  }

  /** Catches up at once (a bot that was down at post time posts now), then ticks on the cron. */
  start(): void {
    if (this.task) return;
    void this.guardedTick('start-up');
    this.task = schedule(this.cronExpression, () => this.guardedTick('cron'), {
      name: `studybot-scheduler-${this.instanceId}`,
      noOverlap: true,
      logger: {
        info: (message) => this.log.debug(message),
        warn: (message) => this.log.warn(message),
        error: (message, err) => this.log.error({ err }, String(message)),
        debug: (message) => this.log.debug(String(message)),
      },
    });
    this.log.info({ cron: this.cronExpression, leaseMs: this.context.leaseMs }, 'scheduler started');
  }

  /** Stops the cron and waits for a running tick to finish. */
  async stop(): Promise<void> {
    const task = this.task;
    this.task = undefined;
    if (task) {
      await task.stop();
      await task.destroy();
    }
    await Promise.allSettled([...this.inFlight]);
  }

  /** One pass: due daily posts, then weekly summaries, then closing finished days. Never throws. */
  async tick(): Promise<TickReport> {
    const pass = runTick(this.context);
    this.inFlight.add(pass);
    try {
      return await pass;
    } finally {
      this.inFlight.delete(pass);
    }
  }

  /** Today's post of one community now (/postnow), through the tick's own claim. Never throws. */
  postNow(community: Community): Promise<PostNowOutcome> {
    return postNow(this.context, community);
  }

  private async guardedTick(reason: 'start-up' | 'cron' | 'adapter started'): Promise<void> {
    if (this.inFlight.size > 0) {
      this.log.debug({ reason }, 'tick skipped: the previous one is still running');
      return;
    }
    await this.tick();
  }
}
