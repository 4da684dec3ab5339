import { practiceCard } from '../cards.ts';
import type { CommandDefinition } from '../types.ts';

export const quiz: CommandDefinition = {
  name: 'quiz',
  description: 'A practice question (never changes your streak)',
  usage: '/quiz',
  options: [],
  async run(ctx) {
    const card = practiceCard(ctx.services, undefined, ctx.memberLang);
    return {
      visibility: 'ephemeral',
      tone: 'info',
      title: `Practice · ${card.section}`,
      lines: [],
      footer: 'Practice only: your streak and points are not affected.',
      question: card,
    };
  },
};
