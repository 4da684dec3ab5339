// Times every SQL statement Prisma sends, at the driver adapter: the one place all of them pass
// (typed queries, raw SQL and statements inside transactions alike), so the histogram's count is
// the number of statements the app ran and its sum the time they took, pool wait included. (The
// BEGIN that opens a transaction is the adapter's own, sent before it hands the transaction over.)
import type { PrismaPg } from '@prisma/adapter-pg';
import type pg from 'pg';
import { metrics } from '../metrics/index.ts';

type Adapter = Awaited<ReturnType<PrismaPg['connect']>>;
type Queryable = Pick<Adapter, 'queryRaw' | 'executeRaw'>;

function timed<T extends Queryable>(target: T): T {
  return new Proxy(target, {
    get(obj, key, receiver) {
      const value: unknown = Reflect.get(obj, key, receiver);
      if (typeof value !== 'function') return value;
      if (key === 'queryRaw' || key === 'executeRaw') {
        return async (...args: unknown[]) => {
          const stop = metrics.queries.startTimer();
          try {
            return await (value as (...a: unknown[]) => Promise<unknown>).apply(obj, args);
          } finally {
            stop();
          }
        };
      }
      if (key === 'startTransaction') {
        return async (...args: unknown[]) =>
          timed((await (value as (...a: unknown[]) => Promise<Queryable>).apply(obj, args)) as Queryable);
      }
      return (value as (...a: unknown[]) => unknown).bind(obj);
    },
  });
}

/**
 * The adapter factory, with each connection it makes timed; `onConnect` learns the `pg` pool each
 * connection uses (a new one if Prisma reconnects after a disconnect).
 */
export function timedAdapter(factory: PrismaPg, onConnect?: (pool: pg.Pool) => void): PrismaPg {
  return new Proxy(factory, {
    get(obj, key, receiver) {
      if (key === 'connect')
        return async () => {
          const adapter = await obj.connect();
          onConnect?.(adapter.underlyingDriver());
          return timed(adapter);
        };
      const value: unknown = Reflect.get(obj, key, receiver);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(obj) : value;
    },
  });
}
