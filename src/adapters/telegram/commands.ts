// Commands: every core command as a Telegram command (with arguments, also as /cmd@BotName in
// groups), the command menus (setMyCommands), and delivering the core's reply in the chat without
// spoiling answers for the rest of a group.
import type { Api, Bot, CommandContext, Context } from 'grammy';
import type { Chat, Message } from 'grammy/types';
import { COMMAND_LANGUAGES, localizedCommand } from '../../core/commandLocales.ts';
import type { StudyCore } from '../../core/engine.ts';
import { askOnce } from '../../core/permissions.ts';
import { communityLang, memberLang, t } from '../../core/i18n/index.ts';
import type { Actor, CommandDefinition, Invocation, Reply } from '../../core/types.ts';
import type { Logger } from '../../log.ts';
import type { AdminCheck } from './admin.ts';
import { actorOf, placeOf, TELEGRAM_CAPABILITIES } from './answers.ts';
import { describeError, isUnreachable } from './errors.ts';
import { truncate } from '../../core/format.ts';
import { deliverFile } from './files.ts';
import { escapeHtml } from './render.ts';
import { deliverPrivately } from './privately.ts';
import { parseMessageRef } from '../messageRef.ts';
import { sendHtml, sendReply } from './send.ts';

export interface CommandDeps {
  core: StudyCore;
  log: Logger;
  token: string;
  admins: AdminCheck;
  /** Marks a chat's community inactive after Telegram refused to deliver there (bot removed). */
  markUnreachable(chatId: string, detail: string): Promise<void>;
}

/**
 * The command menus: everything in private chats and for group admins, the rest for members; then
 * the same menus with Hindi descriptions for members whose Telegram is in Hindi (language_code).
 */
export async function publishCommandMenus(api: Api, commands: readonly CommandDefinition[]): Promise<void> {
  for (const lang of [undefined, ...COMMAND_LANGUAGES]) {
    const entry = (c: CommandDefinition) => ({
      command: c.name,
      description: truncate((lang && localizedCommand(lang, c.name).description) || c.description, 256),
    });
    // A command needing what Telegram lacks (roles) is in no menu.
    const here = commands.filter((c) => !c.needs || TELEGRAM_CAPABILITIES.includes(c.needs));
    const everyone = here.filter((c) => !c.adminOnly).map(entry);
    const all = here.map(entry);
    const language = lang ? { language_code: lang } : {};
    await api.setMyCommands(all, { scope: { type: 'all_private_chats' }, ...language });
    await api.setMyCommands(everyone, { scope: { type: 'all_group_chats' }, ...language });
    await api.setMyCommands(all, { scope: { type: 'all_chat_administrators' }, ...language });
  }
}

export function registerCommands(bot: Bot, deps: CommandDeps): void {
  const { core, log, token } = deps;

  for (const def of core.commands) {
    bot.command([def.name, ...(def.aliases ?? [])], (ctx) => runCommand(ctx, def.name, ctx.match));
  }

  // Commands the core does not know: answered in private chats and when addressed to this bot by
  // name in a group; a bare /something in a group may be meant for another bot.
  bot.on(':entities:bot_command', async (ctx) => {
    const text = ctx.msg.text ?? '';
    const m = /^\/([A-Za-z0-9_]{1,64})(?:@([A-Za-z0-9_]+))?(?:\s+([\s\S]*))?$/.exec(text);
    if (!m) return;
    const [, name, target, rest] = m as unknown as [string, string, string | undefined, string | undefined];
    if (target && target.toLowerCase() !== ctx.me.username.toLowerCase()) return;
    if (ctx.chat.type !== 'private' && !target) return;
    await runCommand(ctx, name, rest ?? '');
  });

  bot.on('message:text', async (ctx) => {
    if (ctx.chat.type !== 'private') return;
    // A form asked one field per message (/suggest): this message is its next answer.
    const inv = { actor: actorOf(ctx.from), place: placeOf(ctx.chat) };
    const step = await core.formInput(inv, ctx.msg.text);
    if (step) {
      await sendGuarded(ctx.chat, () => sendReply(ctx.api, ctx.chat.id, step));
      return;
    }
    await sendGuarded(ctx.chat, () =>
      sendHtml(
        ctx.api,
        ctx.chat.id,
        [escapeHtml(t(memberLang(actorOf(ctx.from)), 'telegram.commandsOnly'))],
        {
          replyTo: ctx.msg.message_id,
        },
      ),
    );
  });

  async function runCommand(ctx: Context, name: string, input: string) {
    const chat = ctx.chat;
    const message = ctx.msg;
    if (!chat || !message) return;
    // Asked of Telegram (getChatMember, cached in AdminCheck) only if the core needs to know.
    const isAdmin = askOnce(async () => {
      try {
        return await deps.admins.isAdmin(chat, ctx.from, message);
      } catch (err) {
        log.warn({ err: describeError(err, token), chat: chat.id }, 'could not check admin status');
        // The details are logged here, without the token; the core only learns that it failed.
        throw new Error('Telegram could not be asked for admin rights');
      }
    });
    // In a forum group, the topic the command was written in (where /setup sends the daily post).
    const threadId = message.is_topic_message ? message.message_thread_id : undefined;
    const inv: Invocation = {
      actor: senderOf(chat, ctx.from, isAdmin),
      place: { ...placeOf(chat), threadId: threadId === undefined ? undefined : String(threadId) },
    };
    let reply = await core.execute(inv, name, input);
    // Telegram has no forms: a private chat is asked one field per message.
    if (reply.form && chat.type === 'private') reply = await core.startForm(inv, reply.form);
    await deliver(ctx.api, chat, message, inv.actor, reply);
  }

  /** Who sent a command: the user, or in a channel the channel itself (only its admins can post). */
  function senderOf(chat: Chat, from: CommandContext<Context>['from'], isAdmin: Actor['isAdmin']): Actor {
    if (from) return actorOf(from, isAdmin);
    return {
      platform: 'telegram',
      userId: String(chat.id),
      displayName: ('title' in chat && chat.title) || t('en', 'telegram.channel'),
      isAdmin,
    };
  }

  /**
   * Replies in the chat, quoting the command. Telegram has no ephemeral messages in groups, so a
   * private reply is shown in the group too — except the verdict on an answer (/answer B), which
   * would spoil the question for everyone else: that goes to the member's private chat with the bot,
   * and the group only hears that the answer was received.
   */
  async function deliver(api: Api, chat: Chat, message: Message, actor: Actor, reply: Reply) {
    const inGroup = chat.type !== 'private';
    if (reply.file) {
      const say = (lines: string[]) =>
        sendGuarded(chat, () => sendHtml(api, chat.id, lines, { replyTo: message.message_id }));
      await sendGuarded(chat, () => deliverFile(api, chat, message, actor, reply, bot.botInfo.username, say));
      return;
    }
    if (inGroup && reply.privateOnly) {
      await deliverPrivately(api, chat, message, actor, reply, {
        botUsername: bot.botInfo.username,
        sendGuarded,
      });
      return;
    }
    if (inGroup && reply.answer && reply.answer.status !== 'closed' && chat.type !== 'channel') {
      await deliverAnswerPrivately(api, chat, message, actor, reply);
      return;
    }
    const card = reply.question;
    if (inGroup && card?.kind === 'daily') {
      // The day's poll is already in this chat: point to it rather than post a second question.
      const post = await core.services.store.dailyPosts.byId(Number(card.ref));
      const ref = parseMessageRef(post?.messageRef);
      if (post?.answerRef && ref && ref.chatId === String(chat.id) && !ref.buttons) {
        await sendGuarded(chat, () =>
          sendReply(api, chat.id, reply, {
            omitQuestion: true,
            replyTo: Number(ref.messageId),
            note: t(reply.lang ?? memberLang(actor), 'telegram.voteInPoll'),
          }),
        );
        return;
      }
    }
    await sendGuarded(chat, () =>
      sendReply(api, chat.id, reply, { replyTo: message.message_id, botUsername: bot.botInfo.username }),
    );
  }

  async function deliverAnswerPrivately(api: Api, chat: Chat, message: Message, actor: Actor, reply: Reply) {
    // Said in the group, so in the community's language; the result itself goes privately.
    const community = await core.community(placeOf(chat)).catch(() => null);
    const lang = communityLang(community);
    const name = actor.displayName;
    try {
      await sendReply(api, actor.userId, reply);
      await sendGuarded(chat, () =>
        sendHtml(api, chat.id, [escapeHtml(t(lang, 'telegram.answerSentPrivately', { name }))], {
          replyTo: message.message_id,
        }),
      );
    } catch (err) {
      // A bot may only write to users who have opened a chat with it; tell them how, spoiler-free.
      log.debug({ err: describeError(err, token) }, 'could not send an answer privately');
      const line =
        reply.answer?.status === 'duplicate'
          ? t(lang, 'telegram.alreadyAnswered', { name })
          : t(lang, 'telegram.answerNeedsStart', { name, bot: bot.botInfo.username });
      await sendGuarded(chat, () =>
        sendHtml(api, chat.id, [escapeHtml(line)], { replyTo: message.message_id }),
      );
    }
  }

  /** Sends, marking the community inactive when the chat is unreachable; never throws. */
  async function sendGuarded(chat: Chat, send: () => Promise<unknown>) {
    try {
      await send();
    } catch (err) {
      if (isUnreachable(err)) {
        await deps.markUnreachable(String(chat.id), err.description);
      } else {
        log.error({ err: describeError(err, token), chat: chat.id }, 'could not send a reply');
      }
    }
  }
}
