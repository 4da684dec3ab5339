// Hindi for en/taps.ts.
import type { taps as en } from '../en/taps.ts';

export const taps: typeof en = {
  'taps.share': () => 'साझा करें (Share)',
  'taps.next': () => 'अगला प्रश्न (Next question)',
};
