import { localizeMains, mainsSections, type MainsPrompt } from '../../content/index.ts';
import { problem } from '../replies.ts';
import type { CommandDefinition, Reply } from '../types.ts';
import type { Lang } from '../i18n/index.ts';
import { t } from '../i18n/index.ts';

const label = (lang: Lang, m: MainsPrompt): string =>
  m.kind === 'pyq'
    ? t(lang, 'mains.pyq', { year: String(m.year ?? ''), paper: m.paper })
    : t(lang, 'mains.editorial', { paper: m.paper });

/** `1`, `2`, `pyq`, `editorial` or an id -> the prompt; undefined when nothing matches. */
function pick(all: readonly MainsPrompt[], which: string): MainsPrompt | undefined {
  const w = which.trim().toLowerCase();
  if (/^\d+$/.test(w)) return all[Number(w) - 1];
  if (w === 'pyq' || w === 'editorial') return all.find((m) => m.kind === w);
  return all.find((m) => m.id === w);
}

function answerReply(lang: Lang, m: MainsPrompt): Reply {
  return {
    visibility: 'ephemeral',
    tone: 'info',
    title: t(lang, 'mains.title', { label: label(lang, m) }),
    lines: [m.prompt, ...(m.note ? [t(lang, 'mains.note', { note: m.note })] : [])],
    fields: mainsSections(m).map((s) => ({ name: s.name, value: s.points.map((p) => `• ${p}`).join('\n') })),
    footer: t(lang, 'mains.compare'),
  };
}

export const mains: CommandDefinition = {
  name: 'mains',
  description: t('en', 'command.mains'),
  usage: t('en', 'command.mains.usage'),
  runIn: 'community',
  reply: 'public',
  options: [
    {
      name: 'which',
      description: t('en', 'command.mains.which'),
      required: false,
      type: 'string',
    },
  ],
  async run(ctx, args) {
    // Replies only the caller sees: in their language.
    const all = ctx.services.content.mains.map((m) => localizeMains(m, ctx.memberLang));
    if (all.length === 0) return problem(t(ctx.memberLang, 'mains.none'));
    const which = (args.which ?? '').trim();
    if (which) {
      const m = pick(all, which);
      if (m) return answerReply(ctx.memberLang, m);
      return problem(t(ctx.memberLang, 'mains.noSuch', { which: which.slice(0, 40), n: all.length }));
    }
    return {
      visibility: 'ephemeral',
      tone: 'info',
      title: t(ctx.memberLang, 'mains.listTitle'),
      lines: all.flatMap((m, i) => [`${i + 1}. ${label(ctx.memberLang, m)}`, m.prompt, '']).slice(0, -1),
      footer: t(ctx.memberLang, 'mains.listFooter'),
    };
  },
};
