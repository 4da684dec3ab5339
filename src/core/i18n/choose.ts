// The language of a sentence worded outside a command's context: a tap's feedback, an adapter's own
// notice, a scheduled post. Inside a command, use ctx.lang (public) and ctx.memberLang (private).
// English until issue 14's choice (the community's setting, the member's own, the platform's hint)
// is wired in; that work changes these two functions and nothing at their call sites.
import type { Lang } from '../../content/i18n/languages.ts';

/** Public posts and replies in a community: the community's language. */
export const communityLang = (_community: { id: number } | null | undefined): Lang => 'en';

/** Replies only this member sees (ephemeral, private chat): the member's language. */
export const memberLang = (_actor: { platform: string; userId: string }): Lang => 'en';
