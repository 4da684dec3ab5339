import type { CommandDefinition } from '../types.ts';

export const resume: CommandDefinition = {
  name: 'resume',
  description: 'Start the daily post again',
  usage: '/resume',
  adminOnly: true,
  options: [],
  async run(ctx) {
    const c = await ctx.services.store.communities.setActive(ctx.community.id, true);
    return {
      visibility: 'public',
      tone: 'success',
      title: 'Daily post resumed',
      lines: [`Next post at ${c.postTime} (${c.timezone}).`],
    };
  },
};
