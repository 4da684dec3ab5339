// The English catalog: every feature's sentences, merged. Add a feature's file here (one line).
import { common } from './common.ts';

export const en = {
  ...common,
};
