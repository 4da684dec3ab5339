import { practiceCard, practiceReply } from '../cards.ts';
import type { CommandDefinition } from '../types.ts';

export const quiz: CommandDefinition = {
  name: 'quiz',
  description: 'A practice question (never changes your streak)',
  usage: '/quiz',
  options: [],
  async run(ctx) {
    return practiceReply(practiceCard(ctx.services));
  },
};
