import { practiceCard } from '../cards.ts';
import type { CommandDefinition } from '../types.ts';
import { t } from '../i18n/index.ts';

export const quiz: CommandDefinition = {
  name: 'quiz',
  description: t('en', 'command.quiz'),
  usage: t('en', 'command.quiz.usage'),
  options: [],
  async run(ctx) {
    const card = practiceCard(ctx.services, undefined, ctx.memberLang);
    return {
      visibility: 'ephemeral',
      tone: 'info',
      lang: ctx.memberLang,
      title: t(ctx.memberLang, 'quiz.title', { section: card.section }),
      lines: [],
      footer: t(ctx.memberLang, 'quiz.footer'),
      question: card,
    };
  },
};
