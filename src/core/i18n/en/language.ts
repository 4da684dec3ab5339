// Sentences of /language and of /setup's language (issue 14: who sees which language).
import type { Lang } from '../../../content/i18n/languages.ts';

const NAMES: Record<Lang, string> = { en: 'English', hi: 'Hindi' };

export const language = {
  /** A language's name in this language: "Hindi" / "हिंदी". */
  'language.name': (p: { lang: Lang }) => NAMES[p.lang],
  'language.title': () => 'Language',
  'language.saved': (p: { language: string }) =>
    `Done: replies that only you see will now be in ${p.language}.`,
  'language.current': (p: { language: string; why: 'choice' | 'platform' | 'community' }) =>
    `Replies that only you see are in ${p.language} (${
      { choice: 'your choice', platform: "your app's language", community: "this group's language" }[p.why]
    }).`,
  'language.community': (p: { language: string }) =>
    `Daily posts and public replies here are in ${p.language}; an admin can change that with /setup.`,
  'language.how': () => 'Choose with /language en (English) or /language hi (हिन्दी).',
  'language.unknown': (p: { text: string }) =>
    `I don't know the language "${p.text}": I speak English (/language en) and Hindi (/language hi).`,
  'language.setupSet': (p: { language: string }) =>
    `Daily posts and public replies here will be in ${p.language}.`,
  'language.setupUnknown': (p: { text: string }) =>
    `I don't know the language "${p.text}": use en (English) or hi (Hindi), e.g. /setup 07:30 Asia/Kolkata hi.`,
};
