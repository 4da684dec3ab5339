import type { CommandDefinition } from '../types.ts';

export const pause: CommandDefinition = {
  name: 'pause',
  description: 'Stop the daily post in this group',
  usage: '/pause',
  runIn: 'community',
  reply: 'public',
  adminOnly: true,
  options: [],
  async run(ctx) {
    await ctx.services.store.communities.deactivate(ctx.community.id, 'paused', 'paused by an admin');
    return {
      visibility: 'public',
      tone: 'success',
      title: 'Daily post paused',
      lines: ['No daily posts until an admin uses /resume. Streaks and points are kept.'],
    };
  },
};
