import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  afterAnswer,
  NO_STREAK,
  streakAtRisk,
  visibleStreak,
  type StreakState,
} from '../../src/core/streaks.ts';
import { addDays, endOfLocalDate, instantOf, localDateOf } from '../../src/core/time.ts';

const start: StreakState = NO_STREAK;

/** Answers on a sequence of day offsets from a base date. */
function play(offsets: number[], base = '2026-01-01'): StreakState {
  return offsets.reduce((s, o) => afterAnswer(s, addDays(base, o)), start);
}

describe('streak rules', () => {
  it('counts consecutive days and resets after a missed day, keeping the best', () => {
    expect(play([0, 1, 2])).toMatchObject({ current: 3, best: 3 });
    expect(play([0, 1, 2, 4])).toMatchObject({ current: 1, best: 3 });
    expect(play([0, 1, 2, 4, 5])).toMatchObject({ current: 2, best: 3, last: '2026-01-06' });
  });

  it('does not count a second answer on the same day', () => {
    expect(play([0, 0, 0])).toMatchObject({ current: 1, best: 1 });
  });

  it('crosses month and year ends', () => {
    expect(play([0, 1, 2], '2026-12-30')).toMatchObject({ current: 3, last: '2027-01-01' });
    expect(play([0, 1], '2028-02-28')).toMatchObject({ current: 2, last: '2028-02-29' });
  });

  it('shows 0 after a missed day but keeps the streak alive until today ends', () => {
    const s = play([0, 1]); // last answer 2026-01-02
    expect(visibleStreak(s, '2026-01-02')).toBe(2);
    expect(visibleStreak(s, '2026-01-03')).toBe(2);
    expect(streakAtRisk(s, '2026-01-03')).toBe(true);
    expect(visibleStreak(s, '2026-01-04')).toBe(0);
    expect(visibleStreak(start, '2026-01-04')).toBe(0);
  });

  it('property: repeating an answer on the same day never changes anything', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 1, maxLength: 20 }), (days) => {
        const sorted = [...days].sort((a, b) => a - b);
        const once = play([...new Set(sorted)]);
        expect(play(sorted)).toEqual(once);
      }),
    );
  });
});

describe('local days in a community timezone', () => {
  it('cuts the day at local midnight, not UTC midnight (Asia/Kolkata, UTC+5:30)', () => {
    expect(localDateOf(new Date('2026-11-27T18:29:59Z'), 'Asia/Kolkata')).toBe('2026-11-27');
    expect(localDateOf(new Date('2026-11-27T18:30:00Z'), 'Asia/Kolkata')).toBe('2026-11-28');
    // 02:00 UTC is still "yesterday" in New York
    expect(localDateOf(new Date('2026-11-28T02:00:00Z'), 'America/New_York')).toBe('2026-11-27');
    expect(localDateOf(new Date('2026-11-27T15:00:00Z'), 'Asia/Tokyo')).toBe('2026-11-28');
  });

  it('keeps 08:00 local on both sides of a daylight-saving change', () => {
    // Europe/London: BST ends 2026-10-25
    expect(instantOf('2026-10-24', 8 * 60, 'Europe/London').toISOString()).toBe('2026-10-24T07:00:00.000Z');
    expect(instantOf('2026-10-26', 8 * 60, 'Europe/London').toISOString()).toBe('2026-10-26T08:00:00.000Z');
    // The day of the change is 25 hours long
    const hours =
      (endOfLocalDate('2026-10-25', 'Europe/London').getTime() -
        instantOf('2026-10-25', 0, 'Europe/London').getTime()) /
      3.6e6;
    expect(hours).toBe(25);
  });

  it('property: a streak in any zone follows the local dates of the answer instants', () => {
    const zones = ['Asia/Kolkata', 'America/New_York', 'Europe/London', 'Pacific/Auckland', 'Asia/Tokyo'];
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: 0, max: 23 * 60 + 59 }),
        fc.integer({ min: 2, max: 10 }),
        (zone, minute, n) => {
          // One answer a day at the same local time: always consecutive local days.
          let s = start;
          for (let d = 0; d < n; d++) {
            const date = addDays('2026-03-20', d); // spans DST changes in several zones
            const at = instantOf(date, minute, zone);
            s = afterAnswer(s, localDateOf(at, zone));
          }
          expect(s.current).toBe(n);
        },
      ),
      { numRuns: 200 },
    );
  });
});
