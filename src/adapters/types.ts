// What the scheduler and main need from a platform adapter. Each adapter renders the core's
// neutral Reply in its platform's own way.
import type { Reply } from '../core/types.ts';
import type { Community } from '../store/index.ts';

export interface SentPost {
  /** The platform's handle of the message (stored in DailyPost.messageRef). */
  messageRef: string;
  /** The id answers will arrive with, when they do not carry the post id (a Telegram poll id). */
  answerRef?: string | undefined;
}

/**
 * How far a daily post got: a post is several messages on some platforms (Telegram: the fact, then
 * the question as a quiz poll). `sent` messages are already in the chat (an earlier attempt, maybe
 * by a process that died); an adapter sends only the rest, and awaits `record` after each message
 * but the last, before sending the next. `record` throws when this process no longer holds the
 * post (its claim was taken over), which stops the send.
 */
export interface DailyParts {
  sent: number;
  record(sent: number): Promise<void>;
}

export interface PlatformAdapter {
  readonly platform: 'discord' | 'telegram' | 'console';
  start(): Promise<void>;
  stop(): Promise<void>;
  /**
   * Posts the day's fact and question (reply.question.kind === 'daily') to a community.
   * Throws CommunityUnreachableError when the bot was removed or lost permission, so the
   * community is marked inactive instead of retried forever; other errors are retried later.
   */
  sendDaily(community: Community, reply: Reply, parts?: DailyParts): Promise<SentPost>;
  /** Posts any other public message (the weekly summary). Same error contract as sendDaily. */
  sendMessage(community: Community, reply: Reply): Promise<void>;
  /**
   * Closes a daily question when its local day ends (stop a poll, disable buttons) and may then
   * publish its solution (`postId` names the post). Optional.
   */
  closeDaily?(community: Community, messageRef: string, postId?: number): Promise<void>;
  /**
   * Sends `reply` privately to one member (a DM): the admin who ran /setup, told that posting
   * failed. Throws when the member cannot be written to. Optional.
   */
  tellAdmin?(community: Community, userId: string, reply: Reply): Promise<void>;
  /**
   * Sends a reply to a member's private chat with the bot (a reminder they asked for). Throws
   * PrivateChatClosedError when the platform will not deliver it (Discord DMs closed, error 50007;
   * a Telegram member who blocked the bot or never started it). Optional: without it the
   * platform's members get no reminders.
   */
  sendPrivate?(userId: string, reply: Reply): Promise<void>;
  /** Outgoing sends per second this adapter can sustain, for the scheduler's broadcast pace. */
  readonly sendConcurrency?: number;
}
