// Who sees which language (issue 14). Public posts and replies speak the community's language (set
// by an admin with /setup); replies only the caller sees speak the member's own choice (/language),
// else the platform's hint (Telegram language_code, Discord's interaction locale), else the
// community's. A private chat with the bot is the member's own place: everything there is theirs.
import { langOf, type Lang } from './i18n/index.ts';
import type { Actor, Place } from './types.ts';

/** The community's language; an unknown stored value (a language since removed) reads as English. */
export const communityLang = (community: { language: string }): Lang => langOf(community.language) ?? 'en';

/** The member's language for private replies: their choice, the platform's hint, then the community's. */
export function memberLangOf(
  saved: string | null | undefined,
  actor: Pick<Actor, 'locale'>,
  community: { language: string },
): Lang {
  return langOf(saved) ?? langOf(actor.locale) ?? communityLang(community);
}

/** Both languages of one invocation: what everyone sees there, and what only the caller sees. */
export function languagesOf(
  saved: string | null | undefined,
  inv: { actor: Pick<Actor, 'locale'>; place: Pick<Place, 'isPrivate'> },
  community: { language: string },
): { lang: Lang; memberLang: Lang } {
  const memberLang = memberLangOf(saved, inv.actor, community);
  return { lang: inv.place.isPrivate ? memberLang : communityLang(community), memberLang };
}

/** What a student may type for a language: a code ("hi", "hi-IN") or its name in either language. */
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
