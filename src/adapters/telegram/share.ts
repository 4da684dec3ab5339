// A tap on "Share": the member's card goes to their private chat with the bot (Telegram has no
// message only one member of a group sees, and an alert carries no picture); the tap's alert says
// where it went, or how to open that chat.
import type { Api } from 'grammy';
import { t } from '../../core/i18n/index.ts';
import type { Reply } from '../../core/types.ts';
import type { Logger } from '../../log.ts';
import { describeError } from './errors.ts';
import { sendReply } from './send.ts';

/** Sends a share card (a reply with a picture) privately; returns the tap's alert text. Never throws. */
export async function shareTap(
  deps: { api: Api; log: Logger; token: string; botUsername: string },
  userId: number,
  reply: Reply,
): Promise<string> {
  try {
    await sendReply(deps.api, userId, reply);
    return t(reply.lang ?? 'en', 'share.sent');
  } catch (err) {
    // A bot may only write to users who have opened a chat with it.
    deps.log.debug({ err: describeError(err, deps.token) }, 'could not send a share card privately');
    return t(reply.lang ?? 'en', 'share.needsStart', { bot: deps.botUsername });
  }
}
