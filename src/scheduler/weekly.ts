// The Sunday summary: the week's top three in the community and the Mains prompt of the week.
import { cleanName, formatDay, plural } from '../core/format.ts';
import type { LocalDate } from '../core/time.ts';
import type { Reply } from '../core/types.ts';
import type { RankedMember } from '../store/standings.ts';

/** The fields of a Mains prompt the summary shows (content's MainsPrompt has them). */
export interface WeeklyMains {
  prompt: string;
  kind?: string;
  year?: number | undefined;
}

const PLACES = ['1st', '2nd', '3rd'];

export function weeklySummaryReply(
  weekStart: LocalDate,
  top: readonly RankedMember[],
  mains: WeeklyMains | null | undefined,
): Reply {
  const lines =
    top.length > 0
      ? [
          'Top of the week:',
          ...top.map(
            (r, i) =>
              `${PLACES[i] ?? `${r.rank}.`} ${cleanName(r.displayName)} — ${plural(r.points, 'point')} (${r.answered} answered)`,
          ),
        ]
      : ['Nobody answered the daily question this week. A new week starts tomorrow: try /daily.'];
  if (mains) {
    const source = mains.kind === 'pyq' && mains.year ? ` (UPSC Mains ${mains.year})` : '';
    lines.push('', `Mains prompt of the week${source}:`, mains.prompt);
  }
  return {
    visibility: 'public',
    tone: 'info',
    title: `Week in review · from ${formatDay(weekStart)}`,
    lines,
    footer: mains
      ? 'Write a 250-word answer this week, then compare it with the facts: /fact'
      : 'See the full board with /leaderboard',
  };
}
