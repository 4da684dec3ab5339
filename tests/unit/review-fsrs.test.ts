import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { afterAnswer, newCard, type CardState } from '../../src/core/review/fsrs.ts';

const DAY = 86_400_000;
const start = new Date('2026-11-01T08:00:00Z');

/** Answers in order, each when the card falls due (as /review serves it). */
function play(answers: boolean[], card: CardState | null = null, at = start): CardState {
  let c = card;
  let now = at;
  for (const right of answers) {
    c = afterAnswer(c, right, now);
    now = c.due;
  }
  return c!;
}

const days = (c: CardState, from: Date) => (c.due.getTime() - from.getTime()) / DAY;

describe('FSRS mapping (wrong = Again, right = Good)', () => {
  it('brings a question first answered wrong back the next day, and a right one later', () => {
    const wrong = afterAnswer(null, false, start);
    const right = afterAnswer(null, true, start);
    expect(days(wrong, start)).toBe(1);
    expect(days(right, start)).toBeGreaterThan(1);
    expect(wrong).toMatchObject({ reps: 1, lastCorrect: false, lastReview: start });
    expect(right).toMatchObject({ reps: 1, lastCorrect: true });
  });

  it('schedules a missed question further out once it is answered right', () => {
    const missed = afterAnswer(null, false, start);
    const fixed = afterAnswer(missed, true, missed.due);
    expect(days(fixed, missed.due)).toBeGreaterThan(days(missed, start));
  });

  it('counts a lapse when a learned card is answered wrong', () => {
    const learned = play([true, true]);
    expect(learned.lapses).toBe(0);
    expect(afterAnswer(learned, false, learned.due).lapses).toBe(1);
  });

  it('a new card is due at once and has never been reviewed', () => {
    expect(newCard(start)).toMatchObject({ due: start, reps: 0, lastReview: null, state: 0 });
  });

  it('property: every answer is scheduled at least a day out, and reps count every answer', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 1, maxLength: 30 }), (answers) => {
        let c: CardState | null = null;
        let now = start;
        for (const right of answers) {
          const next = afterAnswer(c, right, now);
          expect(days(next, now)).toBeGreaterThanOrEqual(1);
          expect(next.reps).toBe((c?.reps ?? 0) + 1);
          expect(next.lastCorrect).toBe(right);
          c = next;
          now = next.due;
        }
      }),
    );
  });

  it('property: from any state, Good never schedules sooner than Again, and a right answer on time grows the interval', () => {
    fc.assert(
      fc.property(
        fc.array(fc.boolean(), { maxLength: 20 }),
        fc.integer({ min: 0, max: 30 }),
        (history, lateDays) => {
          const c = history.length ? play(history) : null;
          const now = new Date((c?.due ?? start).getTime() + lateDays * DAY);
          const good = afterAnswer(c, true, now);
          const again = afterAnswer(c, false, now);
          expect(good.due.getTime()).toBeGreaterThanOrEqual(again.due.getTime());
          if (c && c.lastCorrect && c.state === 2 && lateDays === 0)
            expect(good.scheduledDays).toBeGreaterThanOrEqual(c.scheduledDays);
        },
      ),
    );
  });

  it('property: the same answers at the same times give the same schedule (no fuzz: instances agree)', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 1, maxLength: 15 }), (answers) => {
        expect(play(answers)).toEqual(play(answers));
      }),
    );
  });

  it('a clock that went back does not schedule before the last review', () => {
    const c = afterAnswer(null, true, start);
    const back = afterAnswer(c, true, new Date(start.getTime() - DAY));
    expect(back.due.getTime()).toBeGreaterThan(start.getTime());
  });
});
