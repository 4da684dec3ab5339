// A tap on "Share": the member's card goes to their private chat with the bot (Telegram has no
// message only one member of a group sees, and an alert carries no picture); the tap's alert says
// where it went, or how to open that chat.
import type { Api } from 'grammy';
import type { StudyCore } from '../../core/engine.ts';
import { memberLang, t } from '../../core/i18n/index.ts';
import type { Actor, Place } from '../../core/types.ts';
import type { Logger } from '../../log.ts';
import { describeError } from './errors.ts';
import { alertText } from './render.ts';
import { sendReply } from './send.ts';

/** Sends the share card privately; returns the tap's alert text. Never throws. */
export async function shareTap(
  deps: { api: Api; core: StudyCore; log: Logger; token: string; botUsername: string },
  from: { actor: Actor; place: Place },
  postId: number,
): Promise<string> {
  const reply = await deps.core.shareCard(from, postId);
  if (!reply.image) return alertText(reply);
  try {
    await sendReply(deps.api, from.actor.userId, reply);
    return t(reply.lang ?? memberLang(from.actor), 'share.sent');
  } catch (err) {
    // A bot may only write to users who have opened a chat with it.
    deps.log.debug({ err: describeError(err, deps.token) }, 'could not send a share card privately');
    return t(reply.lang ?? memberLang(from.actor), 'share.needsStart', { bot: deps.botUsername });
  }
}
