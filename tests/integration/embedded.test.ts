// The embedded PostgreSQL must leave the process's exit code alone (a failed test run must fail)
// and must not be left running, or locked, when the process crashes.
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..', '..');
let dataDir: string;
const child = (ending: string) =>
  spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join(root, 'tests', 'fixtures', 'embedded-child.ts'), dataDir, ending],
    {
      cwd: root,
      encoding: 'utf8',
      timeout: 60_000,
    },
  );

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'studybot-embedded-'));
});
afterAll(() => rm(dataDir, { recursive: true, force: true }));

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
});
