// Answers coming back from members: votes on the daily quiz poll (poll_answer) and taps on answer
// buttons (callback_query). Both are recorded through the core; feedback on a tap is an alert only
// the tapper sees, and a vote needs none (Telegram shows the result of a quiz poll to the voter).
import type { Bot } from 'grammy';
import type { StudyCore } from '../../core/engine.ts';
import { memberLang, t } from '../../core/i18n/index.ts';
import { notAdmin } from '../../core/permissions.ts';
import { parseTap } from '../../core/taps/index.ts';
import type { Actor, Capability, Place } from '../../core/types.ts';
import type { Logger } from '../../log.ts';
import { displayName, TAP_BUDGET } from './render.ts';
import { asBroadcast } from '../../pacing/priority.ts';
import { sendSolutionPrivately, SolutionFollowUps } from './solution.ts';
import { acknowledge, showTapReply } from './taps.ts';
import type { VoteRecorder } from './votes.ts';
import type { AdminCheck } from './admin.ts';
import type { Chat } from 'grammy/types';

/** What Telegram offers the commands that need it (CommandDefinition.needs): no roles. */
export const TELEGRAM_CAPABILITIES: readonly Capability[] = ['buttons'];

/** A member; `isAdmin` is asked only for commands (see commands.ts), a tap or a vote needs no rights. */
export function actorOf(
  user: {
    id: number;
    first_name: string;
    last_name?: string | undefined;
    language_code?: string | undefined;
  },
  isAdmin: Actor['isAdmin'] = notAdmin,
): Actor {
  return {
    platform: 'telegram',
    userId: String(user.id),
    displayName: displayName(user),
    isAdmin,
    locale: user.language_code,
  };
}

export function placeOf(chat: { id: number; type?: string; title?: string | undefined }): Place {
  // A private chat gets the daily post only once its member asks for it with /setup.
  return {
    platform: 'telegram',
    chatId: String(chat.id),
    title: chat.title,
    postsBeforeSetup: chat.type !== 'private',
    isPrivate: chat.type === 'private',
    capabilities: TELEGRAM_CAPABILITIES,
  };
}

export function registerAnswerHandlers(
  bot: Bot,
  deps: { core: StudyCore; log: Logger; token: string; votes: VoteRecorder; admins: AdminCheck },
): void {
  const { core, log, token } = deps;
  const followUps = new SolutionFollowUps();

  bot.on('poll_answer', async (ctx) => {
    const { poll_id: pollId, option_ids: options, user } = ctx.pollAnswer;
    // A retracted vote has no options (the first answer already counted); a vote cast as a chat has
    // no user and cannot be credited to a member.
    const choice = options[0];
    if (choice === undefined || !user) return;
    await deps.votes.record({
      actor: actorOf(user),
      pollId,
      choice,
      // A follow-up nobody waits on: at a rush of votes these solutions (30 a second at most) would
      // otherwise hold every member's command reply behind them (tests/e2e/telegram-vote-rush).
      onOutcome: (reply) =>
        followUps.run(() =>
          asBroadcast(() => sendSolutionPrivately(ctx.api, user.id, reply, { log, token })),
        ),
    });
  });

  bot.on('callback_query:data', async (ctx) => {
    const payload = parseTap(ctx.callbackQuery.data, TAP_BUDGET);
    const chat = ctx.callbackQuery.message?.chat;
    if (!payload || !chat) {
      await acknowledge(
        ctx,
        { log, token },
        t(memberLang(actorOf(ctx.callbackQuery.from)), 'answer.staleButton'),
      );
      return;
    }
    const from = ctx.callbackQuery.from;
    // A group's member questions are decided from the admin's private chat: the core asks whether
    // the tapper administers that group.
    const isAdminOf = (chatId: string) =>
      deps.admins.isAdmin({ id: Number(chatId), type: 'supergroup' } as Chat, from);
    const reply = await core.answerTap(
      { actor: { ...actorOf(from), isAdminOf }, place: placeOf(chat) },
      payload,
    );
    await showTapReply(ctx, chat.id, reply, { log, token });
  });
}
