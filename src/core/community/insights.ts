// /insights (issue 15 item 5): what an admin wants to know about the last two weeks of their group —
// who takes part, which questions were hard or easy, where the group is weak, whose long streak
// broke this week. Built from bounded reads (store/insights.ts) and the pack (sections, formats).
import type { Question } from '../../content/index.ts';
import type { PostTally } from '../../store/insights.ts';
import { formatDay } from '../format.ts';
import { t, type Lang } from '../i18n/index.ts';
import { visibleStreak } from '../streaks.ts';
import { addDays } from '../time.ts';
import type { CommandContext, Reply } from '../types.ts';

/** The period /insights looks back over, today included. */
export const INSIGHT_DAYS = 14;
/** A streak this long is worth an admin's nudge when it breaks. */
export const LONG_STREAK = 5;
const BAR_WIDTH = 12;

interface Tally {
  answered: number;
  correct: number;
}

const percent = (x: Tally) => Math.round((100 * x.correct) / x.answered);

function add(map: Map<string, Tally>, key: string, x: Tally) {
  const sum = map.get(key) ?? { answered: 0, correct: 0 };
  map.set(key, { answered: sum.answered + x.answered, correct: sum.correct + x.correct });
}

/** The question as one short line. */
function quote(q: Question | undefined, id: string): string {
  const one = (q?.prompt ?? id).replace(/\s+/g, ' ');
  return one.length > 70 ? `${one.slice(0, 69)}…` : one;
}

/**
 * The hardest questions (someone got them wrong; lowest share right first, then most answered) and
 * the easiest (someone got them right; highest share first), never the same question in both.
 */
export function hardestAndEasiest(tallies: readonly PostTally[], n = 3) {
  const rate = (x: PostTally) => x.correct / x.answered;
  const answered = tallies.filter((x) => x.answered > 0);
  const hardest = answered
    .filter((x) => x.correct < x.answered)
    .sort((a, b) => rate(a) - rate(b) || b.answered - a.answered)
    .slice(0, n);
  const easiest = answered
    .filter((x) => x.correct > 0 && !hardest.includes(x))
    .sort((a, b) => rate(b) - rate(a) || b.answered - a.answered)
    .slice(0, n);
  return { hardest, easiest };
}

export async function insights(ctx: CommandContext): Promise<Reply> {
  const lang: Lang = ctx.memberLang;
  const { store, content } = ctx.services;
  const from = addDays(ctx.today, -(INSIGHT_DAYS - 1));
  const weekAgo = addDays(ctx.today, -7);
  const [days, tallies, broken, skipped] = await Promise.all([
    store.insights.participation(ctx.community.id, from, ctx.today),
    store.insights.tallies(ctx.community.id, from, ctx.today),
    store.insights.lostStreaks(ctx.community.id, weekAgo, addDays(ctx.today, -1), LONG_STREAK),
    store.skips.between(ctx.community.id, addDays(weekAgo, -1), ctx.today),
  ]);
  // A missed day a freeze or a skipped day covers lost nothing: the streak rule decides, not the SQL.
  const lost = broken.filter(
    (l) =>
      visibleStreak(
        {
          current: l.streak,
          best: l.streak,
          last: l.lastAnswered,
          freezes: l.freezes,
          freezesUsed: l.freezesUsed,
        },
        ctx.today,
        skipped,
      ) === 0,
  );
  const title = t(lang, 'insights.title', { days: INSIGHT_DAYS });
  const total = tallies.reduce((s, x) => s + x.answered, 0);
  if (total === 0)
    return { visibility: 'ephemeral', tone: 'info', title, lines: [t(lang, 'insights.empty')] };

  const most = Math.max(1, ...days.map((d) => d.answered));
  const participation = days.map((d) => {
    const bar = '█'.repeat(Math.round((BAR_WIDTH * d.answered) / most));
    const n = d.posted ? String(d.answered) : '–';
    return `${formatDay(d.date, lang).replace(/ \d{4}$/, '')}  ${n.padStart(3)} ${bar}`;
  });

  const line = (x: PostTally) =>
    t(lang, 'insights.questionLine', {
      question: quote(content.question(x.questionId), x.questionId),
      percent: percent(x),
      answered: x.answered,
    });
  const { hardest, easiest } = hardestAndEasiest(tallies);

  const bySection = new Map<string, Tally>();
  const byFormat = new Map<string, Tally>();
  for (const x of tallies) {
    const q = content.question(x.questionId);
    if (!q || x.answered === 0) continue;
    add(bySection, content.sectionTitle(q.section, lang) ?? q.section, x);
    add(byFormat, t(lang, `insights.format.${q.format}`), x);
  }
  const accuracy = (map: Map<string, Tally>) =>
    [...map.entries()]
      .sort((a, b) => percent(a[1]) - percent(b[1]))
      .map(([name, x]) =>
        t(lang, 'insights.accuracyLine', { name, percent: percent(x), answered: x.answered }),
      )
      .join('\n');

  const lostLines = lost.map((l) =>
    t(lang, 'insights.lostLine', {
      name: l.displayName,
      streak: l.streak,
      day: formatDay(l.lastAnswered, lang),
    }),
  );
  return {
    visibility: 'ephemeral',
    tone: 'info',
    title,
    lines: [t(lang, 'insights.summary', { answers: total, questions: tallies.length })],
    fields: [
      { name: t(lang, 'insights.participation'), value: participation.join('\n') },
      { name: t(lang, 'insights.hardest'), value: hardest.map(line).join('\n') || '–' },
      { name: t(lang, 'insights.easiest'), value: easiest.map(line).join('\n') || '–' },
      { name: t(lang, 'insights.bySection'), value: accuracy(bySection) },
      { name: t(lang, 'insights.byFormat'), value: accuracy(byFormat) },
      {
        name: t(lang, 'insights.lostStreaks', { min: LONG_STREAK }),
        value: lostLines.join('\n') || t(lang, 'insights.noLostStreaks'),
      },
    ],
    footer: t(lang, 'insights.footer'),
  };
}
