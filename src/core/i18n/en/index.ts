// The English catalog: every feature's sentences, merged. Add a feature's file here (one line).
import { common } from './common.ts';
import { marking } from './marking.ts';
import { streaks } from './streaks.ts';

export const en = {
  ...common,
  ...marking,
  ...streaks,
};
