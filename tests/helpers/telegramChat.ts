// What a member does in a Telegram chat and what they see back, read from the fake Bot API's
// record of calls: the conversation steps Telegram end-to-end files share.
import type { FakeChat, FakeTelegram, FakeUser, RecordedCall } from '../e2e/fakes/telegram-server.ts';

/**
 * `from` writes `text` in `chat`; resolves with the bot's next message that Telegram accepted in
 * `options.to` (default: the same chat). Only calls after the message count, so an earlier reply
 * in the chat is never taken for this one.
 */
export async function sendAndWait(
  fake: FakeTelegram,
  chat: FakeChat,
  from: FakeUser,
  text: string,
  options: { to?: FakeChat | number; extra?: Record<string, unknown>; timeoutMs?: number } = {},
): Promise<RecordedCall> {
  const since = fake.calls.length;
  fake.sendText(chat, from, text, options.extra ?? {});
  const to = typeof options.to === 'number' ? options.to : (options.to ?? chat).id;
  return fake.waitFor('sendMessage', (c) => String(c.params.chat_id) === String(to) && c.status === 200, {
    since,
    timeoutMs: options.timeoutMs,
  });
}

/** An inline keyboard's buttons, row by row flattened: what a member can tap under a message. */
export const inlineButtons = (call: { params: Record<string, unknown> }) =>
  (
    (
      call.params.reply_markup as {
        inline_keyboard?: { text: string; url?: string; callback_data?: string }[][];
      }
    )?.inline_keyboard ?? []
  ).flat();
