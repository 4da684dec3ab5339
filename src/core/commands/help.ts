import type { CommandDefinition } from '../types.ts';
import { commands } from './index.ts';

export const help: CommandDefinition = {
  name: 'help',
  aliases: ['start'],
  description: 'What this bot does and every command',
  usage: '/help',
  options: [],
  async run(ctx) {
    const lines = commands
      .filter((c) => !c.adminOnly || ctx.actor.isAdmin)
      .map((c) => `${c.usage} — ${c.description}${c.adminOnly ? ' (admins)' : ''}`);
    return {
      visibility: 'ephemeral',
      tone: 'info',
      title: 'Studybot — daily UPSC revision',
      lines: [
        ctx.community.active
          ? `Every day at ${ctx.community.postTime} (${ctx.community.timezone}) I post a fact and a question from the India-Japan relations pack. Answer it the same day to build your streak; each right answer earns 10 points.`
          : `Daily posts are off here (${ctx.community.inactiveReason ?? 'paused'}); an admin can start them with /setup. /daily, /fact and /quiz work meanwhile.`,
        ...lines,
      ],
    };
  },
};
