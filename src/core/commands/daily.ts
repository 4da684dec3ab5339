import { dailyReply, todaysPost } from '../cards.ts';
import type { CommandDefinition } from '../types.ts';

export const daily: CommandDefinition = {
  name: 'daily',
  description: "Today's fact and question for this group",
  usage: '/daily',
  options: [],
  async run(ctx) {
    const post = await todaysPost(ctx.services, ctx.community, ctx.today);
    const reply = dailyReply(ctx.services, ctx.community, post, ctx.lang);
    const mine = await ctx.services.store.answers.answerOf(post.id, ctx.actor.platform, ctx.actor.userId);
    // The post may be public: say that they answered, not what.
    if (mine) reply.footer = "You have answered today's question. Come back tomorrow!";
    return reply;
  },
};
