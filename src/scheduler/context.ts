// What the scheduler's steps share. The Scheduler class builds one context and hands it to each
// step (tick, deliver, weekly sending, closing), so the steps are plain functions that hold no state
// of their own: the database is the only coordination between ticks and instances.
import type { PlatformAdapter } from '../adapters/types.ts';
import type { StudyCore } from '../core/engine.ts';
import type { Clock } from '../core/types.ts';
import type { Logger } from '../log.ts';
import type { SchedulerQueries } from '../store/scheduling.ts';

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
  /** Reminders members asked for, sent by this instance. */
  reminders: number;
}

/** The scheduler's settings and parts, resolved from SchedulerOptions. */
export interface SchedulerContext {
  readonly core: StudyCore;
  /** Live map: Scheduler.addAdapter adds to it, and the next tick sees the new platform. */
  readonly adapters: ReadonlyMap<string, PlatformAdapter>;
  readonly clock: Clock;
  readonly log: Logger;
  readonly instanceId: string;
  readonly leaseMs: number;
  readonly sendTimeoutMs: number;
  readonly maxAttempts: number;
  readonly queries: SchedulerQueries;
}

export function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
