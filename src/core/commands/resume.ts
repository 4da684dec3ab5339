import { problem } from '../replies.ts';
import type { CommandDefinition } from '../types.ts';
import { t } from '../i18n/index.ts';

export const resume: CommandDefinition = {
  name: 'resume',
  description: t('en', 'command.resume'),
  usage: t('en', 'command.resume.usage'),
  runIn: 'community',
  reply: 'public',
  adminOnly: true,
  options: [],
  async run(ctx) {
    if (ctx.community.inactiveKind === 'setup') {
      return problem(t(ctx.memberLang, 'resume.setupFirst'));
    }
    const c = await ctx.services.store.communities.activate(ctx.community.id);
    return {
      visibility: 'public',
      tone: 'success',
      title: t(ctx.lang, 'resume.title'),
      lines: [t(ctx.lang, 'resume.next', { time: c.postTime, zone: c.timezone })],
    };
  },
};
