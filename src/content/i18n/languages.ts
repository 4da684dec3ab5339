// The languages a pack can speak. English is the source: its files carry the structure (formats,
// correct flags, keys, option order); every other language is a translation folder beside them.

export const LANGUAGES = ['en', 'hi'] as const;
export type Lang = (typeof LANGUAGES)[number];

/** Languages a pack may declare as a `<lang>/` folder next to its English files. */
export const TRANSLATION_LANGUAGES = ['hi'] as const satisfies readonly Exclude<Lang, 'en'>[];
export type TranslationLang = (typeof TRANSLATION_LANGUAGES)[number];

export function isLang(s: unknown): s is Lang {
  return typeof s === 'string' && (LANGUAGES as readonly string[]).includes(s);
}

/**
 * The translations of one item, each the whole item in that language (same ids, structure and key),
 * so a renderer swaps one object for another and never mixes languages inside one question.
 */
export type Translations<T> = Partial<Record<TranslationLang, T>>;
