// The role-reward rule (Discord, optional): a member holds the community's reward role while their
// streak (as members see it today: freezes and the community's skipped days applied, 0 once it has
// ended) or their points reach the admin's threshold.
import type { Community, Store } from '../store/index.ts';
import type { RewardStanding } from '../store/rewards.ts';
import { streakToday } from './streakToday.ts';
import type { LocalDate } from './time.ts';

export async function earnsReward(
  store: Pick<Store, 'skips'>,
  community: Community,
  standing: RewardStanding,
  today: LocalDate,
): Promise<boolean> {
  if (!community.rewardRoleId) return false;
  const byPoints = community.rewardPoints !== null && standing.points >= community.rewardPoints;
  if (byPoints || community.rewardStreak === null) return byPoints;
  const streak = await streakToday(store, community.id, { ...standing, answered: 0, correct: 0 }, today);
  return streak.current >= community.rewardStreak;
}
