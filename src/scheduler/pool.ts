// Bounded concurrency for broadcasts: a platform's pace is the number of its calls in flight.

/** Runs work over a list with at most `limit` items in flight. */
export async function forEachConcurrent<T>(
  items: readonly T[],
  limit: number,
  work: (item: T, index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      // `work` handles its own errors; this guard only keeps one bug from stopping a worker.
      await work(items[index] as T, index).catch(() => undefined);
    }
  };
  const width = Math.max(1, Math.min(Math.floor(limit) || 1, items.length));
  await Promise.all(Array.from({ length: width }, worker));
}

/**
 * At most `limit` holders at once. The broadcast runs more workers than the platform's limit, so
 * the database work of one post (claim, record) overlaps the platform calls of others, and only
 * the platform calls themselves queue here.
 */
export class Semaphore {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly limit: number) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.active >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.active += 1;
    try {
      return await work();
    } finally {
      const next = this.waiting.shift();
      // The slot passes straight to the next waiter, so `active` only drops when nobody waits.
      if (next) next();
      else this.active -= 1;
    }
  }
}
