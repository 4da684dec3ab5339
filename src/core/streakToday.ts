// A member's streak as it stands today, between answers: the stored state (as of the last answer)
// seen through the rules of core/streaks.ts, with the community's skipped days since then. The
// skipped days are read only when a day has passed without an answer, which is when they matter.
import type { MembershipRow } from '../store/answers.ts';
import type { Store } from '../store/index.ts';
import { freezesLeft, streakAtRisk, visibleStreak, type StreakState } from './streaks.ts';
import { addDays, daysBetween, type LocalDate } from './time.ts';

export interface StreakToday {
  state: StreakState;
  /** The streak shown today (0 once it has ended). */
  current: number;
  /** Freezes still held today, after missed days used theirs. */
  freezes: number;
  /** Missing today's question would end the streak. */
  atRisk: boolean;
}

export const stateOf = (m: MembershipRow): StreakState => ({
  current: m.currentStreak,
  best: m.bestStreak,
  last: m.lastAnsweredDate,
  freezes: m.freezes,
  freezesUsed: m.freezesUsed,
});

export async function streakToday(
  store: Pick<Store, 'skips'>,
  communityId: number,
  m: MembershipRow,
  today: LocalDate,
): Promise<StreakToday> {
  const state = stateOf(m);
  const skipped =
    state.last !== null && daysBetween(state.last, today) >= 1
      ? await store.skips.between(communityId, addDays(state.last, 1), today)
      : new Set<LocalDate>();
  return {
    state,
    current: visibleStreak(state, today, skipped),
    freezes: freezesLeft(state, today, skipped),
    atRisk: streakAtRisk(state, today, skipped),
  };
}
