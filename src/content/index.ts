// Public surface of the content module.
export * from './schema.ts';
export { ContentError, ContentLibrary, loadContent, type LookupResult } from './library.ts';
export type { LoadOptions } from './sources.ts';
export type { CliOutput } from './cli.ts';
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

/** `studybot content ...` (cli.ts), loaded when called: the bot itself needs no linter or validator. */
export async function runContentCli(
  ...args: Parameters<typeof import('./cli.ts').runContentCli>
): Promise<number> {
  return (await import('./cli.ts')).runContentCli(...args);
}
