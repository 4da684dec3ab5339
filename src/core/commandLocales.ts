// The commands' names, descriptions and choice labels in each language, from the catalog's
// commands-meta files, for the platforms' own command lists (Discord name/description
// localizations, Telegram's per-language command menu). English is what the command files declare.
import { catalogKeys, t, type Lang, type MessageKey } from './i18n/index.ts';

/** The languages the platforms get a translated command list for (English is their default). */
export const COMMAND_LANGUAGES = ['hi'] as const satisfies readonly Exclude<Lang, 'en'>[];

let keys: Map<Lang, Set<string>> | undefined;

/** The catalog text of a meta key, or undefined when the catalog has none (the platform falls back). */
function meta(lang: Lang, key: string): string | undefined {
  keys ??= new Map((['en', ...COMMAND_LANGUAGES] as Lang[]).map((l) => [l, new Set(catalogKeys(l))]));
  if (!keys.get(lang)?.has(key)) return undefined;
  return (t as (l: Lang, k: MessageKey) => string)(lang, key as MessageKey);
}

export interface LocalizedText {
  name: string | undefined;
  description: string | undefined;
}

/** A command's name and description in `lang`. */
export const commandText = (lang: Lang, command: string): LocalizedText => ({
  name: meta(lang, `meta.${command}.name`),
  description: meta(lang, `meta.${command}.description`),
});

/** An option's name and description in `lang`. */
export const optionText = (lang: Lang, command: string, option: string): LocalizedText => ({
  name: meta(lang, `meta.${command}.${option}.name`),
  description: meta(lang, `meta.${command}.${option}.description`),
});

/** A choice's label in `lang`. */
export const choiceText = (lang: Lang, command: string, option: string, value: string): string | undefined =>
  meta(lang, `meta.${command}.${option}.${value}`);
