// /cancel: stops a form being filled one field per message (/suggest on Telegram or the terminal).
import { t } from '../i18n/index.ts';
import type { CommandDefinition } from '../types.ts';

export const cancel: CommandDefinition = {
  name: 'cancel',
  description: t('en', 'command.cancel'),
  usage: t('en', 'command.cancel.usage'),
  runIn: 'anywhere',
  reply: 'private',
  options: [],
  async run(ctx) {
    const ended = await ctx.services.store.forms.end(ctx.actor.platform, ctx.actor.userId);
    return {
      visibility: 'ephemeral',
      tone: 'info',
      lines: [t(ctx.memberLang, ended ? 'form.cancelled' : 'form.nothing')],
    };
  },
};
