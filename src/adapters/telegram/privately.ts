// Replies that must not be seen by the rest of a group (Reply.privateOnly, e.g. tomorrow's question
// in /preview): Telegram has no private replies in groups, so the reply goes to the member's private
// chat with the bot and the group hears only that it was sent — or, when the member never started
// the bot, how to start it. A channel's "sender" is the channel itself, so nothing private can go there.
import type { Api } from 'grammy';
import type { Chat, Message } from 'grammy/types';
import { memberLang, t } from '../../core/i18n/index.ts';
import type { Actor, Reply } from '../../core/types.ts';
import { escapeHtml } from './render.ts';
import { sendHtml, sendReply } from './send.ts';

export async function deliverPrivately(
  api: Api,
  chat: Chat,
  message: Message,
  actor: Actor,
  reply: Reply,
  deps: { botUsername: string; sendGuarded(chat: Chat, send: () => Promise<unknown>): Promise<void> },
): Promise<void> {
  // The notices are addressed to the member, in the language their reply was worded in.
  const lang = reply.lang ?? memberLang(actor);
  const name = escapeHtml(actor.displayName);
  // Tomorrow's post (/preview), or the admins' list of member questions waiting (/suggestions, with
  // its decision buttons), which shows their answers.
  const preview = !reply.buttons?.some((b) => b.payload.kind === 'suggestion');
  const say = (line: string) =>
    deps.sendGuarded(chat, () => sendHtml(api, chat.id, [line], { replyTo: message.message_id }));
  if (chat.type === 'channel') {
    await say(escapeHtml(t(lang, 'groups.preview.notInChannel')));
    return;
  }
  try {
    await sendReply(api, actor.userId, reply);
  } catch {
    // A bot may only write to users who have opened a chat with it.
    await say(
      escapeHtml(
        t(lang, preview ? 'groups.preview.startFirst' : 'suggestions.startFirst', {
          name: actor.displayName,
          bot: deps.botUsername,
        }),
      ),
    );
    return;
  }
  await say(t(lang, preview ? 'groups.preview.sentPrivately' : 'suggestions.sentPrivately', { name }));
}
