// The learning loop in the terminal: a streak kept by a freeze over a missed day, and /stats with
// UPSC's marking (+2 right, −⅔ wrong) and accuracy by question format. Days follow the test clock.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConsoleAdapter } from '../../src/adapters/console/index.ts';
import { addDays } from '../../src/core/time.ts';
import { consoleTerminal } from '../helpers/consoleTerminal.ts';
import { createTestCore, type TestCore } from '../helpers/core.ts';

let t: TestCore;
const FIRST = '2026-11-02';
const at = (d: number) => `${addDays(FIRST, d)}T06:00:00Z`; // 11:30 in Asia/Kolkata

beforeAll(async () => {
  t = await createTestCore({ now: at(0) });
});
afterAll(() => t.close());

const terminal = () => consoleTerminal(t, 'meera');

/** Answers the day's question from the terminal, right or wrong. */
async function answer(adapter: ConsoleAdapter, right: boolean) {
  const daily = await adapter.handle('/daily');
  const q = daily.question!;
  return adapter.handle(`/answer ${'abcd'[right ? q.correct : (q.correct + 1) % q.options.length]}`);
}

describe('the learning loop in the terminal', () => {
  it('a missed day uses the freeze earned by seven in a row, and the streak goes on', async () => {
    const { adapter } = terminal();
    for (let d = 0; d < 7; d++) {
      t.clock.set(at(d));
      expect((await answer(adapter, d !== 3)).answer?.status).toBe('recorded');
    }
    expect((await adapter.handle('/streak')).lines.join('\n')).toContain(
      'Streak freezes: 1 of 2 held · 0 used',
    );
    t.clock.set(at(8)); // day 7 missed
    const kept = (await adapter.handle('/streak')).lines.join('\n');
    expect(kept).toContain('Current streak: 7 days');
    expect(kept).toContain('Streak freezes: 0 of 2 held · 1 used');
    expect(kept).toMatch(/keep your streak alive/);
    expect((await answer(adapter, true)).answer?.streak).toBe(8);
    t.clock.set(at(11)); // days 9 and 10 missed, no freeze left
    expect((await adapter.handle('/streak')).lines.join('\n')).toContain('Current streak: 0 days');
  });

  it('/stats gives the net Prelims score of the daily answers and accuracy by format', async () => {
    const { adapter } = terminal();
    const stats = (await adapter.handle('/stats')).lines.join('\n');
    // 8 daily answers, 7 right and 1 wrong: 7 × 2 − ⅔ = 13.3
    expect(stats).toContain(
      'Prelims marking of your daily answers (+2 right, −⅔ wrong): net 13.3 (7 right, 1 wrong)',
    );
    const byFormat = /By format: (.*)/.exec(stats)?.[1] ?? '';
    const counts = [...byFormat.matchAll(/(\d+)\/(\d+) \(\d+%\)/g)].map((m) => Number(m[2]));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(8);
  });
});
