// The streak rules, as pure functions on local dates. The same rule is written once more in SQL
// (src/store/answers.ts) so that recording an answer is one atomic statement; property tests hold
// the two to the same results, and this closed form to a day-by-day walk of the calendar.
//
// Freezes (issue 12): a member earns one for every 7 consecutive answered days and holds at most 2.
// A missed day uses one automatically, so the streak survives (with two held, three missed days in
// a row end it). A frozen day keeps the streak but does not lengthen it. A day the community
// skipped (an admin's /skip: no question was posted) is neither answered nor missed.
import { addDays, daysBetween, type LocalDate } from './time.ts';

export const FREEZE_EVERY = 7;
export const MAX_FREEZES = 2;

export interface StreakState {
  current: number;
  best: number;
  /** Local date of the last daily answer, if any. */
  last: LocalDate | null;
  /** Freezes held now (0..MAX_FREEZES). */
  freezes: number;
  /** Freezes spent on missed days, all time. */
  freezesUsed: number;
}

export const NO_STREAK: StreakState = { current: 0, best: 0, last: null, freezes: 0, freezesUsed: 0 };

/** Days the community skipped; the rules only ask whether a date is one. */
export type SkippedDays = ReadonlySet<LocalDate>;
const NONE: SkippedDays = new Set();

/** Days strictly between `from` and `to` that were neither answered nor skipped. */
export function missedBetween(from: LocalDate, to: LocalDate, skipped: SkippedDays = NONE): number {
  let missed = 0;
  for (let d = addDays(from, 1); daysBetween(d, to) > 0; d = addDays(d, 1)) if (!skipped.has(d)) missed += 1;
  return missed;
}

/**
 * The state after answering the daily question of `day`, on that day: already answered that day or
 * later -> unchanged; every missed day since the last answer covered by a freeze -> +1 (and a new
 * freeze at each multiple of 7); otherwise the freezes are spent and the streak starts again at 1.
 */
export function afterAnswer(state: StreakState, day: LocalDate, skipped: SkippedDays = NONE): StreakState {
  if (state.last !== null && daysBetween(state.last, day) <= 0) return state; // never rewinds
  const missed = state.last === null ? Infinity : missedBetween(state.last, day, skipped);
  if (missed <= state.freezes) {
    const current = state.current + 1;
    const earned = current % FREEZE_EVERY === 0 ? 1 : 0;
    return {
      current,
      best: Math.max(state.best, current),
      last: day,
      freezes: Math.min(MAX_FREEZES, state.freezes - missed + earned),
      freezesUsed: state.freezesUsed + missed,
    };
  }
  // Too many missed days: the freezes held went to the first of them, and the streak ended anyway.
  return {
    current: 1,
    best: Math.max(state.best, 1),
    last: day,
    freezes: 0,
    freezesUsed: state.freezesUsed + (state.last === null ? 0 : state.freezes),
  };
}

/**
 * The streak a member sees on `today`: alive while today's question can still extend it, that is
 * while the days missed since the last answer (today not counted: it is not over) are covered by
 * freezes. A last answer dated after today happens when the community's zone moved back across the
 * date line: that day's question is still the current one, so the streak is alive.
 */
export function visibleStreak(state: StreakState, today: LocalDate, skipped: SkippedDays = NONE): number {
  if (state.last === null) return 0;
  if (daysBetween(state.last, today) <= 1) return state.current;
  return missedBetween(state.last, today, skipped) <= state.freezes ? state.current : 0;
}

/** Freezes still held on `today`, after the missed days since the last answer used theirs. */
export function freezesLeft(state: StreakState, today: LocalDate, skipped: SkippedDays = NONE): number {
  if (state.last === null || daysBetween(state.last, today) <= 1) return state.freezes;
  return Math.max(0, state.freezes - missedBetween(state.last, today, skipped));
}

/** True when missing today's question would end the streak (no freeze left to cover today). */
export function streakAtRisk(state: StreakState, today: LocalDate, skipped: SkippedDays = NONE): boolean {
  if (state.last === null || state.current === 0 || daysBetween(state.last, today) < 1) return false;
  if (skipped.has(today)) return false;
  return (
    visibleStreak(state, today, skipped) > 0 && missedBetween(state.last, today, skipped) >= state.freezes
  );
}
