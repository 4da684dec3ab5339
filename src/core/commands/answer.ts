import { todaysPost } from '../cards.ts';
import { LETTERS, parseChoice, problem } from '../replies.ts';
import type { CommandDefinition } from '../types.ts';
import { answerDaily } from '../answering.ts';

export const answer: CommandDefinition = {
  name: 'answer',
  description: "Answer today's question, e.g. /answer b",
  usage: '/answer <a-d>',
  runIn: 'community',
  reply: 'public',
  options: [
    {
      name: 'choice',
      description: 'Your answer',
      required: true,
      type: 'string',
      choices: ['A', 'B', 'C', 'D'].map((l) => ({ name: l, value: l })),
    },
  ],
  async run(ctx, args) {
    const post = await todaysPost(ctx.services, ctx.community, ctx.today);
    const question = ctx.services.content.question(post.questionId);
    const count = question?.options.length ?? 4;
    const choice = parseChoice(args.choice ?? '', count);
    if (choice === undefined) {
      return problem(`Please answer with a letter from a to ${LETTERS[count - 1]}, e.g. /answer b.`);
    }
    return answerDaily(ctx.services, ctx, post.id, choice);
  },
};
