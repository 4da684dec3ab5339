// Streak freezes and skipped days: the closed-form rules of core/streaks.ts against a walk of the
// calendar one day at a time, which is how a member would check them by hand.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  afterAnswer,
  freezesLeft,
  MAX_FREEZES,
  NO_STREAK,
  streakAtRisk,
  visibleStreak,
  type StreakState,
} from '../../src/core/streaks.ts';
import { addDays, instantOf, localDateOf } from '../../src/core/time.ts';

const BASE = '2026-01-01';
const day = (o: number) => addDays(BASE, o);

function play(offsets: number[], skipped: Set<string> = new Set()): StreakState {
  return offsets.reduce((s, o) => afterAnswer(s, day(o), skipped), NO_STREAK);
}

/** The reference: walk every day from the first answer to the last, one at a time. */
function walk(answered: Set<number>, skipped: Set<number>, until: number) {
  let current = 0;
  let best = 0;
  let freezes = 0;
  let used = 0;
  let started = false;
  for (let d = 0; d <= until; d++) {
    if (answered.has(d)) {
      current += 1;
      started = true;
      best = Math.max(best, current);
      if (current % 7 === 0) freezes = Math.min(MAX_FREEZES, freezes + 1);
    } else if (!started || skipped.has(d)) {
      continue;
    } else if (freezes > 0) {
      freezes -= 1;
      used += 1;
    } else {
      current = 0;
    }
  }
  return { current, best, freezes, used };
}

describe('streak freezes', () => {
  it('earns a freeze after 7 days in a row, and a missed day then keeps the streak', () => {
    const week = [0, 1, 2, 3, 4, 5, 6];
    expect(play(week)).toMatchObject({ current: 7, freezes: 1, freezesUsed: 0 });
    // Day 7 missed: the freeze covers it, the streak goes on to 8 (a frozen day does not count).
    expect(play([...week, 8])).toMatchObject({ current: 8, freezes: 0, freezesUsed: 1 });
    // Two days missed with one freeze: the streak ends.
    expect(play([...week, 9])).toMatchObject({ current: 1, best: 7, freezes: 0, freezesUsed: 1 });
  });

  it('holds at most two, so three missed days in a row end a streak', () => {
    const fortnight = Array.from({ length: 21 }, (_, i) => i);
    expect(play(fortnight)).toMatchObject({ current: 21, freezes: 2 });
    expect(play([...fortnight, 22])).toMatchObject({ current: 22, freezes: 1, freezesUsed: 1 });
    expect(play([...fortnight, 23])).toMatchObject({ current: 22, freezes: 0, freezesUsed: 2 });
    expect(play([...fortnight, 24])).toMatchObject({ current: 1, best: 21 });
  });

  it('shows the streak alive while freezes cover the days missed so far', () => {
    const s = play([0, 1, 2, 3, 4, 5, 6]); // one freeze, last answer day 6
    expect(visibleStreak(s, day(7))).toBe(7);
    expect(streakAtRisk(s, day(7))).toBe(false); // missing day 7 uses the freeze
    expect(visibleStreak(s, day(8))).toBe(7);
    expect(freezesLeft(s, day(8))).toBe(0);
    expect(streakAtRisk(s, day(8))).toBe(true); // nothing left to cover day 8
    expect(visibleStreak(s, day(9))).toBe(0);
  });

  it('treats a day the community skipped as neither answered nor missed', () => {
    const skipped = new Set([day(2)]);
    expect(play([0, 1, 3], skipped)).toMatchObject({ current: 3, freezesUsed: 0 });
    expect(visibleStreak(play([0, 1]), day(3), skipped)).toBe(2);
    expect(streakAtRisk(play([0, 1]), day(2), skipped)).toBe(false);
  });

  it('property: the rules agree with a walk of the calendar, with missed and skipped days', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 60 }), { maxLength: 50 }),
        fc.uniqueArray(fc.integer({ min: 0, max: 60 }), { maxLength: 10 }),
        (answeredDays, skippedDays) => {
          // An admin skips a day before it is posted: nobody answers a skipped day.
          const skipped = new Set(skippedDays.filter((d) => !answeredDays.includes(d)));
          const sorted = [...answeredDays].sort((a, b) => a - b);
          const state = play(sorted, new Set([...skipped].map((d) => day(d))));
          const last = sorted.at(-1) ?? 0;
          const ref = walk(new Set(sorted), skipped, last);
          expect(state).toMatchObject({
            current: ref.current,
            best: ref.best,
            freezes: ref.freezes,
            freezesUsed: ref.used,
          });
          // And between answers, on any later day, what a member sees agrees with the walk.
          for (let today = last + 1; today <= last + 4; today++) {
            const seen = walk(new Set(sorted), skipped, today - 1); // today is not over yet
            const skippedDates = new Set([...skipped].map((d) => day(d)));
            expect(visibleStreak(state, day(today), skippedDates)).toBe(sorted.length ? seen.current : 0);
            expect(freezesLeft(state, day(today), skippedDates)).toBe(seen.freezes);
          }
        },
      ),
      { numRuns: 200 },
    );
  }, 120_000);

  it('property: freezes follow local dates across daylight-saving changes and zone moves', () => {
    const zones = ['Asia/Kolkata', 'America/New_York', 'Europe/London', 'Pacific/Auckland'];
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.constantFrom(...zones),
        fc.integer({ min: 0, max: 23 * 60 + 59 }),
        fc.integer({ min: 9, max: 20 }),
        (zoneA, zoneB, minute, n) => {
          // Answer every day at the same local time for n days (zone A, then zone B from day 10,
          // spanning the March DST changes), but miss day 7: the freeze earned on day 6 covers it.
          let s = NO_STREAK;
          for (let d = 0; d < n; d++) {
            if (d === 7) continue;
            const zone = d < 10 ? zoneA : zoneB;
            const date = addDays('2026-03-22', d);
            s = afterAnswer(s, localDateOf(instantOf(date, minute, zone), zone));
          }
          expect(s.current).toBe(n - 1);
          expect(s.freezesUsed).toBe(1);
        },
      ),
      { numRuns: 200 },
    );
  });
});
