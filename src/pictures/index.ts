// Cards as PNG buffers from plain data: no platform, database or bot code in here, so any adapter
// (Telegram photo, Discord attachment, the terminal's file) can send the same picture.
export { renderProgressCard, PROGRESS_CARD_SIZE, type ProgressCardData } from './progress.ts';
export { renderPodiumCard, PODIUM_CARD_SIZE, type PodiumCardData } from './podium.ts';
export { renderShareCard, SHARE_CARD_SIZE, type ShareCardData } from './share.ts';
export type { DayState } from './calendar.ts';
export type { SectionScore } from './sections.ts';
export type { CardOptions } from './options.ts';
export { cardLabels, englishLabels, type CardLabels } from './labels.ts';
export { darkTheme, lightTheme, type CardTheme } from './theme.ts';
