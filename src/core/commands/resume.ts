import { WAITING_FOR_SETUP } from '../../store/communities.ts';
import { problem } from '../replies.ts';
import type { CommandDefinition } from '../types.ts';
import { t } from '../i18n/index.ts';

export const resume: CommandDefinition = {
  name: 'resume',
  description: t('en', 'command.resume'),
  usage: t('en', 'command.resume.usage'),
  adminOnly: true,
  options: [],
  async run(ctx) {
    if (ctx.community.inactiveReason === WAITING_FOR_SETUP) {
      return problem(t(ctx.memberLang, 'resume.setupFirst'));
    }
    const c = await ctx.services.store.communities.setActive(ctx.community.id, true);
    return {
      visibility: 'public',
      tone: 'success',
      title: t(ctx.lang, 'resume.title'),
      lines: [t(ctx.lang, 'resume.next', { time: c.postTime, zone: c.timezone })],
    };
  },
};
