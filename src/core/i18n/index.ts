// One catalog for every sentence the bot says, keyed by message id with typed parameters.
//
// Why plain typed modules and not Fluent/i18next: the compiler checks that every key exists in
// both languages and that each call passes the parameters its sentence needs (a Fluent or i18next
// key is a string checked at run time); plurals and Indian digit grouping come from Intl (CLDR), the
// same data those libraries use. Sentences live in `en/<feature>.ts` and `hi/<feature>.ts`.
import type { Lang } from '../../content/i18n/languages.ts';
import type { Catalog, MessageKey } from './catalog.ts';
import { en } from './en/index.ts';
import { hi } from './hi/index.ts';

export type { Lang } from '../../content/i18n/languages.ts';
export type { Catalog, MessageKey } from './catalog.ts';
export { count, num } from './format.ts';
export { communityLang, langOf, languagesOf, memberLang } from './choose.ts';

const catalogs: Record<Lang, Catalog> = { en, hi };

/** The sentence `key` in `lang`, worded with its parameters. */
export function t<K extends MessageKey>(lang: Lang, key: K, ...params: Parameters<Catalog[K]>): string {
  const word = catalogs[lang][key] as (...p: Parameters<Catalog[K]>) => string;
  return word(...params);
}

/** A translator bound to one language: `const say = translator(ctx.lang); say('streak.title')`. */
export function translator(lang: Lang) {
  return <K extends MessageKey>(key: K, ...params: Parameters<Catalog[K]>): string => t(lang, key, ...params);
}

/**
 * A command's words by key ("command.<name>", "command.<name>.usage", "command.<name>.<option>"),
 * or undefined when the catalog has none (a command added without its catalog lines still shows
 * its definition's English).
 */
export function commandText(lang: Lang, key: string): string | undefined {
  const word = (catalogs[lang] as unknown as Record<string, (() => string) | undefined>)[key];
  return word?.();
}

/** For tests and lint: every key of both catalogs. */
export const catalogKeys = (lang: Lang): string[] => Object.keys(catalogs[lang]);
