// The README's promise: `printf '...' | npm start` on a fresh machine answers every line, with an
// embedded PostgreSQL whose data a second run finds again.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..', '..');
let dataDir: string;

function startBot(
  input: string,
  extraEnv: Record<string, string> = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, ...extraEnv };
    for (const k of ['DATABASE_URL', 'TEST_DATABASE_URL', 'TELEGRAM_BOT_TOKEN', 'DISCORD_TOKEN', 'LOG_LEVEL'])
      if (!(k in extraEnv)) delete env[k];
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: root,
      env,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 90_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    child.stdin.end(input);
  });
}

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'studybot-terminal-'));
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe('the terminal chat (npm start with no platform token)', () => {
  it('answers each piped command, then exits 0; a second run finds the first run’s data', async () => {
    const first = await startBot(
      `/fact cepa\n/quiz\n/practice A\n/daily\n/answer B\n/streak\n/leaderboard\n/frobnicate\n/fact ${'x'.repeat(10_000)}\n/setup 08:00 Nowhere/Land\nhello\n`,
    );
    expect(first.stderr).not.toMatch(/crash|Error:/);
    expect(first.code).toBe(0);
    const out = first.stdout;
    expect(out).toMatch(/Comprehensive Economic Partnership Agreement/i);
    expect(out).toMatch(/Practice question:/);
    expect(out).toMatch(/Practice questions do not change your streak/);
    expect(out).toMatch(/Question: /);
    expect(out).toMatch(/Streak: 1 day/);
    expect(out).toMatch(/Current streak: 1 day/);
    expect(out).toMatch(/Leaderboard · this week/);
    expect(out).toMatch(/don't know the command \/frobnicate/);
    expect(out).toMatch(/too long/);
    expect(out).toMatch(/not a timezone I know/);
    expect(out).toMatch(/Commands start with a slash/);

    const second = await startBot('/streak\n/answer C\n');
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/Current streak: 1 day/);
    expect(second.stdout).toMatch(/already answered \(b\) today/);
  }, 180_000);

  it('skips today, posts it after all with /postnow (once), and previews tomorrow', async () => {
    const run = await startBot('/preview\n/skip\n/daily\n/postnow\n/postnow\n/skip\n');
    expect(run.stderr).not.toMatch(/crash|Error:/);
    expect(run.code).toBe(0);
    // The terminal wraps long lines: compare words, not line breaks.
    const out = run.stdout.replace(/\s+/g, ' ');
    expect(out).toMatch(/Tomorrow's post · /);
    expect(out).toMatch(/Answer: \(/);
    expect(out).toMatch(/No daily post today \(.+\), and streaks don't break over a skipped day/);
    expect(out).toMatch(/An admin skipped today's question/);
    expect(out).toMatch(/Today's fact and question are posted\./);
    expect(out).toMatch(/Today was skipped; it is an ordinary day again\./);
    expect(out).toMatch(/Today's post has already gone out \(or is going out right now\)/);
    expect(out).toMatch(/has already gone out, so today can't be skipped/);
    // The post itself was printed once, between the first /postnow and its confirmation.
    expect(out.split('> /postnow')[1]).toMatch(/Daily fact · /);
  }, 120_000);

  it('refuses to start on a bad setting, naming it', async () => {
    const r = await startBot('/help\n', { DEFAULT_TIMEZONE: 'Mars/Olympus' });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/DEFAULT_TIMEZONE: expected an IANA timezone/);
  }, 60_000);
});
