// The Sunday summary: the week's top three in the community and the Mains prompt of the week.
import { cleanName, formatDay } from '../core/format.ts';
import { t, type Lang } from '../core/i18n/index.ts';
import type { LocalDate } from '../core/time.ts';
import type { Reply } from '../core/types.ts';
import type { RankedMember } from '../store/standings.ts';

/** The fields of a Mains prompt the summary shows (content's MainsPrompt has them). */
export interface WeeklyMains {
  prompt: string;
  kind?: string;
  year?: number | undefined;
}

export function weeklySummaryReply(
  weekStart: LocalDate,
  top: readonly RankedMember[],
  mains: WeeklyMains | null | undefined,
  lang: Lang,
): Reply {
  const lines =
    top.length > 0
      ? [
          t(lang, 'weekly.top'),
          ...top.map((r, i) =>
            t(lang, 'weekly.line', {
              place: t(lang, 'weekly.place', { place: i + 1 }),
              name: cleanName(r.displayName),
              points: r.points,
              answered: r.answered,
            }),
          ),
        ]
      : [t(lang, 'weekly.nobody')];
  if (mains) {
    const heading =
      mains.kind === 'pyq' && mains.year
        ? t(lang, 'weekly.mainsPyq', { year: mains.year })
        : t(lang, 'weekly.mains');
    lines.push('', heading, mains.prompt);
  }
  return {
    visibility: 'public',
    tone: 'info',
    title: t(lang, 'weekly.title', { day: formatDay(weekStart, lang) }),
    lines,
    footer: mains ? t(lang, 'weekly.footerMains') : t(lang, 'weekly.footerBoard'),
    lang,
  };
}
