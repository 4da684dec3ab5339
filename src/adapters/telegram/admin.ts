// Who may run admin-only commands: the chat's creator and administrators, as Telegram reports them
// (getChatMember), remembered briefly so a burst of admin commands costs one API call.
import type { Api } from 'grammy';
import type { Chat, Message, User } from 'grammy/types';

export const ADMIN_CACHE_MS = 60_000;
const MAX_ENTRIES = 10_000;

/** Telegram's id of the "Group" user that speaks for anonymous group admins. */
const GROUP_ANONYMOUS_BOT = 1087968824;

export class AdminCheck {
  private readonly cache = new Map<string, { admin: boolean; until: number }>();

  constructor(
    private readonly api: Api,
    private readonly ttlMs = ADMIN_CACHE_MS,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * True when the sender administers the chat. In a private chat the user is admin of their own
   * chat; in a channel only admins can post; a message sent "as the group" comes from an anonymous
   * admin. Throws when Telegram cannot be asked (the caller tells the user to try again).
   */
  async isAdmin(chat: Chat, from: User | undefined, message?: Message): Promise<boolean> {
    if (chat.type === 'private' || chat.type === 'channel') return true;
    if (message?.sender_chat?.id === chat.id) return true;
    if (!from || from.id === GROUP_ANONYMOUS_BOT) return false;
    const key = `${chat.id}:${from.id}`;
    const now = this.now();
    const cached = this.cache.get(key);
    if (cached && cached.until > now) return cached.admin;
    const member = await this.api.getChatMember(chat.id, from.id);
    const admin = member.status === 'creator' || member.status === 'administrator';
    if (this.cache.size >= MAX_ENTRIES) this.prune(now);
    this.cache.set(key, { admin, until: now + this.ttlMs });
    return admin;
  }

  private prune(now: number) {
    for (const [key, entry] of this.cache) if (entry.until <= now) this.cache.delete(key);
    // Still full of live entries: drop the oldest half (Map keeps insertion order).
    if (this.cache.size >= MAX_ENTRIES) {
      let drop = this.cache.size / 2;
      for (const key of this.cache.keys()) {
        if (drop-- <= 0) break;
        this.cache.delete(key);
      }
    }
  }
}
