// The English catalog: every feature's sentences, merged. Add a feature's file here (one line).
import { commandsMeta } from './commands-meta.ts';
import { common } from './common.ts';
import { language } from './language.ts';

export const en = {
  ...common,
  ...commandsMeta,
  ...language,
};
