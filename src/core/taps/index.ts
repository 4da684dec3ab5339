// Buttons and taps: the payload codec, the kinds of button, and the buttons a Reply offers.
export { encodeTap, parseTap, type TapBudget } from './codec.ts';
export { answerButtons, answerPayload, type TapButton } from './buttons.ts';
export { questionHash, type TapPayload } from './kinds/index.ts';
export type { DailyTap, NextTap, PracticeHashTap, PracticeTap, ShareTap } from './kinds/index.ts';
