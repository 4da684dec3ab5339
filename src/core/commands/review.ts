// /review: the member's spaced review, in private (see core/review/session.ts). Discord replies
// ephemerally and the terminal is one person's; a Telegram group gets a link that opens the
// member's private chat with the bot at /start review, so answers never spoil a group's question.
import { t } from '../i18n/index.ts';
import { nextReview, type ReviewScope } from '../review/session.ts';
import type { CommandContext, CommandDefinition, Reply } from '../types.ts';

/** Telegram groups cannot hold a private session: the member is sent to their chat with the bot. */
export function needsPrivateChat(ctx: CommandContext): boolean {
  return ctx.place.platform === 'telegram' && !ctx.place.isPrivate;
}

/** The member's review language and zone: their reminder's zone when set, else the place's. */
async function reviewScope(ctx: CommandContext): Promise<ReviewScope> {
  const reminder = await ctx.services.store.reminders.of(ctx.actor.platform, ctx.actor.userId);
  return { lang: ctx.memberLang, timezone: reminder?.timezone ?? ctx.community.timezone };
}

export function openPrivateChat(ctx: CommandContext, start: string, lines: string[]): Reply {
  return {
    visibility: 'ephemeral',
    tone: 'info',
    lines,
    openPrivate: { start, label: t(ctx.memberLang, 'review.openPrivateButton') },
  };
}

export const review: CommandDefinition = {
  name: 'review',
  description: t('en', 'command.review'),
  usage: t('en', 'command.review.usage'),
  // Not in Discord DMs, as before: a session's and a reminder's default zone is the place's.
  runIn: 'community',
  reply: 'private',
  options: [],
  async run(ctx) {
    if (needsPrivateChat(ctx))
      return openPrivateChat(ctx, 'review', [t(ctx.memberLang, 'review.openPrivate')]);
    return nextReview(ctx.services, ctx, await reviewScope(ctx), { reviewed: 0, right: 0 });
  },
};
