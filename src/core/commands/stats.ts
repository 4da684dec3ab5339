import { withProgressCard } from '../progressCard.ts';
import type { QuestionFormat } from '../../content/index.ts';
import { t, type Lang } from '../i18n/index.ts';
import { netUpscScore } from '../progressCard.ts';
import type { CommandDefinition, Reply } from '../types.ts';

const pct = (correct: number, answered: number) =>
  answered === 0 ? '—' : `${Math.round((100 * correct) / answered)}%`;

export const stats: CommandDefinition = {
  name: 'stats',
  description: t('en', 'command.stats'),
  usage: t('en', 'command.stats.usage'),
  runIn: 'community',
  reply: 'private',
  options: [],
  async run(ctx) {
    const { store, content } = ctx.services;
    const me = await store.standings.findMember(ctx.actor.platform, ctx.actor.userId);
    if (!me) {
      return {
        visibility: 'ephemeral',
        tone: 'info',
        title: t(ctx.memberLang, 'stats.title'),
        lines: [t(ctx.memberLang, 'stats.none')],
      };
    }
    const { daily, practice } = await store.standings.tallies(me.id, ctx.community.id);
    const bySection = new Map<string, { answered: number; correct: number }>();
    const byFormat = new Map<QuestionFormat, { answered: number; correct: number }>();
    const total = { daily: { answered: 0, correct: 0 }, practice: { answered: 0, correct: 0 } };
    for (const [kind, rows] of [
      ['daily', daily],
      ['practice', practice],
    ] as const) {
      for (const r of rows) {
        total[kind].answered += r.answered;
        total[kind].correct += r.correct;
        const q = content.question(r.questionId);
        const name = q
          ? (content.section(q.section)?.title ?? q.section)
          : t(ctx.memberLang, 'stats.retired');
        const s = bySection.get(name) ?? { answered: 0, correct: 0 };
        s.answered += r.answered;
        s.correct += r.correct;
        bySection.set(name, s);
        if (q) {
          const f = byFormat.get(q.format) ?? { answered: 0, correct: 0 };
          f.answered += r.answered;
          f.correct += r.correct;
          byFormat.set(q.format, f);
        }
      }
    }
    const all = total.daily.answered + total.practice.answered;
    if (all === 0) {
      return {
        visibility: 'ephemeral',
        tone: 'info',
        title: t(ctx.memberLang, 'stats.title'),
        lines: [t(ctx.memberLang, 'stats.none')],
      };
    }
    const sections = [...bySection].sort((a, b) => b[1].answered - a[1].answered);
    const weakest = sections
      .filter(([, s]) => s.answered >= 2)
      .sort((a, b) => a[1].correct / a[1].answered - b[1].correct / b[1].answered)[0];
    const lang = ctx.memberLang;
    const reply: Reply = {
      visibility: 'ephemeral',
      tone: 'info',
      title: t(lang, 'stats.title'),
      lines: [
        t(lang, 'stats.overall', {
          pct: pct(total.daily.correct + total.practice.correct, all),
          answers: all,
        }),
        t(lang, 'stats.split', {
          daily: total.daily.correct,
          dailyOf: total.daily.answered,
          dailyPct: pct(total.daily.correct, total.daily.answered),
          practice: total.practice.correct,
          practiceOf: total.practice.answered,
          practicePct: pct(total.practice.correct, total.practice.answered),
        }),
        ...(weakest ? [t(lang, 'stats.revise', { section: weakest[0] })] : []),
        ...markingLines(lang, total.daily, byFormat),
      ],
      fields: sections.map(([name, s]) => ({
        name,
        value: t(lang, 'stats.score', {
          correct: s.correct,
          answered: s.answered,
          pct: pct(s.correct, s.answered),
        }),
      })),
    };
    const scores = sections.map(([title, s]) => ({ title, ...s }));
    const overall = {
      answered: all,
      correct: total.daily.correct + total.practice.correct,
    };
    return withProgressCard(ctx, me, scores, overall, reply);
  },
};

/** UPSC's own scoring of the daily answers, and accuracy by the exam's question formats. */
function markingLines(
  lang: Lang,
  daily: { answered: number; correct: number },
  byFormat: Map<QuestionFormat, { answered: number; correct: number }>,
): string[] {
  const lines: string[] = [];
  if (daily.answered > 0) {
    const net = netUpscScore(daily.correct, daily.answered);
    lines.push(t(lang, 'marking.net', { net, right: daily.correct, wrong: daily.answered - daily.correct }));
  }
  const parts = [...byFormat]
    .sort((a, b) => b[1].answered - a[1].answered)
    .map(
      ([f, s]) =>
        `${t(lang, `marking.format.${f}`)} ${s.correct}/${s.answered} (${pct(s.correct, s.answered)})`,
    );
  if (parts.length > 0) lines.push(t(lang, 'marking.byFormat', { parts: parts.join(' · ') }));
  return lines;
}
