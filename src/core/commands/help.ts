import { isAdminOrNot } from '../permissions.ts';
import type { CommandContext, CommandDefinition } from '../types.ts';
import { commands } from './index.ts';
import { PAUSED_BY_ADMIN } from './pause.ts';
import { commandText, t } from '../i18n/index.ts';

/** The first line of /help: when the daily post comes here, or how to get it. */
function schedule(ctx: CommandContext, isAdmin: boolean): string {
  const c = ctx.community;
  const lang = ctx.memberLang;
  if (c.active) return t(lang, 'help.active', { time: c.postTime, zone: c.timezone });
  if (c.inactiveKind === 'setup') {
    // A private chat or a new server: nothing is posted until someone asks for it.
    return t(lang, 'help.waiting', { reason: t(lang, 'help.reasonSetup'), admin: isAdmin });
  }
  return t(lang, 'help.off', { reason: reasonText(ctx, c.inactiveReason) });
}

/** The stored reason in the reader's language when the core wrote it; other reasons as stored. */
function reasonText(ctx: CommandContext, reason: string | null | undefined): string {
  if (!reason) return t(ctx.memberLang, 'help.paused');
  if (reason === PAUSED_BY_ADMIN) return t(ctx.memberLang, 'help.reasonPausedByAdmin');
  return reason;
}

export const help: CommandDefinition = {
  name: 'help',
  aliases: ['start'],
  description: t('en', 'command.help'),
  usage: t('en', 'command.help.usage'),
  runIn: 'anywhere',
  reply: 'private',
  options: [],
  async run(ctx) {
    // Asked once, here: the platform decides who administers the place.
    const isAdmin = await isAdminOrNot(ctx.actor);
    const lines = commands
      .filter((c) => !c.adminOnly || isAdmin)
      // What this platform cannot do (role rewards outside Discord) is not offered.
      .filter((c) => !c.needs || ctx.place.capabilities?.includes(c.needs))
      .map((c) =>
        t(ctx.memberLang, 'help.line', {
          usage: commandText(ctx.memberLang, `command.${c.name}.usage`) ?? c.usage,
          description: commandText(ctx.memberLang, `command.${c.name}`) ?? c.description,
          admins: c.adminOnly === true,
        }),
      );
    return {
      visibility: 'ephemeral',
      tone: 'info',
      title: t(ctx.memberLang, 'help.title'),
      lines: [schedule(ctx, isAdmin), ...lines],
    };
  },
};
