// Who sees which language (issue 14): the one set of rules, used by the command context
// (StudyCore.context fills ctx.lang and ctx.memberLang from them) and by every sentence worded
// outside it (a tap's feedback, an adapter's own notice, a scheduled post, the console).
// Public posts and replies speak the community's language (set by an admin with /setup); replies only
// the caller sees speak the member's own choice (/language), else the platform's hint (Telegram's
// language_code, Discord's interaction locale), else the community's. A private chat with the bot is
// the member's own place: everything there is theirs.
import { isLang, type Lang } from '../../content/i18n/languages.ts';
import type { Actor, Place } from '../types.ts';

/** 'hi', 'hi-IN', 'HI' -> 'hi'; anything else -> undefined (callers fall back to their default). */
export function langOf(code: string | undefined | null): Lang | undefined {
  const base = code?.toLowerCase().split(/[-_]/)[0];
  return isLang(base) ? base : undefined;
}

/**
 * Public posts and replies in a community: the community's language. Unknown (no community at hand,
 * or a stored language since removed) reads as English.
 */
export const communityLang = (community: { language: string } | null | undefined): Lang =>
  langOf(community?.language) ?? 'en';

/**
 * Replies only this member sees (ephemeral, private chat): their saved choice, then the platform's
 * hint, then the community's language. Callers without the database pass only the actor: the hint,
 * else English.
 */
export function memberLang(
  actor: Pick<Actor, 'locale'>,
  saved?: string | null,
  community?: { language: string } | null,
): Lang {
  return langOf(saved) ?? langOf(actor.locale) ?? communityLang(community);
}

/** Both languages of one invocation: what everyone sees there, and what only the caller sees. */
export function languagesOf(
  saved: string | null | undefined,
  inv: { actor: Pick<Actor, 'locale'>; place: Pick<Place, 'isPrivate'> },
  community: { language: string },
): { lang: Lang; memberLang: Lang } {
  const own = memberLang(inv.actor, saved, community);
  return { lang: inv.place.isPrivate ? own : communityLang(community), memberLang: own };
}
