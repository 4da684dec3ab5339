// The core's vocabulary. Adapters turn platform events into these and render Reply back; nothing
// here knows about Discord or Telegram.
import type { ContentLibrary } from '../content/index.ts';
import type { Lang } from '../content/i18n/languages.ts';
import type { Logger } from '../log.ts';
import type { Community, Store } from '../store/index.ts';
import type { LocalDate } from './time.ts';

export type Platform = 'discord' | 'telegram' | 'console';

/** Who is acting. Adapters decide isAdmin from the platform's own permissions. */
export interface Actor {
  platform: Platform;
  userId: string;
  displayName: string;
  isAdmin: boolean;
  /** The platform's language hint (Telegram language_code, Discord interaction locale), if any. */
  locale?: string | undefined;
}

/** Where: the community's key on its platform (guild or chat) and, on Discord, the channel. */
export interface Place {
  platform: Platform;
  chatId: string;
  channelId?: string | undefined;
  title?: string | undefined;
  /**
   * False where the bot must not post until someone runs /setup there: a Discord server (an admin
   * picks the channel) and a private chat (one command must not sign a member up for daily posts).
   * Telegram groups and channels, and the terminal, get the daily post from first contact.
   */
  postsBeforeSetup?: boolean | undefined;
  /** A chat between the bot and this one member (Telegram private chat, Discord DM): public replies
   * there speak the member's language, as private ones do. */
  isPrivate?: boolean | undefined;
}

export interface Invocation {
  actor: Actor;
  place: Place;
}

/** A multiple-choice question as shown to members. */
export interface QuestionCard {
  kind: 'daily' | 'practice';
  /** The daily post id, or the question id for practice. Answers come back with it. */
  ref: string;
  questionId: string;
  prompt: string;
  options: string[];
  /** Index of the right option: needed by platforms that check answers natively (quiz polls). */
  correct: number;
  explanation: string;
  section: string;
  /** Daily questions close when the community's local day ends. */
  closesAt?: Date | undefined;
  // ── UPSC formats (issue 11). `prompt` above is the whole body for text surfaces (stem, numbered
  // statements or pairs, lead-in); these fields let a platform render the parts natively. Items carry
  // their text only: verdicts live in `solution`, shown after answering, so nothing can spoil.
  format?: 'single' | 'statements' | 'how-many' | 'pairs' | 'assertion-reason' | undefined;
  /** the stem as written */
  stem?: string | undefined;
  statements?: string[] | undefined;
  pairs?: { left: string; right: string }[] | undefined;
  columns?: [string, string] | undefined;
  statementI?: string | undefined;
  statementII?: string | undefined;
  leadIn?: string | undefined;
  /** the quiz-poll question: the lead-in for multi formats (at most 300 characters) */
  pollQuestion?: string | undefined;
  /** options short enough for a quiz poll (at most 100 characters each) */
  pollOptions?: string[] | undefined;
  /** the full solution, one line per statement or pair then the teaching paragraph */
  solution?: string[] | undefined;
}

export interface AnswerOutcome {
  status: 'recorded' | 'duplicate' | 'closed';
  choice: number;
  correct: boolean;
  correctChoice: number;
  streak?: number | undefined;
  bestStreak?: number | undefined;
  points?: number | undefined;
  /**
   * The full solution (a verdict and the reason per statement or pair, then the teaching paragraph),
   * for the member who answered: adapters show it only where only they can see it.
   */
  solution?: string[] | undefined;
}

/** A platform-neutral reply. All strings are plain text: adapters escape and format them. */
export interface Reply {
  /** Ephemeral replies are seen only by the caller where the platform allows it. */
  visibility: 'public' | 'ephemeral';
  tone: 'info' | 'success' | 'error';
  title?: string | undefined;
  lines: string[];
  fields?: { name: string; value: string }[] | undefined;
  footer?: string | undefined;
  question?: QuestionCard | undefined;
  answer?: AnswerOutcome | undefined;
  /**
   * Nothing was recorded, for a passing reason (the database could not be reached): the same
   * request may succeed later. Adapters that cannot ask the member to try again (a Telegram poll
   * vote arrives once) retry it themselves.
   */
  retryable?: boolean | undefined;
  /** A picture of the reply (a card); the reply's text stays its caption. */
  image?: ReplyImage | undefined;
  /** The daily post the member answered: adapters offer a "Share" button for it (see core/share.ts). */
  share?: { postId: number } | undefined;
}

export interface ReplyImage {
  png: Buffer;
  /** File name, e.g. "progress.png" (Discord's attachment://name). */
  name: string;
  /** The picture as text: alt text where the platform has it, and what a text-only surface shows. */
  alt: string;
}

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export interface CoreServices {
  store: Store;
  content: ContentLibrary;
  clock: Clock;
  log: Logger;
  defaults: { timezone: string; postTime: string };
}

export interface CommandContext extends Invocation {
  community: Community;
  now: Date;
  /** The community's local date now. */
  today: LocalDate;
  /** Language of public replies and posts: the community's (issue 14). */
  lang: Lang;
  /** Language of replies only the caller sees (ephemeral, private chat): the member's own choice. */
  memberLang: Lang;
  services: CoreServices;
}

export interface CommandOption {
  name: string;
  description: string;
  required: boolean;
  /** 'user' renders as a member picker where the platform has one. */
  type: 'string' | 'user';
  autocomplete?: boolean;
  choices?: { name: string; value: string }[];
}

export type CommandArgs = Record<string, string | undefined>;

export interface CommandDefinition {
  name: string;
  description: string;
  /** Other names the command answers to in text (e.g. Telegram's /start). */
  aliases?: string[];
  options: CommandOption[];
  /** Admin-only commands are refused, politely, to others. */
  adminOnly?: boolean;
  /** Shown in /help. */
  usage: string;
  run(ctx: CommandContext, args: CommandArgs): Promise<Reply>;
}

/** Raised by an adapter when a community can no longer be reached (bot removed, channel gone). */
export class CommunityUnreachableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'CommunityUnreachableError';
  }
}
