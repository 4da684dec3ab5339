// Answers coming back from members: votes on the daily quiz poll (poll_answer) and taps on answer
// buttons (callback_query). Both are recorded through the core; feedback on a tap is an alert only
// the tapper sees, and a vote needs none (Telegram shows the result of a quiz poll to the voter).
import { createHash } from 'node:crypto';
import type { Bot, Context } from 'grammy';
import type { StudyCore } from '../../core/engine.ts';
import type { Actor, Place, QuestionCard } from '../../core/types.ts';
import type { Logger } from '../../log.ts';
import { alertText, displayName, TELEGRAM_LIMITS } from './render.ts';
import { describeError } from './errors.ts';
import { sendSolutionPrivately } from './solution.ts';
import { shareTap } from './share.ts';
import type { VoteRecorder } from './votes.ts';

/**
 * Button data: `d:<dailyPostId>:<choice>` for the daily question, `p:<questionId>:<choice>` for
 * practice. A question id too long for Telegram's 64-byte limit travels as `h:<hash>:<choice>`,
 * resolved against the content pack, so no process has to remember which message asked what.
 */
export function answerData(card: QuestionCard, choice: number): string {
  if (card.kind === 'daily') return `d:${card.ref}:${choice}`;
  const plain = `p:${card.questionId}:${choice}`;
  return Buffer.byteLength(plain) <= TELEGRAM_LIMITS.callbackData
    ? plain
    : `h:${questionHash(card.questionId)}:${choice}`;
}

/** The Share button under a daily answer's feedback: `s:<postId>`. */
export const shareData = (postId: number) => `s:${postId}`;

export type ParsedAnswer =
  | { kind: 'share'; postId: number }
  | { kind: 'daily'; postId: number; choice: number }
  | { kind: 'practice'; questionId: string; choice: number }
  | { kind: 'practice-hash'; hash: string; choice: number };

export function parseAnswerData(data: string): ParsedAnswer | null {
  // `s:<postId>`: the Share button under a daily answer's feedback (see pictures.ts).
  const share = /^s:(\d{1,15})$/.exec(data);
  if (share) return Number(share[1]) > 0 ? { kind: 'share', postId: Number(share[1]) } : null;
  const m = /^([dph]):(.+):(\d)$/.exec(data);
  if (!m) return null;
  const [, kind, ref, digit] = m as unknown as [string, string, string, string];
  const choice = Number(digit);
  if (kind === 'd') {
    const postId = Number(ref);
    return Number.isSafeInteger(postId) && postId > 0 ? { kind: 'daily', postId, choice } : null;
  }
  return kind === 'p'
    ? { kind: 'practice', questionId: ref, choice }
    : { kind: 'practice-hash', hash: ref, choice };
}

export function questionHash(questionId: string): string {
  return createHash('sha256').update(questionId).digest('base64url').slice(0, 16);
}

export function actorOf(user: {
  id: number;
  first_name: string;
  last_name?: string | undefined;
  language_code?: string | undefined;
}): Actor {
  return {
    platform: 'telegram',
    userId: String(user.id),
    displayName: displayName(user),
    isAdmin: false,
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
  };
}

export function registerAnswerHandlers(
  bot: Bot,
  deps: { core: StudyCore; log: Logger; token: string; votes: VoteRecorder },
): void {
  const { core, log, token } = deps;
  let byHash: Map<string, string> | undefined;
  const questionIdOf = (hash: string) => {
    byHash ??= new Map(core.services.content.questions.map((q) => [questionHash(q.id), q.id]));
    return byHash.get(hash);
  };

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
      onOutcome: (reply) => sendSolutionPrivately(ctx.api, user.id, reply, { log, token }),
    });
  });

  bot.on('callback_query:data', async (ctx) => {
    const parsed = parseAnswerData(ctx.callbackQuery.data);
    const chat = ctx.callbackQuery.message?.chat;
    if (!parsed || !chat) {
      await answerTap(ctx, 'This button no longer works. Try /daily or /quiz.');
      return;
    }
    const actor = actorOf(ctx.callbackQuery.from);
    if (parsed.kind === 'share') {
      const from = { actor, place: placeOf(chat) };
      const deps = { api: ctx.api, core, log, token, botUsername: ctx.me.username };
      await answerTap(ctx, await shareTap(deps, from, parsed.postId));
      return;
    }
    let reply;
    if (parsed.kind === 'daily') {
      reply = await core.answerDaily({ actor, place: placeOf(chat) }, parsed.postId, parsed.choice);
    } else {
      const questionId = parsed.kind === 'practice' ? parsed.questionId : questionIdOf(parsed.hash);
      reply = questionId
        ? await core.answerPractice({ actor, place: placeOf(chat) }, questionId, parsed.choice)
        : null;
    }
    await answerTap(
      ctx,
      reply ? alertText(reply) : 'That practice question is no longer in the pack. Try /quiz.',
    );
    // The alert holds only the verdict; the statement-by-statement solution goes to a private chat.
    if (reply) await sendSolutionPrivately(ctx.api, ctx.callbackQuery.from.id, reply, { log, token });
  });

  async function answerTap(ctx: Context, text: string) {
    try {
      await ctx.answerCallbackQuery({ text, show_alert: true });
    } catch (err) {
      // The answer is already recorded; a tap answered too late (after ~15 s) only loses the alert.
      log.warn({ err: describeError(err, token) }, 'could not answer a button tap');
    }
  }
}
