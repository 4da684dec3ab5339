// A tap on "Share": the member's card goes to their private chat with the bot (Telegram has no
// message only one member of a group sees, and an alert carries no picture); the tap's alert says
// where it went, or how to open that chat.
import type { Api } from 'grammy';
import type { Reply } from '../../core/types.ts';
import type { Logger } from '../../log.ts';
import { describeError } from './errors.ts';
import { sendReply } from './send.ts';

export const SHARE_SENT = 'Your card is in your private chat with me: forward it from there.';

export const shareNeedsStart = (botUsername: string) =>
  `To get your card, open a private chat with me (@${botUsername}) and press Start, then tap Share again.`;

/** Sends a share card (a reply with a picture) privately; returns the tap's alert text. Never throws. */
export async function shareTap(
  deps: { api: Api; log: Logger; token: string; botUsername: string },
  userId: number,
  reply: Reply,
): Promise<string> {
  try {
    await sendReply(deps.api, userId, reply);
    return SHARE_SENT;
  } catch (err) {
    // A bot may only write to users who have opened a chat with it.
    deps.log.debug({ err: describeError(err, deps.token) }, 'could not send a share card privately');
    return shareNeedsStart(deps.botUsername);
  }
}
