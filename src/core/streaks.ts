// The streak rules, as pure functions on local dates. The same rule is written once more in SQL
// (src/store/answers.ts) so that recording an answer is one atomic statement; a test holds the two
// to the same results.
import { daysBetween, type LocalDate } from './time.ts';

export interface StreakState {
  current: number;
  best: number;
  /** Local date of the last daily answer, if any. */
  last: LocalDate | null;
}

/**
 * The state after answering the daily question of `day`, on that day:
 * answered yesterday -> +1; already answered today -> unchanged; otherwise -> 1.
 */
export function afterAnswer(state: StreakState, day: LocalDate): StreakState {
  if (state.last !== null) {
    const gap = daysBetween(state.last, day);
    if (gap === 0) return state;
    if (gap < 0) return state; // an older day never rewinds the streak
    if (gap === 1) {
      const current = state.current + 1;
      return { current, best: Math.max(state.best, current), last: day };
    }
  }
  return { current: 1, best: Math.max(state.best, 1), last: day };
}

/**
 * The streak a member sees on `today`: a streak is still alive while today's question can extend
 * it (last answer today or yesterday); after a missed day it is 0. A last answer dated after today
 * happens when the community's zone moved back across the date line: that day's question is still
 * the current one (no earlier date is ever posted after it), so the streak is alive.
 */
export function visibleStreak(state: StreakState, today: LocalDate): number {
  if (state.last === null) return 0;
  return daysBetween(state.last, today) <= 1 ? state.current : 0;
}

/** True when the member still has today's question to answer to keep the streak going. */
export function streakAtRisk(state: StreakState, today: LocalDate): boolean {
  return state.last !== null && daysBetween(state.last, today) === 1 && state.current > 0;
}
