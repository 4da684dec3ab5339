import type { CommandDefinition } from '../types.ts';
import { t } from '../i18n/index.ts';

/** The reason /pause stores; /help words it in the reader's language. */
export const PAUSED_BY_ADMIN = 'paused by an admin';

export const pause: CommandDefinition = {
  name: 'pause',
  description: t('en', 'command.pause'),
  usage: t('en', 'command.pause.usage'),
  runIn: 'community',
  reply: 'public',
  adminOnly: true,
  options: [],
  async run(ctx) {
    await ctx.services.store.communities.deactivate(ctx.community.id, 'paused', PAUSED_BY_ADMIN);
    return {
      visibility: 'public',
      tone: 'success',
      title: t(ctx.lang, 'pause.title'),
      lines: [t(ctx.lang, 'pause.body')],
    };
  },
};
