// A reply's picture as a Telegram photo: the reply's text is its caption (at most 1024 characters;
// the rest follows in messages), and the keyboard goes on the last message sent.
import { InputFile, type Api, type InlineKeyboard } from 'grammy';
import type { Message } from 'grammy/types';
import type { Reply } from '../../core/types.ts';
import { renderReply, TELEGRAM_LIMITS, type RenderOptions } from './render.ts';

/** Bot API: photos up to 10 MB, captions up to 1024 characters. */
export const PHOTO_LIMITS = { bytes: 10 * 1024 * 1024, caption: 1024 } as const;

/** Whether a reply goes as a photo: it has a picture within Telegram's size limit. */
export const sendsPhoto = (reply: Reply) =>
  reply.image !== undefined && reply.image.png.length <= PHOTO_LIMITS.bytes;

/** Pieces of HTML (each valid on its own) joined into as few messages as the length limit allows. */
function repack(pieces: string[]): string[] {
  const out: string[] = [];
  for (const piece of pieces) {
    const last = out.at(-1);
    if (last !== undefined && last.length + 1 + piece.length <= TELEGRAM_LIMITS.message)
      out[out.length - 1] = `${last}\n${piece}`;
    else out.push(piece);
  }
  return out;
}

export async function sendPhotoReply(
  api: Api,
  chatId: number | string,
  reply: Reply,
  options: RenderOptions & { replyTo?: number | undefined; keyboard?: InlineKeyboard | undefined },
  sendHtml: (
    api: Api,
    chatId: number | string,
    messages: string[],
    extra: { keyboard?: InlineKeyboard | undefined },
  ) => Promise<Message.TextMessage[]>,
): Promise<Message[]> {
  const image = reply.image!;
  const [caption = '', ...rest] = renderReply(reply, options, PHOTO_LIMITS.caption);
  const photo = await api.sendPhoto(chatId, new InputFile(image.png, image.name), {
    caption,
    parse_mode: 'HTML',
    ...(options.replyTo
      ? { reply_parameters: { message_id: options.replyTo, allow_sending_without_reply: true } }
      : {}),
    ...(options.keyboard && rest.length === 0 ? { reply_markup: options.keyboard } : {}),
  });
  if (rest.length === 0) return [photo];
  return [photo, ...(await sendHtml(api, chatId, repack(rest), { keyboard: options.keyboard }))];
}
