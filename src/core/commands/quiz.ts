import { practiceCardOf, practiceReply } from '../cards.ts';
import { practiceQuestion } from '../suggest/questions.ts';
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
    // The pack's questions and this community's own (approved /suggest questions).
    const question = await practiceQuestion(ctx.services, ctx.community.id);
    return practiceReply(practiceCardOf(ctx.services, question, ctx.memberLang), ctx.memberLang);
  },
};
