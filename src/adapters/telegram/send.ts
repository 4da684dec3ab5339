// Sending replies: HTML messages (split when long, the keyboard on the last part), and the day's
// post — the fact, then the question as a quiz poll (or buttons where polls cannot be non-anonymous).
import type { Api, InlineKeyboard } from 'grammy';
import type { Message } from 'grammy/types';
import type { Reply } from '../../core/types.ts';
import { formatMessageRef } from '../messageRef.ts';
import { sendPhotoReply, sendsPhoto } from './pictures.ts';
import { answerKeyboard, quizPoll, renderReply, tapKeyboard, type RenderOptions } from './render.ts';

export interface SendOptions extends RenderOptions {
  /** Quote this message (the command that asked), if it still exists. */
  replyTo?: number | undefined;
}

/**
 * Sends a reply as HTML (as a photo with its text as caption when it has a picture); a question not
 * sent as a poll gets answer buttons, any other reply its own buttons (a Share button under a daily
 * answer's feedback). Returns the messages.
 */
export async function sendReply(
  api: Api,
  chatId: number | string,
  reply: Reply,
  options: SendOptions = {},
): Promise<Message[]> {
  const card = reply.question;
  const keyboard =
    card && !options.omitQuestion
      ? answerKeyboard(card)
      : reply.buttons?.length
        ? tapKeyboard(reply.buttons)
        : undefined;
  if (sendsPhoto(reply)) return sendPhotoReply(api, chatId, reply, { ...options, keyboard }, sendHtml);
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
      await sendHtmlPart(api, chatId, text, {
        replyTo: i === 0 ? extra.replyTo : undefined,
        keyboard: last ? extra.keyboard : undefined,
      }),
    );
  }
  return sent;
}

function sendHtmlPart(
  api: Api,
  chatId: number | string,
  text: string,
  extra: { replyTo?: number | undefined; keyboard?: InlineKeyboard | undefined },
): Promise<Message.TextMessage> {
  return api.sendMessage(chatId, text, {
    parse_mode: 'HTML',
    link_preview_options: { is_disabled: true },
    ...(extra.replyTo
      ? { reply_parameters: { message_id: extra.replyTo, allow_sending_without_reply: true } }
      : {}),
    ...(extra.keyboard ? { reply_markup: extra.keyboard } : {}),
  });
}

export interface SentDaily {
  messageRef: string;
  answerRef?: string | undefined;
}

/**
 * How far one daily post got: how many of its messages are already in the chat, and what it
 * became once complete. Kept between attempts so that a retry sends only what is missing.
 */
export interface DailyProgress {
  delivered: number;
  done?: SentDaily | undefined;
}

/**
 * Posts the day's fact and question. In groups and private chats the question is a non-anonymous
 * quiz poll, so every vote arrives as a poll_answer carrying the poll id (the answerRef); channels
 * cannot have non-anonymous polls, so there the question gets buttons instead. Messages already
 * counted in `progress` (an earlier attempt that failed part-way) are not sent again; the rendering
 * is the same for the same reply, so the parts line up.
 */
export async function postDaily(
  api: Api,
  chatId: string,
  chatType: string,
  reply: Reply,
  progress: DailyProgress = { delivered: 0 },
  /** Records each message but the last once Telegram accepted it (the scheduler's DailyParts). */
  record?: (delivered: number) => Promise<void>,
): Promise<SentDaily> {
  if (progress.done) return progress.done;
  const card = reply.question;
  if (!card) throw new Error('a daily post needs a question');
  const channel = chatType === 'channel';
  const parts = renderReply(reply, { omitQuestion: !channel, statementsBeforePoll: !channel });
  let lastMessageId = 0;
  for (let i = progress.delivered; i < parts.length; i++) {
    const keyboard = channel && i === parts.length - 1 ? answerKeyboard(card) : undefined;
    const message = await sendHtmlPart(api, chatId, parts[i]!, { keyboard });
    lastMessageId = message.message_id;
    progress.delivered = i + 1;
    if (!channel || i < parts.length - 1) await record?.(progress.delivered);
  }
  if (channel) {
    progress.done = {
      messageRef: formatMessageRef({ chatId, messageId: String(lastMessageId), buttons: true }),
    };
    return progress.done;
  }
  const poll = quizPoll(card, false);
  // A multi-statement poll answers the statements message: quote it so the two read as one.
  const replyTo =
    card.format && card.format !== 'single' && lastMessageId > 0
      ? { reply_parameters: { message_id: lastMessageId, allow_sending_without_reply: true } }
      : {};
  const message = await api.sendPoll(chatId, poll.question, poll.options, { ...poll.other, ...replyTo });
  progress.delivered += 1;
  progress.done = {
    messageRef: formatMessageRef({ chatId, messageId: String(message.message_id), buttons: false }),
    answerRef: message.poll.id,
  };
  return progress.done;
}
