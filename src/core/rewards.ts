// The role-reward rule (Discord, optional): a member holds the community's reward role while their
// streak (as members see it today: 0 after a missed day) or their points reach the admin's threshold.
import type { Community } from '../store/index.ts';
import type { RewardStanding } from '../store/rewards.ts';
import { visibleStreak } from './streaks.ts';
import type { LocalDate } from './time.ts';

export function earnsReward(community: Community, standing: RewardStanding, today: LocalDate): boolean {
  if (!community.rewardRoleId) return false;
  const streak = visibleStreak(
    { current: standing.currentStreak, best: standing.bestStreak, last: standing.lastAnsweredDate },
    today,
  );
  const byStreak = community.rewardStreak !== null && streak >= community.rewardStreak;
  const byPoints = community.rewardPoints !== null && standing.points >= community.rewardPoints;
  return byStreak || byPoints;
}
