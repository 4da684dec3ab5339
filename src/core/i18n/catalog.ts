import type { en } from './en/index.ts';

/** Every message id with the function that words it; English is the reference shape. */
export type Catalog = typeof en;
export type MessageKey = keyof Catalog;
