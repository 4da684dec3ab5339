// Solutions on Telegram. A group has no private replies, so the full statement-by-statement
// solution reaches a member in their private chat with the bot right after they answer (only
// possible once they have pressed Start there), and the whole group when the day's question closes.
import { GrammyError, type Api } from 'grammy';
import { closedDailySolution } from '../../core/solution.ts';
import type { CoreServices, Reply } from '../../core/types.ts';
import type { Logger } from '../../log.ts';
import { describeError } from './errors.ts';
import type { MessageRef } from '../messageRef.ts';
import { sendReply } from './send.ts';
import { PacerDropped } from '../../pacing/pacer.ts';

/**
 * At most this many private solutions wait or are sent at once: 20 s of Telegram's 30 messages a
 * second. They wait in the pacer's broadcast queue (1,000), which the daily broadcast shares: at a
 * rush of votes (200 a second) the rest are skipped before they are even rendered, so they neither
 * crowd out the broadcast nor cost the CPU the votes need. The group gets the solution at close.
 */
export const SOLUTIONS_PENDING_MAX = 600;

/** Private solutions under way, per adapter (see SOLUTIONS_PENDING_MAX). */
export class SolutionFollowUps {
  private pending = 0;
  skipped = 0;

  constructor(private readonly max = SOLUTIONS_PENDING_MAX) {}

  /** Runs `send` unless `max` are already under way (then counts a skip). */
  async run(send: () => Promise<void>): Promise<void> {
    if (this.pending >= this.max) {
      this.skipped += 1;
      return;
    }
    this.pending += 1;
    try {
      await send();
    } finally {
      this.pending -= 1;
    }
  }
}

/**
 * Sends a member the solution of what they just answered, privately. Nothing is sent when there is
 * no worked solution (the poll or the alert already said right or wrong) or the answer was not
 * recorded now. A member who never started the bot cannot be written to (403): that is normal, and
 * quiet. Never throws.
 */
export async function sendSolutionPrivately(
  api: Api,
  userId: number,
  reply: Reply,
  deps: { log: Logger; token: string },
): Promise<void> {
  if (reply.answer?.status !== 'recorded' || !reply.answer.solution?.length) return;
  try {
    await sendReply(api, userId, reply);
  } catch (err) {
    // A member who never started the bot (403), or a solution the pacer dropped at a rush (it waited
    // past its bound or the queue was full; the group gets the solution when the day closes).
    const quiet = (err instanceof GrammyError && err.error_code === 403) || err instanceof PacerDropped;
    deps.log[quiet ? 'debug' : 'warn'](
      { err: describeError(err, deps.token) },
      'could not send a solution privately',
    );
  }
}

/**
 * Posts the solution of a closed daily question in its chat, as a reply to the poll (or the
 * question's message). Best effort: the question is closed either way. Never throws.
 */
export async function postClosingSolution(
  api: Api,
  services: CoreServices,
  ref: MessageRef,
  postId: number,
  deps: { log: Logger; token: string },
  /** The forum topic the question was posted in. */
  threadId?: number,
): Promise<void> {
  try {
    const reply = await closedDailySolution(services, postId);
    if (reply) await sendReply(api, ref.chatId, reply, { replyTo: Number(ref.messageId), threadId });
  } catch (err) {
    deps.log.warn({ err: describeError(err, deps.token), post: postId }, 'could not post the solution');
  }
}
