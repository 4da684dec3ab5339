import { todaysPost } from '../cards.ts';
import { shareCard } from '../share.ts';
import type { CommandDefinition } from '../types.ts';

/**
 * The share card of today's answer, for members who answered where no button can follow: a
 * vote in a platform's native quiz poll carries no reply, so /share is their way to the card the
 * Share button gives elsewhere. The card never shows the chosen option or the key.
 */
export const share: CommandDefinition = {
  name: 'share',
  description: "A picture of today's result you can forward (never shows the answer)",
  usage: '/share',
  runIn: 'community',
  reply: 'public',
  options: [],
  async run(ctx) {
    const post = await todaysPost(ctx.services, ctx.community, ctx.today);
    return shareCard(ctx.services, ctx, post.id);
  },
};
