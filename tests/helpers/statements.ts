// Counts the SQL statements this test file's process sends, at the driver: pg's Client.query, which
// every statement Prisma sends goes through. For the tests that hold a path to a statement budget.
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';

/** Registers the hooks that wrap and restore Client.query; read `.count` before and after the work. */
export function countStatementsInFile(): { readonly count: number } {
  const counter = { count: 0 };
  const query = pg.Client.prototype.query;
  beforeAll(() => {
    pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
      counter.count += 1;
      return (query as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof query;
  });
  afterAll(() => {
    pg.Client.prototype.query = query;
  });
  return counter;
}
