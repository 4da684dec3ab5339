// Opens the database: the embedded PostgreSQL when no URL is given, then migrations, then the
// Prisma client (driver adapter over `pg`, no engine binary).
import { createHash } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
import type pg from 'pg';
import { PrismaClient } from '../generated/prisma/client.ts';
import { safeUrl, type Logger } from '../log.ts';
import { startEmbeddedPostgres } from './embedded.ts';
import { timedAdapter } from './timing.ts';
import { migrate } from './migrate.ts';

export type Db = InstanceType<typeof PrismaClient>;

export interface OpenDatabase {
  db: Db;
  url: string;
  close(): Promise<void>;
}

/**
 * Names each distinct SQL text so that every pooled connection prepares it once and PostgreSQL
 * stops re-planning it on every call: bench/answers.bench.ts measured the answer statement at
 * about twice the rate this way. (Behind PgBouncer in transaction mode this needs
 * max_prepared_statements, PgBouncer 1.21+.) Prisma's adapter and store/direct.ts both use it.
 */
const names = new Map<string, string>();
export function statementName(sql: string): string {
  let name = names.get(sql);
  if (name === undefined) {
    name = `studybot_${createHash('sha1').update(sql).digest('hex').slice(0, 16)}`;
    names.set(sql, name);
  }
  return name;
}

/**
 * How long an idle pooled connection is kept. A connection carries what makes a read fast: its
 * prepared statements, and PostgreSQL's plan for each (a named statement is planned with its values
 * for its first five calls, then with a generic plan it keeps) and catalog caches. pg's default
 * (10 s) dropped them between two commands of a quiet community, so a `/leaderboard` a minute after
 * the last one paid a new connection and fresh plans (bench/standings.bench.ts, "after an idle
 * pause").
 */
const IDLE_CONNECTION_MS = 10 * 60_000;

/** The pool under each client createPrisma made, once Prisma has connected it (store/direct.ts). */
const pools = new WeakMap<Db, pg.Pool>();

export function createPrisma(url: string, poolSize = 10, idleMs = IDLE_CONNECTION_MS): Db {
  const pool = { connectionString: url, max: poolSize, idleTimeoutMillis: idleMs };
  const db: Db = new PrismaClient({
    adapter: timedAdapter(
      new PrismaPg(pool, { statementNameGenerator: (query) => statementName(query.sql) }),
      (connected) => pools.set(db, connected),
    ),
  });
  return db;
}

/** The `pg` pool Prisma's adapter uses for this client; undefined until it has connected. */
export function poolOf(db: Db): pg.Pool | undefined {
  return pools.get(db);
}

/**
 * The first query of a client loads Prisma's query compiler (WebAssembly) and opens a connection;
 * on a busy machine that holds the event loop long enough for the first Discord command to miss
 * its 3 s window. Done once at start, before any platform event can wait on it.
 */
export async function warmUp(db: Db): Promise<void> {
  await db.community.findFirst({ select: { id: true } });
}

export async function openDatabase(options: {
  databaseUrl?: string | undefined;
  dataDir: string;
  log: Logger;
}): Promise<OpenDatabase> {
  const { log } = options;
  const embedded = options.databaseUrl ? undefined : await startEmbeddedPostgres(options.dataDir, log);
  const url = options.databaseUrl ?? embedded!.url;
  const db = createPrisma(url);
  // $connect loads the query compiler (WebAssembly: about 100 ms of CPU) and runs no SQL, so it
  // goes on while the migrations wait on the server; the warm-up query waits for both.
  const connecting = db.$connect();
  try {
    const result = await migrate(url);
    if (result.applied.length > 0) log.info({ applied: result.applied }, 'database migrated');
    log.debug({ url: safeUrl(url) }, 'database ready');
    await connecting;
  } catch (err) {
    await connecting.catch(() => undefined);
    await db.$disconnect().catch(() => undefined);
    await embedded?.stop();
    throw err;
  }
  await warmUp(db);
  return {
    db,
    url,
    async close() {
      await db.$disconnect();
      await embedded?.stop();
    },
  };
}
