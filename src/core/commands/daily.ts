import { dailyReply, todaysPost } from '../cards.ts';
import type { CommandDefinition } from '../types.ts';
import { t } from '../i18n/index.ts';

export const daily: CommandDefinition = {
  name: 'daily',
  description: t('en', 'command.daily'),
  usage: t('en', 'command.daily.usage'),
  runIn: 'community',
  reply: 'public',
  options: [],
  async run(ctx) {
    const post = await todaysPost(ctx.services, ctx.community, ctx.today);
    const reply = dailyReply(ctx.services, ctx.community, post, ctx.lang);
    const mine = await ctx.services.store.answers.answerOf(post.id, ctx.actor.platform, ctx.actor.userId);
    // The post may be public: say that they answered, not what.
    if (mine) reply.footer = t(ctx.lang, 'daily.answered');
    return reply;
  },
};
