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
import { withNotices } from './notices.ts';
import { cleanArgs, parseTextArgs } from './args.ts';

export { parseTextArgs };
import { startForm, formInput, type FormSource } from './forms/session.ts';
import { parseFormId, submitForm } from './forms/submit.ts';
import type { FormSpec, FormValues } from './forms/types.ts';
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
  Platform,
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

  /** Lets the core tell a member something privately on `platform` (each adapter attaches its own). */
  attachSender(platform: Platform, send: (userId: string, reply: Reply) => Promise<void>): void {
    this.services.senders = { ...this.services.senders, [platform]: send };
  }

  /** A filled form (Reply.form) back from the member: the command that opened it checks it. Never throws. */
  submitForm(inv: Invocation, formId: string, values: FormValues): Promise<Reply> {
    return submitForm(this.forms, inv, formId, values);
  }

  /** Asks a form one field per message, where the platform has no form of its own. Never throws. */
  startForm(inv: Invocation, form: FormSpec): Promise<Reply> {
    return startForm(this.forms, inv, form);
  }

  /** A member's message while a form is open: its next field. Undefined when none is open. Never throws. */
  formInput(inv: Invocation, text: string): Promise<Reply | undefined> {
    return formInput(this.forms, inv, text);
  }

  private get forms(): FormSource {
    return {
      services: this.services,
      command: (name) => this.command(name),
      context: (inv) => this.context(inv),
      formOf: (ctx, id) => {
        const parsed = parseFormId(id);
        const form = parsed && this.command(parsed.command)?.form?.(ctx.memberLang);
        return form && { id, ...form };
      },
    };
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
    // t.me/<bot>?start=suggest_<community> (a group's /suggest) opens the form for that group.
    const link =
      ['start', 'help'].includes(name.toLowerCase()) && typeof input === 'string' ? input.trim() : '';
    const start = link === 'review';
    const startSuggest = /^suggest_(\d{1,9})$/.exec(link);
    if (startSuggest) input = { community: startSuggest[1] };
    const def = this.command(start ? 'review' : startSuggest ? 'suggest' : name);
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
    if (def.needs && !inv.place.capabilities?.includes(def.needs)) {
      return problem(t(memberLang(inv.actor), 'groups.reward.discordOnly'), { tone: 'info' });
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
      return await withNotices(ctx, reply);
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
