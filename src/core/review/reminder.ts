// The reminder a member asked for (/remind): what waits for them, in one line, or nothing at all
// when nothing waits — a reminder is never sent just to be sent. Its buttons start /review and
// show today's question (answered right there, privately).
import { t, type Lang } from '../i18n/index.ts';
import { startReviewButton } from '../taps/kinds/review.ts';
import { todayButton } from '../taps/kinds/today.ts';
import type { Reply } from '../types.ts';
import type { Waiting } from '../../store/reminders.ts';

/** "3 reviews due · today's question not answered yet — your 12-day streak is at risk", or null. */
export function reminderReply(lang: Lang, waiting: Waiting): Reply | null {
  const parts: string[] = [];
  if (waiting.reviewsDue > 0) parts.push(t(lang, 'remind.reviews', { n: waiting.reviewsDue }));
  if (waiting.unanswered > 0) {
    const risk =
      waiting.streakAtRisk > 0 ? ` — ${t(lang, 'remind.atRisk', { n: waiting.streakAtRisk })}` : '';
    parts.push(t(lang, 'remind.unanswered') + risk);
  }
  if (parts.length === 0) return null;
  const line = parts.join(' · ');
  return {
    visibility: 'ephemeral',
    tone: 'info',
    title: t(lang, 'remind.title'),
    lines: [
      line.charAt(0).toUpperCase() + line.slice(1),
      ...(waiting.unanswered > 0 ? [t(lang, 'today.reminderHint')] : []),
    ],
    // Today's question first: a streak at risk ends tonight, reviews keep.
    buttons: [
      ...(waiting.unanswered > 0 ? [todayButton(lang)] : []),
      ...(waiting.reviewsDue > 0 ? [startReviewButton(lang)] : []),
    ],
    lang,
  };
}
