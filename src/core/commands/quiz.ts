import { practiceCard, practiceReply } from '../cards.ts';
import type { CommandDefinition } from '../types.ts';
import { t } from '../i18n/index.ts';

export const quiz: CommandDefinition = {
  name: 'quiz',
  description: t('en', 'command.quiz'),
  usage: t('en', 'command.quiz.usage'),
  runIn: 'anywhere',
  reply: 'private',
  options: [],
  async run(ctx) {
    return practiceReply(practiceCard(ctx.services, undefined, ctx.memberLang), ctx.memberLang);
  },
};
