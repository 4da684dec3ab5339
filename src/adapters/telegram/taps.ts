// A tap's reply, shown the Telegram way by what it holds (the kind of button does not matter here):
// a picture goes to the member's private chat (an alert carries none, and a group has no message
// only one member sees); a new question goes in the chat where the button was tapped; anything else
// is an alert only the tapper sees, with the full solution sent privately.
import type { Context } from 'grammy';
import type { Reply } from '../../core/types.ts';
import type { Logger } from '../../log.ts';
import { describeError } from './errors.ts';
import { alertText } from './render.ts';
import { sendReply } from './send.ts';
import { shareTap } from './share.ts';
import { sendSolutionPrivately } from './solution.ts';

interface TapDeps {
  log: Logger;
  token: string;
}

export async function showTapReply(ctx: Context, chatId: number, reply: Reply, deps: TapDeps): Promise<void> {
  const from = ctx.callbackQuery!.from;
  if (reply.image) {
    const where = { api: ctx.api, ...deps, botUsername: ctx.me.username };
    await acknowledge(ctx, deps, await shareTap(where, from.id, reply));
    return;
  }
  if (reply.question) {
    // Stop the button's spinner first: the question is the answer, and sending it may take a moment.
    await acknowledge(ctx, deps);
    try {
      await sendReply(ctx.api, chatId, reply);
    } catch (err) {
      deps.log.warn({ err: describeError(err, deps.token) }, 'could not send the question a tap asked for');
    }
    return;
  }
  await acknowledge(ctx, deps, alertText(reply));
  // The alert holds only the verdict; the statement-by-statement solution goes to a private chat.
  await sendSolutionPrivately(ctx.api, from.id, reply, deps);
}

/** Answers the callback query: an alert with `text`, or just the end of the button's spinner. */
export async function acknowledge(ctx: Context, deps: TapDeps, text?: string): Promise<void> {
  try {
    await ctx.answerCallbackQuery(text === undefined ? {} : { text, show_alert: true });
  } catch (err) {
    // The answer is already recorded; a tap answered too late (after ~15 s) only loses the alert.
    deps.log.warn({ err: describeError(err, deps.token) }, 'could not answer a button tap');
  }
}
