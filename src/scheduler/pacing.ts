// How the scheduler talks to platforms: each platform's calls run in parallel up to the adapter's
// limit, as broadcasts (src/pacing/priority.ts: replies go first), and no call may hang a tick
// (see SchedulerOptions.sendTimeoutMs).
import type { PlatformAdapter } from '../adapters/types.ts';
import { asBroadcast } from '../pacing/priority.ts';
import type { Community } from '../store/index.ts';
import { forEachConcurrent, Semaphore } from './pool.ts';

/** Runs one platform call within the platform's concurrency limit. */
export type Paced = <T>(call: () => Promise<T>) => Promise<T>;

const DEFAULT_CONCURRENCY = 8;

/**
 * A platform call that outlived its timeout. It may still succeed, so callers keep their claim and
 * let the lease decide the retry rather than give the claim back and invite a double post.
 */
export class SendTimeout extends Error {
  constructor(ms: number) {
    super(`the platform did not answer within ${ms} ms`);
    this.name = 'SendTimeout';
  }
}

/** The call's result, or a SendTimeout after `ms`; the call itself is not cancelled. */
export function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new SendTimeout(ms)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Runs work for each item through its platform's adapter: platforms in parallel, each with at
 * most adapter.sendConcurrency platform calls in flight (the calls wrapped in `paced`). Twice as
 * many workers as calls, so one post's database work overlaps the others' platform calls. Items
 * of a platform without an adapter are left alone.
 */
export async function perPlatform<T>(
  adapters: ReadonlyMap<string, PlatformAdapter>,
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
      const adapter = adapters.get(platform);
      if (!adapter) return Promise.resolve();
      const limit = Math.max(1, Math.floor(adapter.sendConcurrency ?? DEFAULT_CONCURRENCY));
      const calls = new Semaphore(limit);
      // Marked as a broadcast: the adapter's pacer lets interactive replies go first.
      const paced: Paced = (call) => calls.run(() => asBroadcast(call));
      return forEachConcurrent(group, limit * 2, (item) => work(item, adapter, paced));
    }),
  );
}
