import { todaysPost } from '../cards.ts';
import { shareCard } from '../share.ts';
import type { CommandDefinition } from '../types.ts';
import { t } from '../i18n/index.ts';

/**
 * The share card of today's answer, for members who answered where no button can follow: a
 * vote in a platform's native quiz poll carries no reply, so /share is their way to the card the
 * Share button gives elsewhere. The card never shows the chosen option or the key.
 */
export const share: CommandDefinition = {
  name: 'share',
  description: t('en', 'command.share'),
  usage: t('en', 'command.share.usage'),
  runIn: 'community',
  reply: 'public',
  options: [],
  async run(ctx) {
    const post = await todaysPost(ctx.services, ctx.community, ctx.today);
    return shareCard(ctx.services, ctx, post.id);
  },
};
