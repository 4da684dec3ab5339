// An item and its translations share one map, language -> the whole item in that language, linked
// from every one of them (see localize.ts). Used by the loader and by the content cache's revival.
import type { Localizable } from '../types.ts';
import type { TranslationLang } from './languages.ts';

/** Links an English item and its translation both ways (non-enumerable: JSON and toEqual ignore it). */
export function attach<T extends Localizable<T>>(en: T, lang: TranslationLang, tr: T): void {
  let map = en.i18n;
  if (!map) {
    map = { en };
    Object.defineProperty(en, 'i18n', { value: map, enumerable: false, configurable: true });
  }
  (map as Record<string, T>)[lang] = tr;
  Object.defineProperty(tr, 'i18n', { value: map, enumerable: false, configurable: true });
}
