// What the scheduler asks of Telegram — the daily post, a message, closing yesterday's post — with
// failures turned into errors it understands: CommunityUnreachableError when the chat is gone, a
// retryable error (after moving the community) when a group became a supergroup, otherwise an error
// that carries a log-safe description (grammY's network errors hold the request URL, with the token).
import { GrammyError, type Api } from 'grammy';
import type { StudyCore } from '../../core/engine.ts';
import { CommunityUnreachableError, type Reply } from '../../core/types.ts';
import type { Logger } from '../../log.ts';
import type { Community } from '../../store/index.ts';
import type { DailyParts, SentPost } from '../types.ts';
import type { DailyPoster } from './daily.ts';
import { describeError, isUnreachable, migratedTo } from './errors.ts';
import { parseMessageRef } from '../messageRef.ts';
import { sendReply } from './send.ts';
import { postClosingSolution } from './solution.ts';

export interface ScheduledDeps {
  core: StudyCore;
  api: Api;
  log: Logger;
  token: string;
  daily: DailyPoster;
  /** A group upgraded to a supergroup: its community follows it (see features/membership.ts). */
  moveCommunity(fromChatId: string, toChatId: string): Promise<void>;
}

export class ScheduledSends {
  constructor(private readonly deps: ScheduledDeps) {}

  sendDaily(community: Community, reply: Reply, parts?: DailyParts): Promise<SentPost> {
    return this.forScheduler(community, () => this.deps.daily.send(community, reply, parts));
  }

  async sendMessage(community: Community, reply: Reply): Promise<void> {
    await this.forScheduler(community, () => sendReply(this.deps.api, community.externalId, reply));
  }

  async closeDaily(community: Community, messageRef: string, postId?: number): Promise<void> {
    const { core, api, log, token } = this.deps;
    const ref = parseMessageRef(messageRef);
    if (!ref) {
      log.warn({ community: community.id }, 'cannot close a daily post with an unknown message ref');
      return;
    }
    try {
      await (ref.buttons
        ? api.editMessageReplyMarkup(ref.chatId, Number(ref.messageId), {
            reply_markup: { inline_keyboard: [] },
          })
        : api.stopPoll(ref.chatId, Number(ref.messageId)));
    } catch (err) {
      const movedTo = migratedTo(err);
      if (movedTo) {
        // The poll's message has another id in the supergroup; it stays open, the community moves.
        log.info(
          { community: community.id },
          'cannot close a daily post in a group that became a supergroup',
        );
        await this.deps.moveCommunity(community.externalId, movedTo);
        return;
      }
      if (err instanceof GrammyError && err.error_code === 400 && !isUnreachable(err)) {
        // Already closed, or deleted by an admin: nothing left to close.
        log.info({ community: community.id, err: describeError(err, token) }, 'daily post already closed');
        return;
      }
      throw this.schedulerError(community, err);
    }
    // Closed now, so nobody can be spoiled: the group gets the full solution.
    if (postId !== undefined) await postClosingSolution(api, core.services, ref, postId, { log, token });
  }

  private async forScheduler<T>(community: Community, send: () => Promise<T>): Promise<T> {
    try {
      return await send();
    } catch (err) {
      const movedTo = migratedTo(err);
      if (movedTo) {
        // A plain (retryable) error: the scheduler's next attempt reads the community at its new id.
        await this.deps.moveCommunity(community.externalId, movedTo);
        throw new Error(`Telegram group ${community.externalId} is now supergroup ${movedTo}`, {
          cause: describeError(err, this.deps.token),
        });
      }
      throw this.schedulerError(community, err);
    }
  }

  private schedulerError(community: Community, err: unknown): Error {
    if (isUnreachable(err)) {
      return new CommunityUnreachableError(
        `Telegram chat ${community.externalId} cannot be reached: ${err.description}`,
        { cause: err },
      );
    }
    return new Error(`Telegram send to ${community.externalId} failed`, {
      cause: describeError(err, this.deps.token),
    });
  }
}
