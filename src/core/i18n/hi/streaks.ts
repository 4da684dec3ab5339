import type { streaks as en } from '../en/streaks.ts';
import { num } from '../format.ts';

export const streaks: typeof en = {
  'streaks.freezes': (p) =>
    `स्ट्रीक फ़्रीज़ (streak freeze): 2 में से ${num('hi', p.held)} आपके पास · ${num('hi', p.used)} उपयोग हुए (लगातार 7 दिन उत्तर देने पर एक मिलता है; छूटा हुआ दिन एक का उपयोग कर लेता है)`,
};
