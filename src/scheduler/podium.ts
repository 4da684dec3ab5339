// The Sunday summary's picture: the week's top three with their points, how many answered each day,
// and the week's hardest question (the lowest share of right answers among the week's daily
// questions that anyone answered). The summary's text stays its caption.
import { localizeQuestion } from '../content/index.ts';
import { communityLang, type Lang } from '../core/i18n/index.ts';
import { plainText } from '../core/plainText.ts';
import { cardLabels } from '../pictures/labels.ts';
import { addDays, type LocalDate } from '../core/time.ts';
import type { CoreServices, Reply } from '../core/types.ts';
import { loadCards } from '../pictures/lazy.ts';
import type { Community } from '../store/index.ts';
import type { RankedMember } from '../store/standings.ts';
import type { WeekPost } from '../store/activity.ts';

/** "12–18 May 2025" (or "28 Apr – 4 May 2025" across months). */
export function weekLabel(weekStart: LocalDate, lang: Lang = 'en'): string {
  const locale = lang === 'hi' ? 'hi-IN-u-nu-latn' : 'en-GB';
  const fmt = (date: LocalDate, o: Intl.DateTimeFormatOptions) =>
    new Date(`${date}T12:00:00Z`).toLocaleDateString(locale, { ...o, timeZone: 'UTC' });
  const end = addDays(weekStart, 6);
  const sameMonth = weekStart.slice(0, 7) === end.slice(0, 7);
  const from = sameMonth
    ? fmt(weekStart, { day: 'numeric' })
    : fmt(weekStart, { day: 'numeric', month: 'short' });
  return `${from}–${fmt(end, { day: 'numeric', month: 'short', year: 'numeric' })}`;
}

/** The post with the lowest share of right answers among those with at least one answer. */
export function hardestPost(posts: readonly WeekPost[]): WeekPost | null {
  let hardest: WeekPost | null = null;
  for (const p of posts) {
    if (p.answered === 0) continue;
    if (!hardest || p.correct / p.answered < hardest.correct / hardest.answered) hardest = p;
  }
  return hardest;
}

/** The summary with its podium card, or the summary alone when the card cannot be drawn. */
export async function withPodiumCard(
  services: CoreServices,
  community: Community,
  week: LocalDate,
  top: readonly RankedMember[],
  reply: Reply,
): Promise<Reply> {
  const lang = reply.lang ?? communityLang(community);
  try {
    const posts = await services.store.activity.week(community.id, week);
    const answeredOn = new Map(posts.map((p) => [p.date, p.answered]));
    const hardest = hardestPost(posts);
    const english = hardest ? services.content.question(hardest.questionId) : undefined;
    const question = english && localizeQuestion(english, lang);
    const png = await (
      await loadCards()
    ).renderPodiumCard(
      {
        communityTitle: community.title ?? 'studybot',
        weekLabel: weekLabel(week, lang),
        top: top.slice(0, 3).map((r) => ({ name: r.displayName, points: r.points })),
        participation: Array.from({ length: 7 }, (_, i) => {
          const date = addDays(week, i);
          return { date, answered: answeredOn.get(date) ?? 0 };
        }),
        hardest:
          hardest && question
            ? { prompt: question.prompt, answered: hardest.answered, correct: hardest.correct }
            : null,
      },
      { labels: cardLabels(lang) },
    );
    return { ...reply, image: { png, name: 'weekly-summary.png', alt: plainText(reply) } };
  } catch (err) {
    services.log.error({ err, community: community.id }, 'could not draw the weekly podium card');
    return reply;
  }
}
