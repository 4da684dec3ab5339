// Starts one real PostgreSQL for the test run and migrates a template database that every test
// file clones. Uses TEST_DATABASE_URL (or DATABASE_URL) when set, an embedded server otherwise.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { createLogger } from '../../src/log.ts';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../src/store/embedded.ts';
import { migrate } from '../../src/store/migrate.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresAdminUrl: string;
    templateDatabase: string;
  }
}

let embedded: EmbeddedDatabase | undefined;
let dataDir: string | undefined;

export async function setup(project: TestProject) {
  const given = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  let adminUrl: string;
  if (given) {
    adminUrl = given;
  } else {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'studybot-test-pg-'));
    embedded = await startEmbeddedPostgres(dataDir, createLogger('warn', false), 'postgres');
    adminUrl = embedded.url;
  }
  const template = `studybot_template_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${template}"`);
  await admin.query(`CREATE DATABASE "${template}"`);
  await admin.end();
  const templateUrl = new URL(adminUrl);
  templateUrl.pathname = `/${template}`;
  await migrate(templateUrl.toString());
  project.provide('postgresAdminUrl', adminUrl);
  project.provide('templateDatabase', template);

  return async () => {
    if (given) {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
      await c.end();
    }
    await embedded?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  };
}
