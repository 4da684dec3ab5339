// The /stats picture: the member's last twelve weeks of daily questions in this community (right,
// wrong, no post that day, missed), streaks, points, the net UPSC-marked score and accuracy by
// section, drawn by src/pictures. The reply's text stays its caption and alt text.
import type { DayState, SectionScore } from '../pictures/index.ts';
import { cardLabels } from '../pictures/labels.ts';
import { loadCards } from '../pictures/lazy.ts';
import { plainText } from './plainText.ts';
import { streakToday } from './streakToday.ts';
import { addDays, daysBetween, weekStart } from './time.ts';
import type { CommandContext, Reply } from './types.ts';

/** UPSC prelims marking: +2 for a right answer, a third of that off for a wrong one. */
export const netUpscScore = (correct: number, answered: number) =>
  2 * correct - (2 / 3) * (answered - correct);

const WEEKS = 12;

/** The reply with its progress card, or the reply alone when the card cannot be drawn. */
export async function withProgressCard(
  ctx: CommandContext,
  member: { id: number; displayName: string },
  sections: readonly SectionScore[],
  totals: { answered: number; correct: number },
  reply: Reply,
): Promise<Reply> {
  try {
    const { store } = ctx.services;
    const first = addDays(weekStart(ctx.today), -7 * (WEEKS - 1));
    const [posts, m] = await Promise.all([
      store.activity.memberDays(member.id, ctx.community.id, first, ctx.today),
      store.standings.membership(ctx.community.id, member.id),
    ]);
    const days = dayStates(first, ctx.today, posts);
    const png = await (
      await loadCards()
    ).renderProgressCard(
      {
        name: member.displayName,
        today: ctx.today,
        days,
        currentStreak: m ? (await streakToday(store, ctx.community.id, m, ctx.today)).current : 0,
        bestStreak: m?.bestStreak ?? 0,
        points: m?.points ?? 0,
        netScore: m ? netUpscScore(m.correct, m.answered) : 0,
        answered: totals.answered,
        correct: totals.correct,
        sections,
      },
      { labels: cardLabels(reply.lang ?? ctx.memberLang) },
    );
    return { ...reply, image: { png, name: 'progress.png', alt: plainText(reply) } };
  } catch (err) {
    ctx.services.log.error({ err, community: ctx.community.id }, 'could not draw the progress card');
    return reply;
  }
}

/**
 * One state per day that has something to show: a post the member answered (right or wrong), or a
 * past day with no post at all. Days with a post and no answer are left out: the card draws them
 * as missed. Today without a post yet is not "no post": it may still come.
 */
function dayStates(
  first: string,
  today: string,
  posts: readonly { date: string; correct: boolean | null }[],
): { date: string; state: DayState }[] {
  const byDate = new Map(posts.map((p) => [p.date, p.correct]));
  const days: { date: string; state: DayState }[] = [];
  for (let i = 0; i <= daysBetween(first, today); i++) {
    const date = addDays(first, i);
    if (!byDate.has(date)) {
      if (date < today) days.push({ date, state: 'skipped' });
      continue;
    }
    const correct = byDate.get(date);
    if (correct !== null && correct !== undefined) days.push({ date, state: correct ? 'right' : 'wrong' });
  }
  return days;
}
