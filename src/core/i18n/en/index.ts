// The English catalog: every feature's sentences, merged. Add a feature's file here (one line).
import { common } from './common.ts';
import { community } from './community.ts';
import { taps } from './taps.ts';

export const en = {
  ...common,
  ...community,
  ...taps,
};
