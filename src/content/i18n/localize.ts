// What renderers call: an item in the reader's language. The translation is the whole item (same id,
// structure, key and option order), so a surface renders it exactly as it renders English. An item
// without that language (its pack declares no such translation) comes back in English.
import type { Fact, Localizable, MainsPrompt, Pack, Question, Section } from '../types.ts';
import type { Lang } from './languages.ts';

function pick<T extends Localizable<T>>(item: T, lang: Lang): T {
  return item.i18n?.[lang] ?? item;
}

/** The question in `lang`: prompt, statements, pairs, lead-in, options, poll options, explanation, solution. */
export const localizeQuestion = (q: Question, lang: Lang): Question => pick(q, lang);
/** The fact in `lang`: title, aliases and text. */
export const localizeFact = (f: Fact, lang: Lang): Fact => pick(f, lang);
/** The Mains prompt in `lang`: prompt, note and the structured answer. */
export const localizeMains = (m: MainsPrompt, lang: Lang): MainsPrompt =>
  (m.i18n?.[lang] as MainsPrompt | undefined) ?? m;
export const localizeSection = (s: Section, lang: Lang): Section => pick(s, lang);

/** Whether an item really has `lang` (and will not fall back to English). */
export function hasLanguage(item: Localizable<unknown>, lang: Lang): boolean {
  return (item.lang ?? 'en') === lang || item.i18n?.[lang] !== undefined;
}

/** The pack's title and source in `lang`. */
export function packTitle(pack: Pack, lang: Lang): { title: string; source: string } {
  return (lang !== 'en' && pack.i18n?.[lang]) || { title: pack.title, source: pack.source };
}
