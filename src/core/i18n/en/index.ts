// The English catalog: every feature's sentences, merged. Add a feature's file here (one line).
import { common } from './common.ts';
import { review } from './review.ts';
import { taps } from './taps.ts';

export const en = {
  ...common,
  ...review,
  ...taps,
};
