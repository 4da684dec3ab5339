// What a student may type for a language (/language, /setup's language). Who sees which language is
// decided in i18n/choose.ts.
import { langOf, type Lang } from './i18n/index.ts';

/** A language's code ("hi", "hi-IN") or its name in either language. */
const NAMES: Record<string, Lang> = {
  english: 'en',
  angrezi: 'en',
  अंग्रेज़ी: 'en',
  अंग्रेजी: 'en',
  hindi: 'hi',
  हिंदी: 'hi',
  हिन्दी: 'hi',
};

export function parseLanguage(text: string | undefined): Lang | undefined {
  const s = (text ?? '').trim().toLowerCase();
  return langOf(s) ?? NAMES[s];
}
