import { formatDay } from '../format.ts';
import { t } from '../i18n/index.ts';
import { problem } from '../replies.ts';
import type { CommandDefinition } from '../types.ts';

export const skip: CommandDefinition = {
  name: 'skip',
  description: t('en', 'command.skip'),
  usage: t('en', 'command.skip.usage'),
  runIn: 'community',
  reply: 'public',
  adminOnly: true,
  options: [],
  async run(ctx) {
    const { store, content } = ctx.services;
    // The content of a row made now only keeps the date the community's; nobody is shown it.
    const pick = content.daily(ctx.today);
    const result = await store.skips.add(
      ctx.community.id,
      ctx.today,
      { factId: pick.fact.id, questionId: pick.question.id },
      ctx.actor.userId,
      ctx.now,
    );
    const date = formatDay(ctx.today, ctx.memberLang);
    if (result === 'posted') return problem(t(ctx.memberLang, 'groups.skip.posted', { date }));
    if (result === 'sending') return problem(t(ctx.memberLang, 'groups.skip.sending'));
    if (result === 'already-skipped')
      return {
        visibility: 'ephemeral',
        tone: 'info',
        lines: [t(ctx.memberLang, 'groups.skip.already', { date })],
      };
    return {
      visibility: 'public',
      tone: 'success',
      lang: ctx.lang,
      title: t(ctx.lang, 'groups.skip.title'),
      lines: [t(ctx.lang, 'groups.skip.done', { date: formatDay(ctx.today, ctx.lang) })],
    };
  },
};
