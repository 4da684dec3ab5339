import { t } from '../i18n/index.ts';
import { problem } from '../replies.ts';
import type { CommandDefinition } from '../types.ts';

export const postnow: CommandDefinition = {
  name: 'postnow',
  description: t('en', 'command.postnow'),
  usage: t('en', 'command.postnow.usage'),
  runIn: 'community',
  reply: 'private',
  adminOnly: true,
  options: [],
  async run(ctx) {
    const { store, posting } = ctx.services;
    const community = ctx.community;
    if (!community.active) {
      return problem(
        t(ctx.memberLang, 'groups.postnow.inactive', { reason: community.inactiveReason ?? 'paused' }),
      );
    }
    if (!posting) return problem(t(ctx.memberLang, 'groups.postnow.unavailable'));
    const existing = await store.dailyPosts.find(community.id, ctx.today);
    if (existing?.state === 'posted') return problem(t(ctx.memberLang, 'groups.postnow.already'));
    // An admin asking for today's post after all takes today's skip back.
    const unskipped = await store.skips.remove(community.id, ctx.today);
    const outcome = await posting.postNow(community);
    if (outcome === 'already') return problem(t(ctx.memberLang, 'groups.postnow.already'));
    if (outcome === 'unavailable') return problem(t(ctx.memberLang, 'groups.postnow.unavailable'));
    if (outcome === 'failed') return problem(t(ctx.memberLang, 'groups.postnow.failed'));
    return {
      visibility: 'ephemeral',
      tone: 'success',
      lines: [
        t(ctx.memberLang, 'groups.postnow.posted'),
        ...(unskipped ? [t(ctx.memberLang, 'groups.postnow.unskipped')] : []),
      ],
    };
  },
};
