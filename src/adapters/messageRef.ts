// DailyPost.messageRef, one format for every platform: `<chat or channel id>:<message id>`, with
// `:kb` when a Telegram question has buttons rather than a quiz poll (Discord's always have buttons).
// Ids stay strings: a Discord snowflake is past what a JavaScript number holds exactly.

export interface MessageRef {
  /** The Telegram chat, or the Discord channel, the message is in. */
  chatId: string;
  messageId: string;
  buttons: boolean;
}

export function formatMessageRef(ref: MessageRef): string {
  return `${ref.chatId}:${ref.messageId}${ref.buttons ? ':kb' : ''}`;
}

export function parseMessageRef(text: string | null | undefined): MessageRef | null {
  const m = /^(-?\d+):(\d+)(:kb)?$/.exec(text ?? '');
  if (!m) return null;
  return { chatId: m[1]!, messageId: m[2]!, buttons: m[3] !== undefined };
}
