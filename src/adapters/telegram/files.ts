// A reply's file (the /export CSV) as a Telegram document with the reply's text as its caption.
// In a group it goes to the admin's private chat: Telegram has no message only one member sees,
// and a table of every member's scores is for the admins who asked for it.
import { InputFile, type Api } from 'grammy';
import type { Chat, Message } from 'grammy/types';
import { communityLang, t } from '../../core/i18n/index.ts';
import type { Actor, Reply } from '../../core/types.ts';
import { PHOTO_LIMITS } from './pictures.ts';
import { escapeHtml, renderReply } from './render.ts';

export async function sendDocumentReply(
  api: Api,
  chatId: number | string,
  reply: Reply,
  replyTo?: number,
): Promise<Message> {
  const file = reply.file!;
  const [caption = ''] = renderReply(reply, {}, PHOTO_LIMITS.caption);
  return api.sendDocument(chatId, new InputFile(file.data, file.name), {
    caption,
    parse_mode: 'HTML',
    ...(replyTo ? { reply_parameters: { message_id: replyTo, allow_sending_without_reply: true } } : {}),
  });
}

/**
 * Sends the file privately when asked in a group, and says so in the group; when the admin has
 * not opened a private chat with the bot, the group hears how to.
 */
export async function deliverFile(
  api: Api,
  chat: Chat,
  message: Message,
  actor: Actor,
  reply: Reply,
  botUsername: string,
  say: (lines: string[]) => Promise<unknown>,
): Promise<void> {
  if (chat.type === 'private') {
    await sendDocumentReply(api, chat.id, reply, message.message_id);
    return;
  }
  // Said in the group, so in the community's language; the file itself goes privately.
  const lang = communityLang(null);
  const name = actor.displayName;
  try {
    await sendDocumentReply(api, actor.userId, reply);
  } catch {
    await say([escapeHtml(t(lang, 'export.openPrivateChat', { name, bot: botUsername }))]);
    return;
  }
  await say([escapeHtml(t(lang, 'export.sentPrivately', { name }))]);
}
