// The Hindi catalog. Typed as the English one, so a key missing here does not compile.
import type { Catalog } from '../catalog.ts';
import { common } from './common.ts';
import { review } from './review.ts';
import { taps } from './taps.ts';

export const hi: Catalog = {
  ...common,
  ...review,
  ...taps,
};
