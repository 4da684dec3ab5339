import { localizeMains, mainsSections, type MainsPrompt } from '../../content/index.ts';
import { problem } from '../replies.ts';
import type { CommandDefinition, Reply } from '../types.ts';

const label = (m: MainsPrompt): string =>
  m.kind === 'pyq'
    ? `UPSC Mains ${m.year ?? ''} (previous-year question), ${m.paper}`
    : `Practice (editorial), ${m.paper}`;

/** `1`, `2`, `pyq`, `editorial` or an id -> the prompt; undefined when nothing matches. */
function pick(all: readonly MainsPrompt[], which: string): MainsPrompt | undefined {
  const w = which.trim().toLowerCase();
  if (/^\d+$/.test(w)) return all[Number(w) - 1];
  if (w === 'pyq' || w === 'editorial') return all.find((m) => m.kind === w);
  return all.find((m) => m.id === w);
}

function answerReply(m: MainsPrompt): Reply {
  return {
    visibility: 'ephemeral',
    tone: 'info',
    title: `Mains · ${label(m)}`,
    lines: [m.prompt, ...(m.note ? [`Note: ${m.note}`] : [])],
    fields: mainsSections(m).map((s) => ({ name: s.name, value: s.points.map((p) => `• ${p}`).join('\n') })),
    footer: 'Write your answer first, then compare it with these points.',
  };
}

export const mains: CommandDefinition = {
  name: 'mains',
  description: 'The Mains questions and the points of a model answer',
  usage: '/mains [1 | 2 | pyq | editorial]',
  options: [
    {
      name: 'which',
      description: 'Which question: its number, pyq or editorial',
      required: false,
      type: 'string',
    },
  ],
  async run(ctx, args) {
    // Replies only the caller sees: in their language.
    const all = ctx.services.content.mains.map((m) => localizeMains(m, ctx.memberLang));
    if (all.length === 0) return problem('There are no Mains questions in the study content yet.');
    const which = (args.which ?? '').trim();
    if (which) {
      const m = pick(all, which);
      if (m) return answerReply(m);
      return problem(
        `There is no Mains question "${which.slice(0, 40)}": try /mains 1 to ${all.length}, /mains pyq or /mains editorial.`,
      );
    }
    return {
      visibility: 'ephemeral',
      tone: 'info',
      title: 'Mains questions',
      lines: all.flatMap((m, i) => [`${i + 1}. ${label(m)}`, m.prompt, '']).slice(0, -1),
      footer: `See the points of a model answer with /mains <number>, e.g. /mains 1 or /mains pyq.`,
    };
  },
};
