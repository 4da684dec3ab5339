// The Hindi catalog. Typed as the English one, so a key missing here does not compile.
import type { Catalog } from '../catalog.ts';
import { commandsMeta } from './commands-meta.ts';
import { common } from './common.ts';
import { language } from './language.ts';

export const hi: Catalog = {
  ...common,
  ...commandsMeta,
  ...language,
};
