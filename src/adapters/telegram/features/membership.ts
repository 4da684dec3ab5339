// Membership: where the bot is. A chat that removed or blocked the bot has its community marked
// inactive; a chat that adds it back is reactivated and greeted; a group upgraded to a supergroup
// takes its community (streaks, points, schedule) along.
import { Composer, type Api } from 'grammy';
import type { StudyCore } from '../../../core/engine.ts';
import type { LeaveReason } from '../../../core/membership.ts';
import type { Place } from '../../../core/types.ts';
import { communityLang, t, type Lang } from '../../../core/i18n/index.ts';
import type { Logger } from '../../../log.ts';
import { describeError, logUpdateError } from '../errors.ts';
import { escapeHtml } from '../render.ts';
import { sendHtml } from '../send.ts';

export interface MembershipDeps {
  core: StudyCore;
  api: Api;
  log: Logger;
  token: string;
  /** Drops what is remembered about a chat the bot left or that changed its id. */
  forgetChat(chatId: string): void;
}

export class Membership {
  /** The update handlers; a failing one is logged, as everywhere else, and never crashes the process. */
  readonly feature = new Composer();

  constructor(private readonly deps: MembershipDeps) {
    const safe = this.feature.errorBoundary(logUpdateError(deps.log, deps.token));
    // Telegram announces the upgrade in both chats; whichever update comes first moves the community.
    safe.on('message:migrate_to_chat_id', (ctx) =>
      this.moveCommunity(String(ctx.chat.id), String(ctx.msg.migrate_to_chat_id)),
    );
    safe.on('message:migrate_from_chat_id', (ctx) =>
      this.moveCommunity(String(ctx.msg.migrate_from_chat_id), String(ctx.chat.id)),
    );
    safe.on('my_chat_member', async (ctx) => {
      const { new_chat_member: now, old_chat_member: before, chat } = ctx.myChatMember;
      const gone = (s: string) => s === 'left' || s === 'kicked';
      if (gone(now.status)) {
        await this.left(String(chat.id), 'removed', `the bot's status in the chat is now ${now.status}`);
        deps.forgetChat(String(chat.id));
        return;
      }
      if (!gone(before.status)) return;
      await this.welcome(chat.id, chat.type);
    });
  }

  /** Telegram refused to deliver in a chat (bot blocked or removed): the core marks its community inactive. */
  readonly markUnreachable = async (chatId: string, detail: string): Promise<void> => {
    await this.left(chatId, 'unreachable', detail);
  };

  /** A group upgraded to a supergroup: its community (streaks, points, schedule) follows it. */
  readonly moveCommunity = async (fromChatId: string, toChatId: string): Promise<void> => {
    const { core, log } = this.deps;
    this.deps.forgetChat(fromChatId);
    const to = toChatId;
    const outcome = await core.membership({ kind: 'moved', place: telegramChat(fromChatId), to });
    if (outcome === 'moved') {
      log.info({ from: fromChatId, to }, 'telegram group became a supergroup; community moved');
    } else if (outcome === 'taken') {
      log.warn(
        { from: fromChatId, to },
        'telegram group became a supergroup that already has its own community; the old one was not moved',
      );
    }
  };

  private async left(chatId: string, reason: LeaveReason, detail: string): Promise<void> {
    await this.deps.core.membership({
      kind: 'left',
      place: telegramChat(chatId),
      reason,
      detail: `bot removed or blocked: ${detail}`,
    });
  }

  /**
   * Added (back) to a chat: the core undoes an earlier removal (not an admin's /pause, nor a chat
   * that never asked for daily posts), and groups get a hello.
   */
  private async welcome(chatId: number, chatType: string): Promise<void> {
    const { core, api, log, token } = this.deps;
    await core.membership({ kind: 'joined', place: telegramChat(String(chatId)) });
    if (chatType === 'group' || chatType === 'supergroup') {
      const community = await core.community(telegramChat(String(chatId)));
      await sendHtml(api, chatId, [greeting(communityLang(community))]).catch((err: unknown) =>
        log.warn({ err: describeError(err, token) }, 'could not greet a new chat'),
      );
    }
  }
}

/** The core's name for a chat the bot is (or was) in. */
const telegramChat = (chatId: string): Place => ({ platform: 'telegram', chatId });
/** The hello in a new group: a bold first line, then how to choose the time (the command as code). */
function greeting(lang: Lang): string {
  const [before = '', after = ''] = t(lang, 'telegram.greetingSetup', { example: '\u0000' }).split('\u0000');
  const example = '<code>/setup 07:30 Asia/Kolkata</code>';
  return `<b>${escapeHtml(t(lang, 'telegram.greeting'))}</b>\n${escapeHtml(before)}${example}${escapeHtml(after)}`;
}
