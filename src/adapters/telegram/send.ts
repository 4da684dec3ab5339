// Sending replies: HTML messages (split when long, the keyboard on the last part), and the day's
// post — the fact, then the question as a quiz poll (or buttons where polls cannot be non-anonymous).
import type { Api, InlineKeyboard } from 'grammy';
import type { Message } from 'grammy/types';
import type { Reply } from '../../core/types.ts';
import { answerData } from './answers.ts';
import { answerKeyboard, quizPoll, renderReply, type RenderOptions } from './render.ts';

export interface SendOptions extends RenderOptions {
  /** Quote this message (the command that asked), if it still exists. */
  replyTo?: number | undefined;
}

/** Sends a reply as HTML; a question not sent as a poll gets answer buttons. Returns the messages. */
export async function sendReply(
  api: Api,
  chatId: number | string,
  reply: Reply,
  options: SendOptions = {},
): Promise<Message.TextMessage[]> {
  const card = reply.question;
  const keyboard =
    card && !options.omitQuestion ? answerKeyboard(card, (c) => answerData(card, c)) : undefined;
  return sendHtml(api, chatId, renderReply(reply, options), { replyTo: options.replyTo, keyboard });
}

export async function sendHtml(
  api: Api,
  chatId: number | string,
  messages: string[],
  extra: { replyTo?: number | undefined; keyboard?: InlineKeyboard | undefined } = {},
): Promise<Message.TextMessage[]> {
  const sent: Message.TextMessage[] = [];
  for (const [i, text] of messages.entries()) {
    const last = i === messages.length - 1;
    sent.push(
      await api.sendMessage(chatId, text, {
        parse_mode: 'HTML',
        link_preview_options: { is_disabled: true },
        ...(i === 0 && extra.replyTo
          ? { reply_parameters: { message_id: extra.replyTo, allow_sending_without_reply: true } }
          : {}),
        ...(last && extra.keyboard ? { reply_markup: extra.keyboard } : {}),
      }),
    );
  }
  return sent;
}

/** DailyPost.messageRef: `<chatId>:<messageId>` of the poll, with `:kb` when the question has buttons. */
export interface MessageRef {
  chatId: string;
  messageId: number;
  buttons: boolean;
}

export function formatMessageRef(ref: MessageRef): string {
  return `${ref.chatId}:${ref.messageId}${ref.buttons ? ':kb' : ''}`;
}

export function parseMessageRef(text: string | null | undefined): MessageRef | null {
  const m = /^(-?\d+):(\d+)(:kb)?$/.exec(text ?? '');
  if (!m) return null;
  return { chatId: m[1]!, messageId: Number(m[2]), buttons: m[3] !== undefined };
}

/**
 * Posts the day's fact and question. In groups and private chats the question is a non-anonymous
 * quiz poll, so every vote arrives as a poll_answer carrying the poll id (the answerRef); channels
 * cannot have non-anonymous polls, so there the question gets buttons instead.
 */
export async function postDaily(
  api: Api,
  chatId: string,
  chatType: string,
  reply: Reply,
): Promise<{ messageRef: string; answerRef?: string | undefined }> {
  const card = reply.question;
  if (!card) throw new Error('a daily post needs a question');
  if (chatType === 'channel') {
    const sent = await sendReply(api, chatId, reply);
    const last = sent[sent.length - 1]!;
    return { messageRef: formatMessageRef({ chatId, messageId: last.message_id, buttons: true }) };
  }
  await sendReply(api, chatId, reply, { omitQuestion: true });
  const poll = quizPoll(card, false);
  const message = await api.sendPoll(chatId, poll.question, poll.options, poll.other);
  return {
    messageRef: formatMessageRef({ chatId, messageId: message.message_id, buttons: false }),
    answerRef: message.poll.id,
  };
}
