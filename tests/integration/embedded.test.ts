// The embedded PostgreSQL must leave the process's exit code alone (a failed test run must fail)
// and must not be left running, or locked, when the process crashes.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..', '..');
let dataDir: string;
let holder: ChildProcess | undefined;
const fixture = (ending: string) => [
  '--import',
  'tsx',
  path.join(root, 'tests', 'fixtures', 'embedded-child.ts'),
  dataDir,
  ending,
];
const child = (ending: string) =>
  spawnSync(process.execPath, fixture(ending), {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
  });

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'studybot-embedded-'));
});
afterAll(async () => {
  // A failed run must not leave the holder and its server behind: end it, let a start reclaim.
  if (holder && holder.exitCode === null && holder.signalCode === null) {
    holder.kill('SIGKILL');
    child('exit-code');
  }
  await rm(dataDir, { recursive: true, force: true });
});

describe('embedded PostgreSQL and the process around it', () => {
  it('keeps the exit code the process set', () => {
    expect(child('exit-code').status).toBe(3);
  }, 60_000);

  it('after a crash with the server running, the next start works', () => {
    const crashed = child('crash');
    expect(crashed.status).toBe(1);
    expect(crashed.stderr).toMatch(/simulated crash/);
    expect(child('exit-code').status).toBe(3);
  }, 90_000);

  it('a server left running by a kill -9 is reclaimed; one held by a live studybot is refused', async () => {
    const held = spawn(process.execPath, fixture('hold'), { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    holder = held;
    const exited = new Promise((resolve) => held.on('exit', resolve));
    await new Promise<void>((resolve, reject) => {
      held.stdout.on('data', (d: Buffer) => d.toString().includes('ready') && resolve());
      held.on('exit', () => reject(new Error('the holder ended before the server was up')));
    });
    const refused = child('exit-code');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(new RegExp(`in use by studybot process ${held.pid}: stop that one first`));

    held.kill('SIGKILL'); // the OOM killer: no handler runs, PostgreSQL stays up
    await exited;
    expect(child('exit-code').status).toBe(3);
  }, 120_000);
});
