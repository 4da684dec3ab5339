// /decline <number> <reason>: an admin declines a member's question and says why; the member reads
// the reason (the Decline button declines without one).
import { t } from '../i18n/index.ts';
import { problem } from '../replies.ts';
import { moderate } from '../suggest/moderation.ts';
import type { CommandDefinition } from '../types.ts';

export const decline: CommandDefinition = {
  name: 'decline',
  description: t('en', 'command.decline'),
  usage: t('en', 'command.decline.usage'),
  runIn: 'community',
  reply: 'private',
  adminOnly: true,
  options: [
    { name: 'id', description: t('en', 'command.decline.id'), required: true, type: 'string' },
    { name: 'reason', description: t('en', 'command.decline.reason'), required: true, type: 'string' },
  ],
  async run(ctx, args) {
    const m = /^#?(\d{1,9})$/.exec(args.id?.trim() ?? '');
    if (!m) return problem(t(ctx.memberLang, 'suggestions.badNumber'));
    const reason = args.reason?.trim() ?? '';
    if (reason.length < 3) return problem(t(ctx.memberLang, 'suggestions.needReason'));
    return moderate(ctx.services, ctx, ctx.memberLang, Number(m[1]), 'decline', reason);
  },
};
