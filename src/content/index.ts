// Public surface of the content module.
export * from './schema.ts';
export { ContentError, ContentLibrary, loadContent, type LookupResult } from './library.ts';
export type { LoadOptions } from './loader.ts';
export { runContentCli, type CliOutput } from './cli.ts';
export { normalizeKey, foldDevanagari, dayIndex, dateOfDayIndex } from './text.ts';
export { LEAD_INS, AR_OPTIONS, AR_POLL_OPTIONS, questionBody, solutionLines } from './formats.ts';
export { mainsPoints, mainsSections } from './mains.ts';
export {
  LANGUAGES,
  TRANSLATION_LANGUAGES,
  isLang,
  type Lang,
  type TranslationLang,
} from './i18n/languages.ts';
export {
  hasLanguage,
  localizeFact,
  localizeMains,
  localizeQuestion,
  localizeSection,
  packTitle,
} from './i18n/localize.ts';
export { FORMAT_WORDING } from './i18n/wording.ts';
export { SURFACE_WORDS } from './i18n/surface-words.ts';
export { numbersIn, figureMismatches, questionFields, factFields, mainsFields } from './i18n/numbers.ts';
