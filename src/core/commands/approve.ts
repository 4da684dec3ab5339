// /approve <number> [daily]: an admin approves a member's question by typing (the terminal has no
// buttons; on Telegram the buttons of /suggestions do the same from the private chat).
import { t } from '../i18n/index.ts';
import { problem } from '../replies.ts';
import { moderate } from '../suggest/moderation.ts';
import type { CommandDefinition } from '../types.ts';

export const approve: CommandDefinition = {
  name: 'approve',
  description: t('en', 'command.approve'),
  usage: t('en', 'command.approve.usage'),
  runIn: 'community',
  reply: 'private',
  adminOnly: true,
  options: [
    { name: 'id', description: t('en', 'command.approve.id'), required: true, type: 'string' },
    { name: 'daily', description: t('en', 'command.approve.daily'), required: false, type: 'string' },
  ],
  async run(ctx, args) {
    const m = /^#?(\d{1,9})$/.exec(args.id?.trim() ?? '');
    if (!m) return problem(t(ctx.memberLang, 'suggestions.badNumber'));
    const daily = /^(daily|yes|y|on|दैनिक)$/i.test(args.daily?.trim() ?? '');
    return moderate(ctx.services, ctx, ctx.memberLang, Number(m[1]), daily ? 'approve-daily' : 'approve');
  },
};
