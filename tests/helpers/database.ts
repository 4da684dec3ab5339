// A fresh, migrated database for one test file, cloned from the run's template.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { createPrisma, warmUp, type Db } from '../../src/store/db.ts';
import { createStore, type Store } from '../../src/store/index.ts';

export interface TestDatabase {
  url: string;
  db: Db;
  store: Store;
  drop(): Promise<void>;
}

export async function createTestDatabase(poolSize = 10): Promise<TestDatabase> {
  const adminUrl = inject('postgresAdminUrl');
  const template = inject('templateDatabase');
  const name = `studybot_test_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  await admin.end();
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  const url = u.toString();
  const db = createPrisma(url, poolSize);
  await warmUp(db); // as the app does at start (src/store/db.ts)
  return {
    url,
    db,
    store: createStore(db),
    async drop() {
      await db.$disconnect();
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}
