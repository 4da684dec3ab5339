// Things the bot could not tell a member when they happened, told on their next command: a reminder
// switched off because their private chat closed, and an admin's decision on their question.
import { DMS_CLOSED } from '../store/reminders.ts';
import { t } from './i18n/index.ts';
import { untoldDecisions } from './suggest/decide.ts';
import type { CommandContext, Reply } from './types.ts';

export async function withNotices(ctx: CommandContext, reply: Reply): Promise<Reply> {
  const { store } = ctx.services;
  // Side by side: every command waits for these, so they must cost one round trip, not two.
  const [notice, decisions] = await Promise.all([
    store.reminders.takeNotice(ctx.actor.platform, ctx.actor.userId).catch(() => null),
    untoldDecisions(ctx.services, ctx.actor, ctx.memberLang).catch(() => []),
  ]);
  if (notice === DMS_CLOSED) reply.lines.push(t(ctx.memberLang, 'remind.closedNotice'));
  reply.lines.push(...decisions);
  return reply;
}
