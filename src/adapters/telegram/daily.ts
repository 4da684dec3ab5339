// Daily posting: the day's post sent into a chat, remembering per post what an earlier attempt already
// delivered, so a retry after a failed poll does not post the fact again, and letting two attempts at
// one post take turns. Memory only: a retry in another process (or after a restart) starts from zero
// and the chat sees the fact twice — rare, and avoiding it would need the progress in DailyPost.
import type { Api } from 'grammy';
import type { Reply } from '../../core/types.ts';
import type { Community } from '../../store/index.ts';
import type { DailyParts } from '../types.ts';
import { postDaily, topicOf, type DailyProgress } from './send.ts';

/** Daily posts whose progress is remembered for retries; a day's broadcast fits many times over. */
const REMEMBERED_POSTS = 5_000;

/** Chat types remembered (a chat's type changes only when a group becomes a supergroup). */
const REMEMBERED_CHAT_TYPES = 50_000;

export class DailyPoster {
  /** Per daily post (reply.question.ref): what was delivered, and the attempt still running. */
  private readonly posts = new Map<string, { progress: DailyProgress; attempt?: Promise<unknown> }>();
  private readonly chatTypes = new Map<string, string>();

  constructor(private readonly api: Api) {}

  async send(community: Community, reply: Reply, parts?: DailyParts) {
    const entry = this.entry(reply.question?.ref ?? `community ${community.id}`);
    // Parts recorded in the database, perhaps by a process that died: never sent twice.
    if (parts && parts.sent > entry.progress.delivered) entry.progress.delivered = parts.sent;
    const previous = entry.attempt ?? Promise.resolve();
    const attempt = previous
      .catch(() => undefined)
      .then(async () =>
        postDaily(
          this.api,
          community.externalId,
          await this.chatType(community.externalId),
          reply,
          entry.progress,
          parts?.record,
          topicOf(community),
        ),
      );
    entry.attempt = attempt;
    try {
      return await attempt;
    } finally {
      if (entry.attempt === attempt) entry.attempt = undefined;
    }
  }

  /** Forgets a chat's type: the bot left it, or it became a supergroup (another id, another type). */
  forgetChat(chatId: string): void {
    this.chatTypes.delete(chatId);
  }

  private async chatType(chatId: string): Promise<string> {
    const known = this.chatTypes.get(chatId);
    if (known) return known;
    const chat = await this.api.getChat(chatId);
    // Only scheduled communities are asked; still bounded, forgetting the oldest (Maps keep order).
    if (this.chatTypes.size >= REMEMBERED_CHAT_TYPES)
      this.chatTypes.delete(this.chatTypes.keys().next().value!);
    this.chatTypes.set(chatId, chat.type);
    return chat.type;
  }

  /** The remembered progress of a daily post; the oldest finished ones are forgotten past the bound. */
  private entry(ref: string) {
    let entry = this.posts.get(ref);
    if (!entry) {
      entry = { progress: { delivered: 0 } };
      this.posts.set(ref, entry);
      if (this.posts.size > REMEMBERED_POSTS) {
        // Maps iterate oldest first: forget the oldest finished post, else the oldest of all.
        let forget = this.posts.keys().next().value!;
        for (const [key, e] of this.posts) {
          if (e.progress.done && !e.attempt) {
            forget = key;
            break;
          }
        }
        this.posts.delete(forget);
      }
    }
    return entry;
  }
}
