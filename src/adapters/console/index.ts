// The terminal chat: try every command before creating a Discord or Telegram bot. On a terminal it
// shows today's post and prompts; with piped input it answers one command per line and ends at
// end of input, so `printf '/fact cepa\n/streak\n' | npm start` works in scripts.
//
// /answer always answers today's question, as /help says, on every platform. A practice question
// (/quiz) is answered with /practice B here, where there are no buttons to tap: two questions on one
// screen, two commands that each name which one they answer.
import os from 'node:os';
import readline from 'node:readline';
import type { StudyCore } from '../../core/engine.ts';
import { alwaysAdmin } from '../../core/permissions.ts';
import { memberLang, t } from '../../core/i18n/index.ts';
import { parseChoice } from '../../core/replies.ts';
import type { Invocation, QuestionCard, Reply } from '../../core/types.ts';
import type { Community } from '../../store/index.ts';
import type { PlatformAdapter, SentPost } from '../types.ts';
import { PictureFiles } from './picture.ts';
import { renderText } from './render.ts';
import { wrapText } from './wrap.ts';

export interface ConsoleAdapterOptions {
  core: StudyCore;
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
  interactive?: boolean;
  userName?: string;
}

export const CONSOLE_CHAT_ID = 'terminal';

export class ConsoleAdapter implements PlatformAdapter {
  readonly platform = 'console' as const;
  private readonly input: NodeJS.ReadableStream;
  private readonly output: NodeJS.WritableStream;
  private readonly interactive: boolean;
  private readonly invocation: Invocation;
  /** The practice question on screen, answered with /practice (never with /answer). */
  private pendingPractice: QuestionCard | undefined;
  /** The review card on screen, answered with /review B; then /review goes on with the tally. */
  private pendingReview: QuestionCard | undefined;
  private reviewTally: { reviewed: number; right: number } | undefined;
  /** True while the prompt waits for a line: output that arrives then must redraw it. */
  private prompting = false;
  private rl: readline.Interface | undefined;
  /** Daily posts already on screen (shown by /daily at start), so the scheduler does not repeat them. */
  private readonly shownDaily = new Set<string>();
  private finished: Promise<void> = Promise.resolve();
  private readonly pictures = new PictureFiles();
  /** The terminal's own notices: the one member's language. */
  private get lang() {
    return memberLang(this.invocation.actor);
  }

  constructor(private readonly options: ConsoleAdapterOptions) {
    this.input = options.input ?? process.stdin;
    this.output = options.output ?? process.stdout;
    this.interactive = options.interactive ?? (process.stdin.isTTY === true && process.stdout.isTTY === true);
    const name = options.userName ?? os.userInfo().username ?? 'you';
    this.invocation = {
      // The person at the terminal owns the local community, so admin commands work.
      actor: { platform: 'console', userId: name, displayName: name, isAdmin: alwaysAdmin },
      place: { platform: 'console', chatId: CONSOLE_CHAT_ID, title: 'Terminal' },
    };
  }

  /** Resolves when the input has ended (piped mode) or the user typed /quit. */
  get done(): Promise<void> {
    return this.finished;
  }

  async start(): Promise<void> {
    this.options.core.attachSender('console', (_userId, reply) => this.sendPrivate(_userId, reply));
    if (this.interactive) {
      this.print(`${t(this.lang, 'console.welcome')}\n`);
      await this.handle('/daily');
    }
    const rl = readline.createInterface({
      input: this.input,
      terminal: this.interactive,
      output: this.interactive ? this.output : undefined,
    });
    this.rl = rl;
    if (this.interactive) rl.setPrompt('> ');
    this.finished = (async () => {
      this.prompt();
      for await (const line of rl) {
        this.prompting = false;
        const text = line.trim();
        if (text === '/quit' || text === '/exit') break;
        if (text) {
          if (!this.interactive) this.print(`> ${text.length > 80 ? text.slice(0, 80) + '…' : text}`);
          await this.handle(text);
        }
        this.prompt();
      }
      this.prompting = false;
      rl.close();
    })();
  }

  async stop(): Promise<void> {
    this.rl?.close();
  }

  /** Runs one line of input and prints the reply. */
  async handle(text: string): Promise<Reply> {
    const reply = await this.replyTo(text);
    await this.printReply(reply);
    if (reply.question) this.showing(reply.question);
    return reply;
  }

  private async replyTo(text: string): Promise<Reply> {
    const m = /^\/(\S+)\s*([\s\S]*)$/.exec(text);
    // A form asked one field per line (/suggest): this line is its next answer.
    const step = m ? undefined : await this.options.core.formInput(this.invocation, text);
    if (step) return step;
    if (!m) {
      return {
        visibility: 'ephemeral',
        tone: 'error',
        lines: [t(this.lang, 'console.slash')],
      };
    }
    const name = (m[1] ?? '').toLowerCase();
    const rest = m[2] ?? '';
    if (name === 'practice') return this.answerPractice(rest);
    if (name === 'review') return this.review(rest);
    const reply = await this.options.core.execute(this.invocation, name, rest);
    // The terminal has no forms: it asks one field per line.
    if (reply.form) return this.options.core.startForm(this.invocation, reply.form);
    if (name === 'help' || name === 'start')
      reply.lines.push(t(reply.lang ?? this.lang, 'console.practiceHelp'));
    return reply;
  }

  private async answerPractice(text: string): Promise<Reply> {
    const card = this.pendingPractice;
    if (!card) {
      return {
        visibility: 'ephemeral',
        tone: 'error',
        lines: [t(this.lang, 'console.noPractice')],
      };
    }
    const choice = parseChoice(text, card.options.length);
    if (choice === undefined) {
      return {
        visibility: 'ephemeral',
        tone: 'error',
        lines: [t(this.lang, 'console.practiceLetter')],
      };
    }
    this.pendingPractice = undefined;
    return this.options.core.answerPractice(this.invocation, card.ref, choice);
  }

  /** /review starts or goes on with the session; /review B answers the card on screen. */
  private async review(text: string): Promise<Reply> {
    const card = this.pendingReview;
    if (!text.trim()) {
      const tally = this.reviewTally;
      this.reviewTally = undefined;
      return tally
        ? this.options.core.nextReview(this.invocation, tally)
        : this.options.core.execute(this.invocation, 'review', '');
    }
    const choice = card ? parseChoice(text, card.options.length) : undefined;
    if (!card || choice === undefined) {
      return { visibility: 'ephemeral', tone: 'error', lines: [t(this.lang, 'review.terminalHelp')] };
    }
    this.pendingReview = undefined;
    const reply = await this.options.core.answerReview(
      this.invocation,
      card.questionId,
      choice,
      card.tally ?? { reviewed: 0, right: 0 },
    );
    const next = reply.buttons?.find((b) => b.payload.kind === 'review-next')?.payload;
    if (next?.kind === 'review-next') this.reviewTally = { reviewed: next.reviewed, right: next.right };
    return reply;
  }

  private showing(card: QuestionCard): void {
    if (card.kind === 'review') this.pendingReview = card;
    else if (card.kind === 'practice') this.pendingPractice = card;
    else this.shownDaily.add(card.ref);
  }

  private prompt(): void {
    if (!this.interactive || !this.rl) return;
    this.prompting = true;
    this.rl.prompt();
  }

  /**
   * Prints a message wrapped to the terminal's width. While the student is typing (a daily post
   * arriving from the scheduler), the half-typed line is cleared first and the prompt redrawn with
   * it afterwards, so the message never lands inside what they type.
   */
  private print(text: string): void {
    const columns = this.interactive ? (this.output as { columns?: number }).columns : undefined;
    const wrapped = wrapText(text, columns) + '\n';
    if (!this.prompting || !this.rl) {
      this.output.write(wrapped);
      return;
    }
    readline.clearLine(this.output, 0);
    readline.cursorTo(this.output, 0);
    this.output.write(wrapped);
    this.rl.prompt(true);
  }

  async sendDaily(_community: Community, reply: Reply): Promise<SentPost> {
    const ref = reply.question?.ref;
    if (ref === undefined || !this.shownDaily.has(ref)) this.print(renderText(reply) + '\n');
    if (reply.question) this.showing(reply.question);
    return { messageRef: `console:${Date.now()}` };
  }

  async sendMessage(_community: Community, reply: Reply): Promise<void> {
    await this.printReply(reply);
  }

  /** The terminal is one person's: a reminder is printed like any message. */
  async sendPrivate(_userId: string, reply: Reply): Promise<void> {
    await this.printReply(reply);
  }

  /** The reply's text, then where its picture (if any) was saved. */
  private async printReply(reply: Reply): Promise<void> {
    const picture = await this.pictures.save(reply);
    this.print(renderText(reply) + (picture ? `\n${picture}` : '') + '\n');
  }
}
