// Numbers and plurals for the catalog's languages, from the platform's own Intl (CLDR data), so
// "1 day" / "2 days" and 1,00,000 (Indian grouping, as UPSC papers print figures) come out right
// without a dependency.
import type { Lang } from '../../content/i18n/languages.ts';

const LOCALE: Record<Lang, string> = { en: 'en-IN', hi: 'hi-IN' };

const numbers = new Map<Lang, Intl.NumberFormat>();
const rules = new Map<Lang, Intl.PluralRules>();

/** 100000 -> "1,00,000" in both languages (Western digits: the Hindi papers print them too). */
export function num(lang: Lang, n: number): string {
  let f = numbers.get(lang);
  if (!f) {
    f = new Intl.NumberFormat(`${LOCALE[lang]}-u-nu-latn`, { maximumFractionDigits: 1 });
    numbers.set(lang, f);
  }
  return f.format(n);
}

export interface PluralForms {
  one: string;
  other: string;
}

/** "3 days" / "1 day" / "3 दिन": the number formatted for the language, the form chosen by CLDR. */
export function count(lang: Lang, n: number, forms: PluralForms): string {
  let r = rules.get(lang);
  if (!r) {
    r = new Intl.PluralRules(LOCALE[lang]);
    rules.set(lang, r);
  }
  return `${num(lang, n)} ${r.select(n) === 'one' ? forms.one : forms.other}`;
}
