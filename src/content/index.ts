// Public surface of the content module.
export * from './schema.ts';
export { ContentError, ContentLibrary, loadContent, type LookupResult } from './library.ts';
export { runContentCli, type CliOutput } from './cli.ts';
export { normalizeKey, dayIndex, dateOfDayIndex } from './text.ts';
export { LEAD_INS, AR_OPTIONS, AR_POLL_OPTIONS, questionBody, solutionLines } from './formats.ts';
export { mainsPoints, mainsSections } from './mains.ts';
