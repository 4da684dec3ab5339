import { todaysPost } from '../cards.ts';
import { knownQuestion } from '../suggest/questions.ts';
import { LETTERS, parseChoice, problem } from '../replies.ts';
import type { CommandDefinition } from '../types.ts';
import { answerDaily } from '../answering.ts';
import { t } from '../i18n/index.ts';

export const answer: CommandDefinition = {
  name: 'answer',
  description: t('en', 'command.answer'),
  usage: t('en', 'command.answer.usage'),
  runIn: 'community',
  reply: 'public',
  options: [
    {
      name: 'choice',
      description: t('en', 'command.answer.choice'),
      required: true,
      type: 'string',
      choices: ['A', 'B', 'C', 'D'].map((l) => ({ name: l, value: l })),
    },
  ],
  async run(ctx, args) {
    const post = await todaysPost(ctx.services, ctx.community, ctx.today);
    const question = knownQuestion(ctx.services, post.questionId);
    const count = question?.options.length ?? 4;
    const choice = parseChoice(args.choice ?? '', count);
    if (choice === undefined) {
      return problem(t(ctx.memberLang, 'answer.pickLetter', { last: LETTERS[count - 1] ?? 'd' }));
    }
    return answerDaily(ctx.services, ctx, post.id, choice);
  },
};
