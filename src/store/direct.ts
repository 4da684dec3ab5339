// The vote's statement straight on the `pg` pool under Prisma's adapter. Prisma's runtime costs more
// CPU per raw statement than the statement's own round trip through `pg` (2.1 ms against 0.8 ms on
// the 2-core bench machine, bench/vote-rate.bench.ts), and at a rush of votes that CPU is what keeps
// the webhook's answers waiting. Same pool (no extra connections), same statement names, same
// query-latency metric; the rest of the app stays on Prisma's API. Values are converted as Prisma
// converts them: a Date parameter as UTC, a `date` column as UTC midnight.
import pg from 'pg';
import type { Prisma } from '../generated/prisma/client.ts';
import { metrics } from '../metrics/index.ts';
import { poolOf, statementName, type Db } from './db.ts';

const DATE_OID = 1082;

const types: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === DATE_OID
      ? (value: string) => new Date(`${value}T00:00:00Z`)
      : pg.types.getTypeParser(oid, format)) as pg.CustomTypesConfig['getTypeParser'],
};

/**
 * Runs a raw SQL statement (as `$queryRaw` would) on the client's pool. Until Prisma has connected
 * the pool, or once it has been closed, it goes through `$queryRaw`, which connects.
 */
export async function queryDirect<T>(db: Db, sql: Prisma.Sql): Promise<T[]> {
  const pool = poolOf(db);
  if (!pool || pool.ending || pool.ended) return db.$queryRaw<T[]>(sql);
  const stop = metrics.queries.startTimer();
  try {
    const result = await pool.query({
      name: statementName(sql.text),
      text: sql.text,
      values: sql.values.map((value) => (value instanceof Date ? value.toISOString() : value)),
      types,
    });
    return result.rows as T[];
  } finally {
    stop();
  }
}
