// The bench database: a fresh database of its own on DATABASE_URL's server, or on an embedded
// PostgreSQL in a temp dir, migrated with src/store/migrate.ts and dropped at the end.
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createLogger, safeUrl } from '../src/log.ts';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../src/store/embedded.ts';
import { migrate } from '../src/store/migrate.ts';

export interface BenchDatabase {
  url: string;
  /** The server's maintenance URL (to cut or inspect connections from outside the bench database). */
  adminUrl: string;
  description: string;
  close(): Promise<void>;
  /** The same as close(): the name the outage and flood benches use. */
  drop(): Promise<void>;
}

/** A fresh database for a bench that measures the app rather than commit durability. */
export function benchDatabase(label: string): Promise<BenchDatabase> {
  return openBenchDatabase(false, label);
}

export async function openBenchDatabase(asyncCommit: boolean, label = ''): Promise<BenchDatabase> {
  const given = process.env.DATABASE_URL?.trim();
  let embedded: EmbeddedDatabase | undefined;
  let dataDir: string | undefined;
  let adminUrl: string;
  if (given) {
    adminUrl = given;
  } else {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'studybot-bench-pg-'));
    embedded = await startEmbeddedPostgres(dataDir, createLogger('warn', false), 'postgres');
    adminUrl = embedded.url;
  }
  const name = `studybot_bench_${label ? `${label}_` : ''}${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  if (asyncCommit) await admin.query(`ALTER DATABASE "${name}" SET synchronous_commit = off`);
  await admin.end();
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  const url = u.toString();
  await migrate(url);
  const close = async () => {
    const c = new pg.Client({ connectionString: adminUrl });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => undefined);
    await c.end();
    await embedded?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  };
  return {
    url,
    adminUrl,
    close,
    drop: close,
    description: given ? `DATABASE_URL server (${safeUrl(given)})` : 'embedded PostgreSQL (temp dir)',
  };
}

export function newPool(url: string, max: number): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max });
  pool.on('error', () => undefined); // an idle client dropped at shutdown is not a bench failure
  return pool;
}
