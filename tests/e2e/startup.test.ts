// Starting where users start it: settings in .env, and a container with no token and no terminal.
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runToEnd, type Finished } from '../helpers/process.ts';

const root = path.resolve(import.meta.dirname, '..', '..');
const bin = path.join(root, 'bin', 'studybot.js');
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'studybot-startup-'));
  // Reachable by the postgres user a root-started server runs as (tests/e2e/private-folder.test.ts
  // covers the folder it cannot enter).
  await chmod(dir, 0o755);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** `studybot start` in `cwd`, with only the given settings (none inherited from this process). */
function start(
  cwd: string,
  env: Record<string, string>,
  stdin: 'ignore' | 'pipe' | 'closed',
  input = '',
): Promise<Finished> {
  const base: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME };
  // 'closed': no stdin at all (fd 0 closed), as some supervisors start a process.
  const [cmd, args] =
    stdin === 'closed' ? ['sh', ['-c', 'exec "$NODE" "$BIN" start <&-']] : [process.execPath, [bin, 'start']];
  return runToEnd(cmd, args, {
    cwd,
    env: { ...base, NODE: process.execPath, BIN: bin, ...env },
    input,
    stdin: stdin === 'closed' ? 'ignore' : stdin,
  });
}

describe('.env', () => {
  it('is read from the folder the bot starts in, and says so without printing values', async () => {
    await writeFile(path.join(dir, '.env'), 'TELEGRAM_BOT_TOKEN=not-a-token-s3cr3t\nDAILY_POST_TIME=25:99\n');
    const r = await start(dir, {}, 'pipe');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Read settings from .*\.env/);
    expect(r.stderr).toMatch(/TELEGRAM_BOT_TOKEN: expected a token/);
    expect(r.stderr).toMatch(/DAILY_POST_TIME: expected a 24-hour time/);
    expect(r.stderr).not.toMatch(/s3cr3t/);
  }, 60_000);

  it('loses to the environment', async () => {
    await writeFile(path.join(dir, '.env'), 'DEFAULT_TIMEZONE=Mars/Olympus\nDAILY_POST_TIME=25:99\n');
    const r = await start(dir, { DEFAULT_TIMEZONE: 'Asia/Tokyo' }, 'pipe');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/DAILY_POST_TIME: expected a 24-hour time/);
    expect(r.stderr).not.toMatch(/DEFAULT_TIMEZONE/);
  }, 60_000);
});

describe('no platform token', () => {
  const settings = () => ({ CONTENT_DIR: path.join(root, 'content'), DATA_DIR: path.join(dir, 'data') });

  it('with no terminal and no piped input (a container), says so and exits 1', async () => {
    const empty = await mkdtemp(path.join(dir, 'container-'));
    for (const stdin of ['ignore', 'closed'] as const) {
      const r = await start(empty, settings(), stdin);
      expect(r.code, `stdin ${stdin}: ${r.stderr}`).toBe(1);
      expect(r.stderr).toMatch(/^No platform token is set \(TELEGRAM_BOT_TOKEN or DISCORD_TOKEN\)/m);
      expect(r.stdout).toBe('');
    }
  }, 60_000);

  it('with piped commands, answers them (the terminal chat for scripts)', async () => {
    const empty = await mkdtemp(path.join(dir, 'script-'));
    const r = await start(empty, settings(), 'pipe', '/help\n');
    expect(r.stderr).not.toMatch(/No platform token/);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/\/streak/);
  }, 90_000);
});
