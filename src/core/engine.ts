// The study engine: runs commands and records answers for any adapter. Every user-facing failure
// becomes one friendly sentence; unexpected errors are logged with context and never escape.
import { metrics } from '../metrics/index.ts';
import type { Community } from '../store/index.ts';
import { commands } from './commands/index.ts';
import { withoutControls } from './format.ts';
import { problem } from './replies.ts';
import { dailyReply, practiceCard, todaysPost } from './cards.ts';
import { answerDaily, answerPractice } from './answering.ts';
import { languagesOf } from './language.ts';
import { communityFor } from './places.ts';
import { shareCard } from './share.ts';
import { visibleStreak } from './streaks.ts';
import { localDateOf, type LocalDate } from './time.ts';
import type {
  Actor,
  CommandArgs,
  CommandContext,
  CommandDefinition,
  CoreServices,
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

  command(name: string): CommandDefinition | undefined {
    return this.byName.get(name.toLowerCase());
  }

  /** The community for a place, created with the defaults on first contact. */
  community(place: Place): Promise<Community> {
    return communityFor(this.services, place);
  }

  /**
   * Runs a command. `input` is the raw text after the command (text platforms) or the named
   * option values (Discord). Never throws.
   */
  async execute(inv: Invocation, name: string, input: string | CommandArgs): Promise<Reply> {
    const def = this.command(name);
    if (!def) {
      return problem(
        `I don't know the command /${withoutControls(name).slice(0, 40)}. Type /help to see what I can do.`,
      );
    }
    // Before anything else: no control character reaches a handler, a lookup or the database.
    const args = cleanArgs(typeof input === 'string' ? parseTextArgs(def, input) : input);
    for (const [key, value] of Object.entries(args)) {
      if (value !== undefined && value.length > MAX_ARGUMENT_LENGTH) {
        return problem(
          `That ${key} is too long (${value.length} characters); please keep it under ${MAX_ARGUMENT_LENGTH}.`,
        );
      }
    }
    const missing = def.options.find((o) => o.required && !args[o.name]?.trim());
    if (missing) return problem(`/${def.name} needs a ${missing.name}. Usage: ${def.usage}`);
    if (def.adminOnly && !inv.actor.isAdmin) {
      return problem(`Only the group's admins can use /${def.name}. Ask an admin if you'd like it changed.`);
    }
    const timer = metrics.commands.startTimer({ platform: inv.place.platform, command: def.name });
    try {
      const ctx = await this.context(inv);
      return await def.run(ctx, args);
    } catch (err) {
      this.services.log.error(
        { err, command: def.name, platform: inv.place.platform, chat: inv.place.chatId },
        'command failed',
      );
      return problem(
        'Something went wrong on my side and nothing was changed. Please try again in a moment.',
      );
    } finally {
      timer();
    }
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
    return dailyReply(this.services, community, post);
  }

  practiceCard(random?: () => number): QuestionCard {
    return practiceCard(this.services, random);
  }

  /**
   * Records a tap on the daily question `postId` (the first answer counts). The post id comes from
   * button data a client can forge, so the tap counts only when it came from the post's own place
   * (see tapCameFrom). Never throws.
   */
  answerDaily(inv: Invocation, postId: number, choice: number): Promise<Reply> {
    return answerDaily(this.services, inv, postId, choice);
  }

  /**
   * Answers that arrive with the platform's own id of the post (a Telegram poll id): only the
   * platform can send those, and only for the bot's own message, so there is no place to check.
   */
  async answerDailyByRef(actor: Actor, answerRef: string, choice: number): Promise<Reply | null> {
    const post = await this.services.store.dailyPosts.byAnswerRef(answerRef);
    if (!post) return null;
    return answerDaily(this.services, { actor }, post, choice);
  }

  /** The member's share card for a daily post they answered (the "Share" button). Never throws. */
  shareCard(inv: Invocation, postId: number): Promise<Reply> {
    return shareCard(this.services, inv, postId);
  }

  /** A practice answer: feedback and /stats, never streaks or points. Never throws. */
  answerPractice(inv: Invocation, questionId: string, choice: number): Promise<Reply> {
    return answerPractice(this.services, inv, questionId, choice);
  }

  /** The streak a member has today in a community (0 after a missed day). */
  async streakOf(community: Community, memberId: number, today: LocalDate) {
    const m = await this.services.store.standings.membership(community.id, memberId);
    if (!m) return null;
    return {
      ...m,
      visible: visibleStreak(
        { current: m.currentStreak, best: m.bestStreak, last: m.lastAnsweredDate },
        today,
      ),
    };
  }
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
