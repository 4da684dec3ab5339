// English sentences of the share card (the Share button and /share) and its one-line text.
export const share = {
  'share.notAnswered': () => 'Answer the daily question first; then you can share your result.',
  'share.failed': () => 'I could not make your card just now. Please try again in a moment.',
  /** The button under a daily answer's feedback. */
  'share.button': () => 'Share',
  /** Telegram: the tap's alert once the card is in the member's private chat. */
  'share.sent': () => 'Your card is in your private chat with me: forward it from there.',
  'share.needsStart': (p: { bot: string }) =>
    `To get your card, open a private chat with me (@${p.bot}) and press Start, then tap Share again.`,
};
