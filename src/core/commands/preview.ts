import { questionBody } from '../../content/index.ts';
import { formatDay } from '../format.ts';
import { t } from '../i18n/index.ts';
import { letter } from '../replies.ts';
import { addDays, fromDateColumn } from '../time.ts';
import type { CommandDefinition } from '../types.ts';

export const preview: CommandDefinition = {
  name: 'preview',
  description: t('en', 'command.preview'),
  usage: t('en', 'command.preview.usage'),
  runIn: 'community',
  reply: 'private',
  adminOnly: true,
  options: [],
  async run(ctx) {
    const { store, content } = ctx.services;
    const tomorrow = addDays(ctx.today, 1);
    // A row made early (after a zone change) keeps its own content; otherwise the rotation decides.
    const made = await store.dailyPosts.find(ctx.community.id, tomorrow);
    const pick = content.daily(tomorrow);
    const fact = (made && content.fact(made.factId)) || pick.fact;
    const question = (made && content.question(made.questionId)) || pick.question;
    const date = formatDay(made ? fromDateColumn(made.localDate) : tomorrow, ctx.memberLang);
    const skipped = await store.skips.has(ctx.community.id, tomorrow);
    return {
      visibility: 'ephemeral',
      privateOnly: true,
      tone: 'info',
      lang: ctx.memberLang,
      title: t(ctx.memberLang, 'groups.preview.title', { date }),
      lines: [
        ...(skipped ? [t(ctx.memberLang, 'groups.preview.skipped')] : []),
        fact.title,
        fact.text,
        ...questionBody(question),
        ...question.options.map((o, i) => `${letter(i)} ${o}`),
        t(ctx.memberLang, 'groups.preview.answer', {
          letter: letter(question.answer),
          option: question.options[question.answer] ?? '',
        }),
      ],
      footer: t(ctx.memberLang, 'groups.preview.footer'),
    };
  },
};
