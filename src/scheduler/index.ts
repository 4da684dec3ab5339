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
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { schedule, validate, type ScheduledTask } from 'node-cron';
import type { PlatformAdapter, SentPost } from '../adapters/types.ts';
import type { StudyCore } from '../core/engine.ts';
import { endOfLocalDate, isSunday, localDateOf, weekStart, type LocalDate } from '../core/time.ts';
import { CommunityUnreachableError, systemClock, type Clock } from '../core/types.ts';
import type { Logger } from '../log.ts';
import { metrics } from '../metrics/index.ts';
import type { Community, DailyPost } from '../store/index.ts';
import { isDue, LocalDays, type LocalDay } from './due.ts';
import { dailyParts } from './parts.ts';
import { forEachConcurrent, Semaphore } from './pool.ts';
import { pairKey, SchedulerQueries, type CommunitySchedule } from '../store/scheduling.ts';
import { withPodiumCard } from './podium.ts';
import { weeklySummaryReply } from './weekly.ts';

export interface SchedulerOptions {
  core: StudyCore;
  /** One per platform (by adapter.platform). Communities of other platforms are left alone. */
  adapters: PlatformAdapter[];
  clock?: Clock;
  log: Logger;
  /** Names this process in claims; default hostname:pid:random. */
  instanceId?: string;
  /** How long a claim is held before another instance may take it over. Default 5 minutes. */
  leaseMs?: number;
  /** Default every minute. */
  cronExpression?: string;
  /**
   * Longest wait for one platform call (real time). A hung call must not hold a tick forever, and
   * it stays well inside the lease so a slow send is not taken over while still in flight.
   */
  sendTimeoutMs?: number;
  /** Sends tried per post (and per weekly summary) before it is given up as failed. Default 5. */
  maxAttempts?: number;
}

export interface TickReport {
  /** Communities whose post was due at this tick (and not held by a live instance). */
  due: number;
  /** Daily posts this instance sent. */
  posted: number;
  /** Due posts another instance claimed first. */
  skipped: number;
  /** Sends that failed (retried on a later tick until maxAttempts, then marked failed). */
  failed: number;
  /** Yesterday's questions closed. */
  closed: number;
  /** Weekly summaries sent. */
  weekly: number;
}

type Outcome = 'posted' | 'skipped' | 'failed';
/** Runs one platform call within the platform's concurrency limit. */
type Paced = <T>(call: () => Promise<T>) => Promise<T>;

const DEFAULT_LEASE_MS = 5 * 60_000;
const DEFAULT_SEND_TIMEOUT_MS = 60_000;
const DEFAULT_CONCURRENCY = 8;
/** UTC+14 (Line Islands) is the first zone to start a date: no post dated on or after its today has ended. */
const EARLIEST_ZONE_OFFSET_MS = 14 * 3_600_000;

class SendTimeout extends Error {
  constructor(ms: number) {
    super(`the platform did not answer within ${ms} ms`);
    this.name = 'SendTimeout';
  }
}

/**
 * Pause before retrying a failed send: 1, 2, 4, ... minutes, at most 30, so a platform outage of a
 * couple of hours still gets the day's post out (with the default 10 attempts) without hammering it.
 */
export function retryDelayMs(attempts: number): number {
  return Math.min(30, 2 ** Math.max(0, attempts - 1)) * 60_000;
}

const emptyReport = (): TickReport => ({ due: 0, posted: 0, skipped: 0, failed: 0, closed: 0, weekly: 0 });

export class Scheduler {
  readonly instanceId: string;
  private readonly core: StudyCore;
  private readonly adapters = new Map<string, PlatformAdapter>();
  private readonly clock: Clock;
  private readonly log: Logger;
  private readonly leaseMs: number;
  private readonly cronExpression: string;
  private readonly sendTimeoutMs: number;
  private readonly maxAttempts: number;
  private readonly queries: SchedulerQueries;
  private task: ScheduledTask | undefined;
  private readonly inFlight = new Set<Promise<TickReport>>();

  constructor(options: SchedulerOptions) {
    this.core = options.core;
    for (const adapter of options.adapters) this.adapters.set(adapter.platform, adapter);
    this.clock = options.clock ?? systemClock;
    this.instanceId = options.instanceId ?? `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
    this.log = options.log.child({ component: 'scheduler', instance: this.instanceId });
    this.leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
    this.cronExpression = options.cronExpression ?? '* * * * *';
    this.sendTimeoutMs = options.sendTimeoutMs ?? Math.min(DEFAULT_SEND_TIMEOUT_MS, this.leaseMs / 2);
    this.maxAttempts = options.maxAttempts ?? 10;
    if (!validate(this.cronExpression)) {
      throw new Error(`The scheduler's cron expression "${this.cronExpression}" is not valid.`);
    }
    if (this.sendTimeoutMs >= this.leaseMs) {
      this.log.warn(
        { sendTimeoutMs: this.sendTimeoutMs, leaseMs: this.leaseMs },
        'send timeout is not shorter than the lease: a slow send may be taken over and posted twice',
      );
    }
    this.queries = new SchedulerQueries(this.core.services.store.db);
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
    this.log.info({ cron: this.cronExpression, leaseMs: this.leaseMs }, 'scheduler started');
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
    const pass = this.pass();
    this.inFlight.add(pass);
    try {
      return await pass;
    } finally {
      this.inFlight.delete(pass);
    }
  }

  private async guardedTick(reason: 'start-up' | 'cron' | 'adapter started'): Promise<void> {
    if (this.inFlight.size > 0) {
      this.log.debug({ reason }, 'tick skipped: the previous one is still running');
      return;
    }
    await this.tick();
  }

  private async pass(): Promise<TickReport> {
    const report = emptyReport();
    const started = performance.now();
    const platforms = [...this.adapters.keys()];
    try {
      const schedules = platforms.length > 0 ? await this.queries.activeSchedules(platforms) : [];
      const days = this.localDays(schedules);
      await this.postDue(schedules, days, report);
      await this.sendWeeklies(schedules, days, report);
    } catch (err) {
      this.log.error({ err }, 'tick failed; the next tick tries again');
    }
    try {
      await this.closeFinishedDays(platforms, report);
    } catch (err) {
      this.log.error({ err }, 'closing finished days failed; the next tick tries again');
    }
    const ms = Math.round(performance.now() - started);
    const busy = report.due + report.closed + report.weekly > 0;
    this.log[busy ? 'info' : 'debug']({ ...report, ms }, 'tick done');
    return report;
  }

  private localDays(communities: CommunitySchedule[]): Map<number, LocalDay> {
    const now = this.clock.now();
    const days = new Map<number, LocalDay>();
    const localDays = new LocalDays(now);
    for (const community of communities) {
      const day = localDays.of(community);
      if (day) days.set(community.id, day);
      else
        this.log.warn(
          { community: community.id, timezone: community.timezone, postTime: community.postTime },
          'community has an unusable timezone or post time; skipped until /setup fixes it',
        );
    }
    return days;
  }

  // ---- daily posts ------------------------------------------------------------------------

  private async postDue(communities: CommunitySchedule[], days: Map<number, LocalDay>, report: TickReport) {
    const now = this.clock.now();
    const scheduled = communities.filter((c) => days.has(c.id));
    const posts = await this.queries.postsOn(
      scheduled.map((c) => c.id),
      unique(scheduled.map((c) => days.get(c.id)!.today)),
    );
    const dueIds = scheduled
      .filter((c) => {
        const day = days.get(c.id)!;
        return isDue(now, day, posts.get(pairKey(c.id, day.today)));
      })
      .map((c) => c.id);
    report.due = dueIds.length;
    if (dueIds.length === 0) return;
    // Re-read in full for the adapters; one paused since the first read is left alone.
    const due = (await this.queries.communitiesByIds(dueIds)).filter((c) => c.active);

    const total = due.length;
    const every = Math.max(1, Math.ceil(total / 10));
    let done = 0;
    this.log.info({ total }, `daily broadcast: ${total} due`);
    await this.perPlatform(due, async (community, adapter, paced) => {
      const outcome = await this.postDaily(community, days.get(community.id)!.today, adapter, paced);
      report[outcome] += 1;
      done += 1;
      if (done % every === 0 || done === total) {
        this.log.info(
          { done, total, posted: report.posted, failed: report.failed, skipped: report.skipped },
          `daily broadcast: ${done} of ${total} (${report.failed} failed)`,
        );
      }
    });
  }

  /** Claims, sends and records one community's post. Never throws: one failure blocks nobody. */
  private async postDaily(
    community: Community,
    today: LocalDate,
    adapter: PlatformAdapter,
    paced: Paced,
  ): Promise<Outcome> {
    const { store, content } = this.core.services;
    let post: DailyPost | null;
    try {
      // The content for a new row; a pending row (made earlier by /daily) keeps its own.
      const pick = content.daily(today);
      post = await store.dailyPosts.claim(
        community.id,
        today,
        { factId: pick.fact.id, questionId: pick.question.id },
        this.instanceId,
        this.clock.now(),
        this.leaseMs,
      );
    } catch (err) {
      this.log.error({ err, community: community.id, date: today }, 'could not claim the daily post');
      countDaily(community, 'retried');
      return 'failed';
    }
    if (!post) return 'skipped';
    if (post.attempts > this.maxAttempts) {
      // Sends that timed out are retried when their lease ends without passing through the error
      // path; this bounds them too, so a platform that keeps timing out cannot be posted to all day.
      this.log.warn(
        { community: community.id, date: today, attempts: post.attempts },
        'daily post given up for today',
      );
      await store.dailyPosts.release(post.id, this.instanceId, true).catch(() => undefined);
      countDaily(community, 'failed');
      return 'failed';
    }

    const claimed = post;
    const call: { sending?: Promise<SentPost> } = {};
    try {
      const reply = this.core.dailyReply(community, claimed);
      const parts = dailyParts(store, claimed, this.instanceId);
      const sent = await paced(() => {
        call.sending = Promise.resolve().then(() => adapter.sendDaily(community, reply, parts));
        return this.withTimeout(call.sending);
      });
      countDaily(community, 'sent');
      await this.recordPosted(community, claimed, sent);
      return 'posted';
    } catch (err) {
      if (err instanceof SendTimeout && call.sending) {
        // The platform may still accept it. Keep the claim: if the send completes we record it;
        // if not, the lease ends and any instance retries. Releasing now would invite a double post.
        call.sending.then(
          (sent) => this.recordPosted(community, claimed, sent),
          (late: unknown) =>
            this.log.warn({ err: late, community: community.id }, 'a timed-out daily post failed later'),
        );
        this.log.warn(
          {
            community: community.id,
            platform: community.platform,
            date: today,
            timeoutMs: this.sendTimeoutMs,
          },
          'daily post timed out; it is retried when its lease ends unless the platform answers first',
        );
        countDaily(community, 'retried');
        return 'failed';
      }
      await this.giveBack(community, err, claimed.attempts, (failed, retryAt) =>
        store.dailyPosts.release(claimed.id, this.instanceId, failed, retryAt),
      );
      return 'failed';
    }
  }

  private async recordPosted(community: Community, post: DailyPost, sent: SentPost): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        const ok = await this.core.services.store.dailyPosts.markPosted(
          post.id,
          this.instanceId,
          sent,
          this.clock.now(),
        );
        if (ok && sent.answerRef) {
          const answerRef = sent.answerRef;
          this.core.services.store.dailyPosts.remember({
            ...post,
            answerRef,
            messageRef: sent.messageRef,
            state: 'posted',
            community,
          });
        }
        if (!ok) {
          this.log.warn(
            { community: community.id, post: post.id, messageRef: sent.messageRef },
            'daily post was sent after its claim passed to another instance: the community may see it twice',
          );
        }
        return;
      } catch (err) {
        if (attempt >= 3) {
          this.log.error(
            { err, community: community.id, post: post.id, messageRef: sent.messageRef },
            'daily post was sent but could not be recorded; it will be sent again after the lease',
          );
          return;
        }
        await sleep(200 * attempt);
      }
    }
  }

  /**
   * After a failed send: an unreachable community is deactivated (its admins re-enable it with
   * /setup); any other error gives the claim back for a later tick, until maxAttempts.
   */
  private async giveBack(
    community: Community,
    err: unknown,
    attempts: number,
    release: (failed: boolean, retryAt: Date | null) => Promise<void>,
  ): Promise<void> {
    try {
      if (err instanceof CommunityUnreachableError) {
        this.log.warn(
          {
            community: community.id,
            platform: community.platform,
            chat: community.externalId,
            reason: err.message,
          },
          'community unreachable: marked inactive until an admin runs /setup again',
        );
        countDaily(community, 'failed');
        await this.core.services.store.communities.setActive(community.id, false, err.message);
        await release(true, null);
        return;
      }
      const final = attempts >= this.maxAttempts;
      countDaily(community, final ? 'failed' : 'retried');
      const retryAt = final ? null : new Date(this.clock.now().getTime() + retryDelayMs(attempts));
      this.log.warn(
        { err, community: community.id, platform: community.platform, attempts, final, retryAt },
        final ? 'send failed for the last time; given up for today' : 'send failed; retried after a pause',
      );
      await release(final, retryAt);
    } catch (dbErr) {
      this.log.error(
        { err: dbErr, community: community.id },
        'could not give the claim back; its lease will',
      );
    }
  }

  // ---- weekly summaries -------------------------------------------------------------------

  /** On a community's Sunday, once its daily post is done: the week's top three and Mains prompt. */
  private async sendWeeklies(
    communities: CommunitySchedule[],
    days: Map<number, LocalDay>,
    report: TickReport,
  ) {
    const now = this.clock.now();
    const sundays = communities.filter((c) => {
      const day = days.get(c.id);
      return day !== undefined && isSunday(day.today) && now < day.endsAt;
    });
    if (sundays.length === 0) return;
    const ids = sundays.map((c) => c.id);
    const todays = unique(sundays.map((c) => days.get(c.id)!.today));
    // Read after the broadcast, so posts sent at this very tick count.
    const posts = await this.queries.postsOn(ids, todays);
    const weeklies = await this.queries.weekliesOn(ids, unique(todays.map(weekStart)));
    const readyIds = sundays.filter((c) => {
      const today = days.get(c.id)!.today;
      const post = posts.get(pairKey(c.id, today));
      if (!post || (post.state !== 'posted' && post.state !== 'failed')) return false;
      const weekly = weeklies.get(pairKey(c.id, weekStart(today)));
      if (!weekly || weekly.state === 'pending') return true;
      return weekly.state === 'claimed' && weekly.leaseUntil !== null && weekly.leaseUntil < now;
    });
    if (readyIds.length === 0) return;
    const ready = await this.queries.communitiesByIds(readyIds.map((c) => c.id));
    await this.perPlatform(ready, async (community, adapter, paced) => {
      if (await this.sendWeekly(community, days.get(community.id)!.today, adapter, paced)) report.weekly += 1;
    });
    this.log.info({ sent: report.weekly, of: ready.length }, 'weekly summaries done');
  }

  private async sendWeekly(
    community: Community,
    today: LocalDate,
    adapter: PlatformAdapter,
    paced: Paced,
  ): Promise<boolean> {
    const { store, content } = this.core.services;
    const week = weekStart(today);
    const claim = await this.queries
      .claimWeekly(community.id, week, this.instanceId, this.clock.now(), this.leaseMs)
      .catch((err: unknown) => {
        this.log.error({ err, community: community.id }, 'could not claim the weekly summary');
        return null;
      });
    if (!claim) return false;
    try {
      const top = await store.standings.weekTop(community.id, week, 3);
      const text = weeklySummaryReply(week, top, content.mainsOfWeek(today));
      const reply = await withPodiumCard(this.core.services, community, week, top, text);
      await paced(() =>
        this.withTimeout(Promise.resolve().then(() => adapter.sendMessage(community, reply))),
      );
    } catch (err) {
      // A timed-out summary keeps its claim like a daily post; the lease decides the retry.
      if (err instanceof SendTimeout) {
        this.log.warn({ community: community.id }, 'weekly summary timed out; retried when its lease ends');
        return false;
      }
      await this.giveBack(community, err, claim.attempts, (failed, retryAt) =>
        this.queries.releaseWeekly(claim.id, this.instanceId, failed, retryAt),
      );
      return false;
    }
    const ok = await this.queries.markWeeklySent(claim.id, this.instanceId, this.clock.now()).catch((err) => {
      this.log.error({ err, community: community.id }, 'weekly summary sent but not recorded');
      return false;
    });
    return ok;
  }

  // ---- closing finished days --------------------------------------------------------------

  /**
   * Closes the questions of local days that are over (stops Telegram polls, disables buttons).
   * Each post is marked closed first, by one instance, then closed on the platform: best effort,
   * a failure is logged and not retried (the core refuses late answers either way).
   */
  private async closeFinishedDays(platforms: string[], report: TickReport): Promise<void> {
    if (platforms.length === 0) return;
    const now = this.clock.now();
    const latestDate = localDateOf(new Date(now.getTime() + EARLIEST_ZONE_OFFSET_MS), 'UTC');
    const open = await this.queries.openPosts(platforms, latestDate);
    const ends = new Map<string, Date>();
    const ended = open.filter((p) => {
      const key = `${p.localDate}|${p.timezone}`;
      let end = ends.get(key);
      if (!end) ends.set(key, (end = endOfLocalDate(p.localDate, p.timezone)));
      return Number.isNaN(end.getTime()) || end <= now;
    });
    const taken = new Set(
      await this.queries.takeForClosing(
        ended.map((p) => p.id),
        now,
      ),
    );
    if (taken.size === 0) return;
    const mine = ended.filter((p) => taken.has(p.id));
    const communities = new Map(
      (await this.queries.communitiesByIds(unique(mine.map((p) => p.communityId)))).map((c) => [c.id, c]),
    );
    const items = mine.flatMap((p) => {
      const community = communities.get(p.communityId);
      return community ? [{ post: p, community }] : [];
    });
    await this.perPlatform(
      items,
      async ({ post, community }, adapter, paced) => {
        try {
          const close = adapter.closeDaily?.bind(adapter);
          const messageRef = post.messageRef;
          if (close && messageRef) {
            await paced(() =>
              this.withTimeout(Promise.resolve().then(() => close(community, messageRef, post.id))),
            );
          }
          report.closed += 1;
        } catch (err) {
          this.log.warn(
            { err, community: community.id, post: post.id },
            'could not close a finished daily question',
          );
        }
      },
      (item) => item.community.platform,
    );
  }

  // ---- helpers ----------------------------------------------------------------------------

  /**
   * Runs work for each item through its platform's adapter: platforms in parallel, each with at
   * most adapter.sendConcurrency platform calls in flight (the calls wrapped in `paced`). Twice as
   * many workers as calls, so one post's database work overlaps the others' platform calls.
   */
  private async perPlatform<T>(
    items: T[],
    work: (item: T, adapter: PlatformAdapter, paced: Paced) => Promise<void>,
    platformOf: (item: T) => string = (item) => (item as Community).platform,
  ): Promise<void> {
    const groups = new Map<string, T[]>();
    for (const item of items) {
      const platform = platformOf(item);
      const group = groups.get(platform);
      if (group) group.push(item);
      else groups.set(platform, [item]);
    }
    await Promise.all(
      [...groups].map(([platform, group]) => {
        const adapter = this.adapters.get(platform);
        if (!adapter) return Promise.resolve();
        const limit = Math.max(1, Math.floor(adapter.sendConcurrency ?? DEFAULT_CONCURRENCY));
        const calls = new Semaphore(limit);
        const paced: Paced = (call) => calls.run(call);
        return forEachConcurrent(group, limit * 2, (item) => work(item, adapter, paced));
      }),
    );
  }

  private withTimeout<T>(work: Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new SendTimeout(this.sendTimeoutMs)), this.sendTimeoutMs);
    });
    return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
  }
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Counts a daily post's outcome for /metrics. */
function countDaily(community: Community, outcome: 'sent' | 'retried' | 'failed') {
  metrics.dailyPosts.inc({ platform: community.platform, outcome });
}
