// The study engine: runs commands and records answers for any adapter. Every user-facing failure
// becomes one friendly sentence; unexpected errors are logged with context and never escape.
import { metrics } from '../metrics/index.ts';
import type { Community } from '../store/index.ts';
import { commands } from './commands/index.ts';
import { withoutControls } from './format.ts';
import { commandText, communityLang, languagesOf, memberLang, t } from './i18n/index.ts';
import { problem } from './replies.ts';
import { dailyReply, practiceCard, todaysPost } from './cards.ts';
import { answerDaily, answerPractice } from './answering.ts';
import type { ReviewTally } from './review/session.ts';
import { DMS_CLOSED } from '../store/reminders.ts';
import { membershipEvent, type MembershipEvent, type MembershipOutcome } from './membership.ts';
import { communityFor } from './places.ts';
import { shareCard } from './share.ts';
import { answerTap } from './taps/answerTap.ts';
import type { TapPayload } from './taps/index.ts';
import { streakToday } from './streakToday.ts';
import { localDateOf, type LocalDate } from './time.ts';
import type {
  Actor,
  CommandArgs,
  CommandContext,
  CommandDefinition,
  CoreServices,
  DailyPosting,
  Invocation,
  Place,
  QuestionCard,
  Reply,
} from './types.ts';

/** Longest argument text we accept; anything longer is a paste accident, not a topic. */
export const MAX_ARGUMENT_LENGTH = 200;

export class StudyCore {
  readonly commands: readonly CommandDefinition[] = commands;
  private readonly byName = new Map<string, CommandDefinition>();

  constructor(readonly services: CoreServices) {
    for (const c of this.commands) {
      this.byName.set(c.name, c);
      for (const a of c.aliases ?? []) this.byName.set(a, c);
    }
  }

  /** Lets /postnow send through the scheduler's claim (main attaches it once the scheduler exists). */
  attachPosting(posting: DailyPosting): void {
    this.services.posting = posting;
  }

  command(name: string): CommandDefinition | undefined {
    return this.byName.get(name.toLowerCase());
  }

  /** The community for a place, created with the defaults on first contact. */
  community(place: Place): Promise<Community> {
    return communityFor(this.services, place);
  }

  /**
   * Runs a command. `input` is the raw text after the command (text platforms) or the named
   * option values (platforms with structured commands). Never throws.
   */
  async execute(inv: Invocation, name: string, input: string | CommandArgs): Promise<Reply> {
    // Telegram's deep link t.me/<bot>?start=review arrives as "/start review" (adapters may name it
    // by the command /start is an alias of, help).
    const start =
      ['start', 'help'].includes(name.toLowerCase()) &&
      typeof input === 'string' &&
      input.trim() === 'review';
    const def = this.command(start ? 'review' : name);
    if (!def) {
      return problem(
        t(memberLang(inv.actor), 'engine.unknownCommand', { name: withoutControls(name).slice(0, 40) }),
      );
    }
    if (def.runIn === 'community' && inv.place.kind === 'direct') {
      return problem(t(memberLang(inv.actor), 'engine.communityOnly', { command: def.name }), {
        tone: 'info',
      });
    }
    // Before anything else: no control character reaches a handler, a lookup or the database.
    const args = cleanArgs(typeof input === 'string' ? parseTextArgs(def, input) : input);
    for (const [key, value] of Object.entries(args)) {
      if (value !== undefined && value.length > MAX_ARGUMENT_LENGTH) {
        return problem(
          t(memberLang(inv.actor), 'engine.tooLong', {
            what: key,
            length: value.length,
            max: MAX_ARGUMENT_LENGTH,
          }),
        );
      }
    }
    const missing = def.options.find((o) => o.required && !args[o.name]?.trim());
    if (missing) {
      const lang = memberLang(inv.actor);
      const usage = commandText(lang, `command.${def.name}.usage`) ?? def.usage;
      return problem(t(lang, 'engine.needs', { command: def.name, what: missing.name, usage }));
    }
    if (def.adminOnly) {
      const refusal = await this.adminPrecondition(inv, def);
      if (refusal) return refusal;
    }
    const timer = metrics.commands.startTimer({ platform: inv.place.platform, command: def.name });
    try {
      const ctx = await this.context(inv);
      const reply = await def.run(ctx, args);
      // Adapters word their captions (Share, Solution) in the reply's language.
      reply.lang ??= reply.visibility === 'public' ? ctx.lang : ctx.memberLang;
      return await withReminderNotice(ctx, reply);
    } catch (err) {
      this.services.log.error(
        { err, command: def.name, platform: inv.place.platform, chat: inv.place.chatId },
        'command failed',
      );
      return problem(t(memberLang(inv.actor), 'common.somethingWrong'));
    } finally {
      timer();
    }
  }

  /** An admin-only command's precondition: the actor's own platform says whether they administer the place. */
  private async adminPrecondition(inv: Invocation, def: CommandDefinition): Promise<Reply | undefined> {
    let admin: boolean;
    try {
      admin = await inv.actor.isAdmin();
    } catch (err) {
      this.services.log.debug(
        {
          error: err instanceof Error ? err.message : String(err),
          command: def.name,
          platform: inv.place.platform,
        },
        'could not check admin rights',
      );
      return problem(t(memberLang(inv.actor), 'engine.adminCheckFailed'));
    }
    if (admin) return undefined;
    return problem(t(memberLang(inv.actor), 'engine.adminsOnly', { command: def.name }));
  }

  async context(inv: Invocation): Promise<CommandContext> {
    const [community, saved] = await Promise.all([
      this.community(inv.place),
      this.services.store.members.language(inv.actor.platform, inv.actor.userId),
    ]);
    const now = this.services.clock.now();
    return {
      ...inv,
      community,
      now,
      today: localDateOf(now, community.timezone),
      ...languagesOf(saved, inv, community),
      services: this.services,
    };
  }

  /**
   * The bot joined a place, left it or the place moved (see membership.ts): every adapter reports
   * these here, and the scheduler reports a place it could not deliver to. Never throws.
   */
  membership(event: MembershipEvent): Promise<MembershipOutcome> {
    return membershipEvent(this.services, event);
  }

  /** Topic suggestions for a prefix, for autocomplete UIs. */
  autocomplete(prefix: string): { id: string; title: string }[] {
    return this.services.content.autocomplete(prefix.slice(0, MAX_ARGUMENT_LENGTH), 25);
  }

  todaysPost(community: Community, today: LocalDate) {
    return todaysPost(this.services, community, today);
  }

  dailyReply(
    community: Community,
    post: { id: number; localDate: Date; factId: string; questionId: string },
  ): Reply {
    return dailyReply(this.services, community, post, communityLang(community));
  }

  practiceCard(random?: () => number): QuestionCard {
    return practiceCard(this.services, random);
  }

  /**
   * Records a tap on the daily question `postId` (the first answer counts). The post id comes from
   * button data a client can forge, so the tap counts only when it came from the post's own place
   * (see isPlaceOf). Never throws.
   */
  answerDaily(inv: Invocation, postId: number, choice: number): Promise<Reply> {
    return answerDaily(this.services, inv, postId, choice);
  }

  /**
   * An answer to a daily post identified by the platform's own reference of it (the answerRef the
   * adapter returned when it posted, e.g. the id of a native poll): only the platform can send
   * those, and only for the bot's own message, so there is no place to check. Null for a reference
   * of no post (a message this bot did not post, or one since forgotten).
   */
  async answerByPostRef(actor: Actor, answerRef: string, choice: number): Promise<Reply | null> {
    const post = await this.services.store.dailyPosts.byAnswerRef(answerRef);
    if (!post) return null;
    return answerDaily(this.services, { actor }, post, choice);
  }

  /**
   * A tap on any of the bot's buttons, its payload parsed by core/taps from the button's data; the
   * payload's kind answers it, checking that it belongs to the place it came from. Never throws.
   */
  answerTap(inv: Invocation, payload: TapPayload): Promise<Reply> {
    return answerTap(this.services, inv, payload);
  }

  /** The member's share card for a daily post they answered (the "Share" button). Never throws. */
  shareCard(inv: Invocation, postId: number): Promise<Reply> {
    return shareCard(this.services, inv, postId);
  }

  /** A practice answer: feedback and /stats, never streaks or points. Never throws. */
  answerPractice(inv: Invocation, questionId: string, choice: number): Promise<Reply> {
    return answerPractice(this.services, inv, questionId, choice);
  }

  /** A review card's answer (the terminal's /review B; taps arrive through answerTap). Never throws. */
  answerReview(inv: Invocation, questionId: string, choice: number, tally: ReviewTally): Promise<Reply> {
    return this.answerTap(inv, { kind: 'review', questionId, choice, ...tally });
  }

  /** The next review card, or the session's summary (what "Next" does). Never throws. */
  nextReview(inv: Invocation, tally: ReviewTally = { reviewed: 0, right: 0 }): Promise<Reply> {
    return this.answerTap(inv, { kind: 'review-next', ...tally });
  }

  /** The streak a member has today in a community (0 after a missed day). */
  async streakOf(community: Community, memberId: number, today: LocalDate) {
    const m = await this.services.store.standings.membership(community.id, memberId);
    if (!m) return null;
    return { ...m, visible: (await streakToday(this.services.store, community.id, m, today)).current };
  }
}

/** A reminder the bot had to switch off (closed DMs) is told once, on the member's next command. */
async function withReminderNotice(ctx: CommandContext, reply: Reply): Promise<Reply> {
  const notice = await ctx.services.store.reminders
    .takeNotice(ctx.actor.platform, ctx.actor.userId)
    .catch(() => null);
  if (notice === DMS_CLOSED) reply.lines.push(t(ctx.memberLang, 'remind.closedNotice'));
  return reply;
}

function cleanArgs(args: CommandArgs): CommandArgs {
  const clean: CommandArgs = {};
  for (const [key, value] of Object.entries(args))
    clean[key] = value === undefined ? value : withoutControls(value);
  return clean;
}

/** Splits the text after a command into its options: the last option takes the rest of the text. */
export function parseTextArgs(def: CommandDefinition, text: string): CommandArgs {
  const args: CommandArgs = {};
  let rest = text.trim();
  def.options.forEach((option, i) => {
    if (!rest) return;
    if (i === def.options.length - 1) {
      args[option.name] = rest;
      rest = '';
    } else {
      const m = /^(\S+)\s*([\s\S]*)$/.exec(rest);
      args[option.name] = m?.[1];
      rest = m?.[2] ?? '';
    }
  });
  return args;
}
