// Which sends are broadcasts: the scheduler's daily posts and summaries, and follow-ups nobody is
// waiting on (a vote's private solution), run inside asBroadcast(), so the pacer they share with
// interactive replies lets a waiting reply go first. AsyncLocalStorage
// carries the mark through every await down to the platform call, so no send signature changes.
import { AsyncLocalStorage } from 'node:async_hooks';

export type Priority = 'reply' | 'broadcast';

const broadcasting = new AsyncLocalStorage<true>();

/** Runs scheduled work whose platform calls yield to interactive replies. */
export function asBroadcast<T>(work: () => Promise<T>): Promise<T> {
  return broadcasting.run(true, work);
}

/** The priority of a send made now: a broadcast inside asBroadcast(), a reply otherwise. */
export function currentPriority(): Priority {
  return broadcasting.getStore() ? 'broadcast' : 'reply';
}
