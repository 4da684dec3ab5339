// Runs PostgreSQL's own programs: initdb for a new data folder, then the server, which is ready
// when it says so on stderr. As root both run as the `postgres` user (uid/gid given).
import { spawn, type ChildProcess } from 'node:child_process';
import { chown, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { PostgresBinaries } from './binaries.ts';
import type { RunAs } from './reach.ts';

export interface ServerSettings {
  bins: PostgresBinaries;
  dataDir: string;
  port: number;
  user: string;
  password: string;
  runAs?: RunAs | undefined;
  onLog(line: string): void;
}

const env = () => ({ ...process.env, LC_ALL: 'C', LC_MESSAGES: 'C' });

function run(command: string, args: string[], s: ServerSettings): ChildProcess {
  return spawn(command, args, {
    cwd: path.dirname(s.dataDir),
    env: env(),
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(s.runAs ? { uid: s.runAs.uid, gid: s.runAs.gid } : {}),
  });
}

/** Creates the data folder (which must not exist or be empty). */
export async function initdb(s: ServerSettings): Promise<void> {
  const pwfile = path.join(path.dirname(s.dataDir), `.pwfile-${process.pid}`);
  await writeFile(pwfile, `${s.password}\n`, { mode: 0o600 });
  try {
    if (s.runAs) await chown(pwfile, s.runAs.uid, s.runAs.gid);
    const child = run(
      s.bins.initdb,
      [
        `--pgdata=${s.dataDir}`,
        '--auth=password',
        `--username=${s.user}`,
        `--pwfile=${pwfile}`,
        '--encoding=UTF8',
        '--locale=C',
      ],
      s,
    );
    let output = '';
    child.stdout!.on('data', (d: Buffer) => s.onLog(d.toString()));
    child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
    const code = await new Promise<number | null>((resolve, reject) => {
      child.on('error', reject);
      child.on('close', resolve);
    });
    if (code !== 0) throw new Error(`initdb failed (exit ${code}): ${output.trim()}`);
  } finally {
    await rm(pwfile, { force: true });
  }
}

export interface RunningServer {
  pid: number;
  stop(): Promise<void>;
}

/** Starts the server and resolves once it accepts connections; rejects with its output if it ends. */
export async function startServer(s: ServerSettings): Promise<RunningServer> {
  const child = run(
    s.bins.postgres,
    [
      '-D',
      s.dataDir,
      '-p',
      String(s.port),
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'max_connections=200',
      '-c',
      'fsync=on',
    ],
    s,
  );
  let output = '';
  child.stdout!.resume();
  await new Promise<void>((resolve, reject) => {
    child.on('error', reject);
    child.stderr!.on('data', (d: Buffer) => {
      const text = d.toString();
      output += text;
      s.onLog(text);
      if (text.includes('database system is ready to accept connections')) resolve();
    });
    child.on('close', (code) =>
      reject(new Error(`PostgreSQL stopped while starting (exit ${code}): ${output.trim()}`)),
    );
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    pid: child.pid!,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGINT'); // fast shutdown: ends sessions, checkpoints, removes postmaster.pid
      await exited;
    },
  };
}
