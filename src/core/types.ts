// The core's vocabulary. Adapters turn platform events into these and render Reply back; nothing
// here knows about any one platform (the Platform names below are data: which platform a row is from).
import type { ContentLibrary } from '../content/index.ts';
import type { Lang } from '../content/i18n/languages.ts';
import type { Logger } from '../log.ts';
import type { Community, Store } from '../store/index.ts';
import type { FormField, FormSpec, FormValues } from './forms/types.ts';
import type { ReviewTally } from './review/session.ts';
import type { AnswerOutcome } from './answerOutcome.ts';
import type { TapButton } from './taps/buttons.ts';
import type { LocalDate } from './time.ts';

export type Platform = 'discord' | 'telegram' | 'console';

/** Who is acting. */
export interface Actor {
  platform: Platform;
  userId: string;
  displayName: string;
  /**
   * Whether the actor administers the place, asked only when the core needs to know (an admin-only
   * command, /help). Each adapter answers from the platform's own rules and remembers the answer for
   * the update it came with (see core/permissions.ts). Rejects when the platform cannot be asked;
   * the rejection carries nothing secret (the adapter logged the details).
   */
  isAdmin(): Promise<boolean>;
  /**
   * Whether the actor administers another chat of their platform (a group's member question decided
   * from the admin's private chat with the bot). Absent where the platform cannot be asked: no.
   */
  isAdminOf?(chatId: string): Promise<boolean>;
  /** The platform's language hint (the client's language or locale), if any. */
  locale?: string | undefined;
}

/** Where: the community's key on its platform (server or chat) and, in a server, the channel. */
export interface Place {
  platform: Platform;
  chatId: string;
  channelId?: string | undefined;
  /** Telegram forum groups: the topic (message_thread_id) the message was written in. */
  threadId?: string | undefined;
  /** Discord: whether the bot may manage roles here (role rewards); unknown elsewhere. */
  botCanManageRoles?: boolean | undefined;
  title?: string | undefined;
  /**
   * A chat between the bot and this one member (Telegram private chat, Discord DM, the terminal):
   * a private reply can go there as it is, instead of through a link to the private chat, and
   * public replies there speak the member's language, as private ones do.
   */
  isPrivate?: boolean | undefined;
  /** What the platform offers here that some commands need (see CommandDefinition.needs). */
  capabilities?: readonly Capability[] | undefined;
  /**
   * False where the bot must not post until someone runs /setup there: a server with channels (an
   * admin picks the channel) and a private chat (one command must not sign a member up for daily
   * posts). Groups, broadcast channels and the terminal get the daily post from first contact.
   */
  postsBeforeSetup?: boolean | undefined;
  /**
   * 'direct': the bot's direct messages on a platform where they are no community (Discord DMs),
   * so commands with `runIn: 'community'` are refused there. Default 'community' (a Telegram private
   * chat is one: it can have its own daily post).
   */
  kind?: 'community' | 'direct' | undefined;
}

/**
 * A platform feature a command may need or a reply may speak of: 'roles' (Discord's roles, for role
 * rewards), 'buttons' (replies can carry buttons: Discord and Telegram, not the terminal).
 */
export type Capability = 'roles' | 'buttons';

export interface Invocation {
  actor: Actor;
  place: Place;
}

/** A multiple-choice question as shown to members. */
export interface QuestionCard {
  kind: 'daily' | 'practice' | 'review';
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
  /** A review card: the session's answers so far, carried on its answer buttons (issue 12). */
  tally?: ReviewTally | undefined;
  /**
   * A daily question shown in the member's private chat (the reminder's "Today's question"): its
   * answers are recorded for the post's community from there (taps/kinds/today.ts).
   */
  privateChat?: boolean | undefined;
  /** The language of the card's own labels (Statement-I, headings); English when absent. */
  lang?: Lang | undefined;
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
   * request may succeed later. Adapters that cannot ask the member to try again (a native poll
   * vote arrives once) retry it themselves.
   */
  retryable?: boolean | undefined;
  /** A picture of the reply (a card); the reply's text stays its caption. */
  image?: ReplyImage | undefined;
  /**
   * A file that goes with the reply (the /export CSV): a Discord attachment, a Telegram document,
   * a file on disk in the terminal. The reply's text stays its caption.
   */
  file?: ReplyFile | undefined;
  /**
   * Buttons under the reply (a question's answer buttons come from `question`): adapters render
   * each, with its payload encoded by core/taps, and hand a tap's payload to StudyCore.answerTap.
   */
  buttons?: TapButton[] | undefined;
  /**
   * The member must open their private chat with the bot first (Telegram): adapters add a link
   * that opens it with this start parameter (t.me/<bot>?start=<start>), labelled `label`.
   */
  openPrivate?: { start: string; label: string } | undefined;
  /** The end of a /review session (adapters show it where the session is, not as an alert). */
  review?: 'summary' | undefined;
  /**
   * The language the reply is worded in, for the words an adapter adds around it (headings, button
   * captions, the answer count); English when absent.
   */
  lang?: Lang | undefined;
  /**
   * Must not be seen by anyone but the caller (tomorrow's question in /preview). Where a platform has
   * no private reply in a group (Telegram), the adapter sends it to the caller's private chat.
   */
  privateOnly?: boolean | undefined;
  /**
   * A form for the member to fill in (/suggest): Discord shows it as a modal in answer to the
   * command itself; elsewhere the adapter hands it to StudyCore.startForm, which asks one field per
   * message. The filled form goes to StudyCore.submitForm.
   */
  form?: FormSpec | undefined;
}

export interface ReplyImage {
  png: Buffer;
  /** File name, e.g. "progress.png" (what a platform may use to refer to the attachment). */
  name: string;
  /** The picture as text: alt text where the platform has it, and what a text-only surface shows. */
  alt: string;
}

export interface ReplyFile {
  data: Buffer;
  /** Plain file name, e.g. "members-2026-11-27.csv". */
  name: string;
  contentType: string;
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
  /** Spaced review: how many questions new to a member /review adds a day (default 5). */
  review?: { newPerDay: number } | undefined;
  /** Sends a community's daily post now (/postnow): the scheduler, attached by main once it exists. */
  posting?: DailyPosting | undefined;
  /**
   * Each platform's private message to one member (an admin's decision on their question), attached
   * by the adapters as they start. Rejects with PrivateChatClosedError when the member's private
   * chat is closed to the bot.
   */
  senders?: Partial<Record<Platform, (userId: string, reply: Reply) => Promise<void>>> | undefined;
}

/** What /postnow found: sent now, already out (or being sent), failed, or no scheduler here. */
export type PostNowOutcome = 'posted' | 'already' | 'failed' | 'unavailable';

export interface DailyPosting {
  /** Today's post of the community, through the same claim as the daily tick: never sent twice. */
  postNow(community: Community): Promise<PostNowOutcome>;
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
  /** 'user' and 'role' render as pickers where the platform has them (Discord); the value is the id. */
  type: 'string' | 'user' | 'role';
  autocomplete?: boolean;
  choices?: { name: string; value: string }[];
}

export type CommandArgs = Record<string, string | undefined>;

export interface CommandDefinition {
  name: string;
  description: string;
  /** Other names the command answers to in text (e.g. /start, which some platforms send first). */
  aliases?: string[];
  options: CommandOption[];
  /**
   * Where the command makes sense: 'community' needs a place with a streak and a leaderboard (a
   * Discord server, any Telegram chat, the terminal); 'anywhere' also works in a platform's direct
   * messages where those are not a community (Discord DMs). Compare Sapphire's `runIn`.
   */
  runIn: 'community' | 'anywhere';
  /**
   * How it usually answers: 'private' (seen by the caller alone where the platform allows it) or
   * 'public'. Adapters that must answer before the reply is ready (a Discord deferral) pick the
   * placeholder's visibility from it; the reply itself still says what it is.
   */
  reply: 'public' | 'private';
  /** Admin-only commands are refused, politely, to others: the engine asks `actor.isAdmin()`. */
  adminOnly?: boolean;
  /**
   * A platform feature the command needs (compare Sapphire's preconditions): where the place does
   * not offer it, the command is left out of menus and /help, and refused if typed anyway.
   */
  needs?: Capability;
  /** Shown in /help. */
  usage: string;
  run(ctx: CommandContext, args: CommandArgs): Promise<Reply>;
  /**
   * The command answers with a form (Reply.form) and this takes it back, filled: run by
   * StudyCore.submitForm in the community the form is for. Never asked of other commands.
   */
  submit?(ctx: CommandContext, values: FormValues): Promise<Reply>;
  /** The form's title and fields in `lang` (asked again for each message of a field-by-field form). */
  form?(lang: Lang): { title: string; fields: FormField[] };
}

// The adapters' errors the core understands (unreachable community, closed private chat).
export { CommunityUnreachableError, PrivateChatClosedError } from './errors.ts';
export type { AnswerOutcome } from './answerOutcome.ts';
