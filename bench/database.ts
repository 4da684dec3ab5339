// A fresh, migrated database for one bench run: on DATABASE_URL's server when set, else on an
// embedded PostgreSQL in a temporary folder. drop() removes the database (and the embedded server).
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createLogger } from '../src/log.ts';
import { startEmbeddedPostgres } from '../src/store/embedded.ts';
import { migrate } from '../src/store/migrate.ts';

export interface BenchDatabase {
  url: string;
  adminUrl: string;
  drop(): Promise<void>;
}

async function adminQuery(adminUrl: string, sql: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function benchDatabase(label: string): Promise<BenchDatabase> {
  let adminUrl = process.env.DATABASE_URL;
  let stopServer = async () => undefined;
  if (!adminUrl) {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'studybot-bench-pg-'));
    const embedded = await startEmbeddedPostgres(dir, createLogger('warn', false), 'postgres');
    adminUrl = embedded.url;
    stopServer = async () => {
      await embedded.stop();
      await rm(dir, { recursive: true, force: true });
    };
  }
  const name = `studybot_bench_${label}_${randomUUID().replace(/-/g, '').slice(0, 8)}`;
  await adminQuery(adminUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  await migrate(url.toString());
  const admin = adminUrl;
  return {
    url: url.toString(),
    adminUrl: admin,
    async drop() {
      await adminQuery(admin, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => undefined);
      await stopServer();
    },
  };
}
