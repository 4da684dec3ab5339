// `studybot content lint` through the installed bin, as a teacher runs it on a pack.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './helpers.ts';

const lint = (...args: string[]) =>
  spawnSync(process.execPath, [path.join(repoRoot, 'bin', 'studybot.js'), 'content', 'lint', ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: 60_000,
  });
const fixtures = path.join(repoRoot, 'tests', 'fixtures', 'packs');

/** "question rule" pairs of every finding printed. */
function findings(out: string): string[] {
  const found: string[] = [];
  let question = '(pack)';
  for (const line of out.split('\n')) {
    const q = /^ {2}([a-z0-9-]+)$/.exec(line);
    if (q) question = q[1]!;
    if (/^ {2}totals:/.test(line)) question = '(pack)';
    const f = /^ {4}(error|warning)\s+([a-z-]+)\s/.exec(line);
    if (f) found.push(`${question} ${f[1]} ${f[2]}`);
  }
  return found;
}

describe('content lint', () => {
  it('a pack with every give-away: each rule fires on its question, exit 1', () => {
    const r = lint(path.join(fixtures, 'bad'), '--exam');
    expect(r.status).toBe(1);
    expect(findings(r.stdout)).toEqual(
      expect.arrayContaining([
        'b-longest-echo warning longest-option',
        'b-longest-echo warning stem-echo',
        'b-absolute-number error absolute-word',
        'b-absolute-number error lone-number',
        'b-lone-name warning lone-name',
        'b-duplicate-stem error duplicate-stem',
        'b-duplicate-options error duplicate-options',
        'b-format-mismatch error format-mismatch',
        'b-absolute-statement error absolute-word',
        'b-proposal error proposal-wording',
        'b-proposal warning proposal-flag',
        '(pack) error longest-share',
        '(pack) error exam-size',
        '(pack) error exam-formats',
      ]),
    );
    expect(r.stdout).toContain('formats: single 7, statements 0, how-many 1, pairs 0, assertion-reason 0');
    expect(r.stdout).toContain('key is the single longest option: 5 of 8 (63%)');
    expect(r.stdout).toMatch(/16 errors, 12 warnings$/m);
  });

  it('a clean pack with every format: no findings, exit 0', () => {
    const r = lint(path.join(fixtures, 'good'));
    expect(r.status).toBe(0);
    expect(findings(r.stdout)).toEqual([]);
    expect(r.stdout).toContain('formats: single 1, statements 1, how-many 1, pairs 1, assertion-reason 1');
    expect(r.stdout).toMatch(/^0 errors, 0 warnings$/m);
  });

  it('the shipped pack meets the exam standard: no errors under --exam, and the totals issue 11 asks for', () => {
    const r = lint('--exam');
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(findings(r.stdout).filter((f) => f.includes(' error '))).toEqual([]);
    const formats =
      /formats: single (\d+), statements (\d+), how-many (\d+), pairs (\d+), assertion-reason (\d+)/.exec(
        r.stdout,
      );
    const [single, statements, howMany, pairs, ar] = formats!.slice(1).map(Number) as number[];
    expect(single! + statements! + howMany! + pairs! + ar!).toBeGreaterThanOrEqual(110);
    expect(statements! + howMany! + pairs! + ar!).toBeGreaterThanOrEqual(45);
    expect([statements, howMany, pairs, ar]).toEqual([
      expect.toSatisfy((n: number) => n >= 10),
      expect.toSatisfy((n: number) => n >= 10),
      expect.toSatisfy((n: number) => n >= 6),
      expect.toSatisfy((n: number) => n >= 6),
    ]);
    const longest = /key is the single longest option: \d+ of \d+ \((\d+)%\)/.exec(r.stdout);
    expect(Number(longest![1])).toBeLessThanOrEqual(30);
  });

  it('bad arguments: usage and exit 2', () => {
    expect(lint('--bogus').status).toBe(2);
    expect(lint('a', 'b').status).toBe(2);
  });
});
