// The installed `studybot` command, as `npx studybot ...` runs it.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..', '..');
const studybot = (...args: string[]) =>
  spawnSync(process.execPath, [path.join(root, 'bin', 'studybot.js'), ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
  });

describe('studybot CLI', () => {
  it('content check validates the packs and prints counts per section', () => {
    const r = studybot('content', 'check');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/coop-defence\s+\d+\s+\d+/);
    expect(r.stdout).toMatch(/OK: 1 pack, \d+ facts, \d+ questions/);
  });

  it('content export --format json holds at least 45 facts and 90 questions', () => {
    const r = studybot('content', 'export', '--format', 'json');
    expect(r.status).toBe(0);
    const data = JSON.parse(r.stdout) as { packs: { facts: unknown[]; questions: { answer: number }[] }[] };
    expect(data.packs[0]!.facts.length).toBeGreaterThanOrEqual(45);
    expect(data.packs[0]!.questions.length).toBeGreaterThanOrEqual(90);
  });

  it('an unknown command explains the usage and exits non-zero', () => {
    const r = studybot('frobnicate');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/Usage: studybot/);
  });
});
