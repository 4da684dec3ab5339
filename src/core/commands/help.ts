import { WAITING_FOR_SETUP } from '../../store/communities.ts';
import { isAdminOrNot } from '../permissions.ts';
import type { CommandContext, CommandDefinition } from '../types.ts';
import { commands } from './index.ts';

/** The first line of /help: when the daily post comes here, or how to get it. */
function schedule(ctx: CommandContext, isAdmin: boolean): string {
  const c = ctx.community;
  if (c.active)
    return `Every day at ${c.postTime} (${c.timezone}) I post a fact and a question from the India-Japan relations pack. Answer it the same day to build your streak; each right answer earns 10 points.`;
  if (c.inactiveKind === 'setup') {
    // A private chat or a new server: nothing is posted until someone asks for it.
    const who = isAdmin ? 'run' : 'an admin can run';
    return `Daily posts are off here (${WAITING_FOR_SETUP}) so that nobody gets them unasked: ${who} /setup with a time, e.g. /setup 07:30 Asia/Kolkata, to get a fact and a question here every day. /daily, /fact and /quiz work meanwhile.`;
  }
  return `Daily posts are off here (${c.inactiveReason ?? 'paused'}); an admin can start them with /setup. /daily, /fact and /quiz work meanwhile.`;
}

export const help: CommandDefinition = {
  name: 'help',
  aliases: ['start'],
  description: 'What this bot does and every command',
  usage: '/help',
  runIn: 'anywhere',
  reply: 'private',
  options: [],
  async run(ctx) {
    // Asked once, here: the platform decides who administers the place.
    const isAdmin = await isAdminOrNot(ctx.actor);
    const lines = commands
      .filter((c) => !c.adminOnly || isAdmin)
      .map((c) => `${c.usage} — ${c.description}${c.adminOnly ? ' (admins)' : ''}`);
    return {
      visibility: 'ephemeral',
      tone: 'info',
      title: 'Studybot — daily UPSC revision',
      lines: [schedule(ctx, isAdmin), ...lines],
    };
  },
};
