import { problem } from '../replies.ts';
import type { CommandDefinition } from '../types.ts';

export const resume: CommandDefinition = {
  name: 'resume',
  description: 'Start the daily post again',
  usage: '/resume',
  runIn: 'community',
  reply: 'public',
  adminOnly: true,
  options: [],
  async run(ctx) {
    if (ctx.community.inactiveKind === 'setup') {
      return problem('Run /setup first, in the channel that should get the daily post.');
    }
    const c = await ctx.services.store.communities.activate(ctx.community.id);
    return {
      visibility: 'public',
      tone: 'success',
      title: 'Daily post resumed',
      lines: [`Next post at ${c.postTime} (${c.timezone}).`],
    };
  },
};
