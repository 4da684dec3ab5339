// Running a study group from the terminal (issue 15 items 3 and 5): the terminal user is the
// group's admin, so /report, /reports, /insights and /export all work there; the export is a file
// on disk, and `studybot content reports` reads the same database afterwards.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..', '..');
let dataDir: string;

function run(args: string[], input = ''): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir };
    for (const k of ['DATABASE_URL', 'TEST_DATABASE_URL', 'TELEGRAM_BOT_TOKEN', 'DISCORD_TOKEN', 'LOG_LEVEL'])
      delete env[k];
    const child = spawn(process.execPath, ['--import', 'tsx', ...args], { cwd: root, env });
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
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'studybot-terminal-community-'));
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe('the terminal as a study group', () => {
  it('reports, lists reports, shows insights, exports a CSV file; content reports prints them by item', async () => {
    const chat = await run(
      ['src/main.ts'],
      '/daily\n/answer B\n/report the year should be 2014\n/report fact\n/reports\n/insights\n/export\n',
    );
    expect(chat.code).toBe(0);
    const out = chat.stdout;
    expect(out).toMatch(/Thank you: report #1 on the question/);
    expect(out).toMatch(/Tell me what is wrong in a few words/);
    // The terminal wraps long lines: the report's number and its text are both in the list.
    expect(out).toMatch(/Open reports: 1 report\n+#1 · question "[\s\S]*the year\s+should\s+be\s+2014/);
    expect(out).toMatch(/Insights · last 14 days/);
    const file = /^File: (.+\.csv)$/m.exec(out)?.[1];
    expect(file).toBeDefined();
    const csv = await readFile(file!, 'utf8');
    expect(csv.replace(/^\uFEFF/, '').split('\r\n')[0]).toMatch(/^rank,name,platform_id,points/);
    expect(csv.split('\r\n')).toHaveLength(3);

    const maintainers = await run(['src/cli.ts', 'content', 'reports']);
    expect(maintainers.code).toBe(0);
    expect(maintainers.stdout).toMatch(
      /^question [a-z0-9-]+ — 1 open, 0 resolved\n {2}".+"\n {2}#1 \[open\] \d{4}-\d\d-\d\d .* the year should be 2014$/m,
    );
    expect(maintainers.stdout).toMatch(/1 report on 1 item/);
  }, 180_000);
});
