// An admin's decision on a member's question, from the buttons of /suggestions (issue 15 item 4):
// `sg:<suggestion id>:<a|ad|d>` (approve, approve + daily rotation, decline). The id names a
// community's question and can be forged: moderate() checks the tapper administers that community.
import { memberLang, t, type Lang } from '../../i18n/index.ts';
import { moderate } from '../../suggest/moderation.ts';
import type { Decision } from '../../suggest/decide.ts';
import type { TapButton } from '../buttons.ts';
import { defineTap } from '../kind.ts';

export interface SuggestionTap {
  kind: 'suggestion';
  id: number;
  decision: Decision;
}

const CODE: Record<Decision, string> = { approve: 'a', 'approve-daily': 'ad', decline: 'd' };
const DECISION: Record<string, Decision> = { a: 'approve', ad: 'approve-daily', d: 'decline' };

export const suggestion = defineTap<SuggestionTap>({
  kind: 'suggestion',
  tag: 'sg',
  write: (p) => `${p.id}:${CODE[p.decision]}`,
  read(fields) {
    const m = /^(\d{1,9}):(a|ad|d)$/.exec(fields);
    const id = Number(m?.[1]);
    return m && id > 0 ? { kind: 'suggestion', id, decision: DECISION[m[2]!]! } : undefined;
  },
  async run(services, inv, p) {
    const saved = await services.store.members.language(inv.actor.platform, inv.actor.userId);
    return moderate(services, inv, memberLang(inv.actor, saved), p.id, p.decision);
  },
});

/** The three buttons under a pending question. */
export const decisionButtons = (id: number, lang: Lang): TapButton[] => [
  { label: t(lang, 'suggestions.approve', { id }), payload: { kind: 'suggestion', id, decision: 'approve' } },
  {
    label: t(lang, 'suggestions.approveDaily', { id }),
    payload: { kind: 'suggestion', id, decision: 'approve-daily' },
  },
  { label: t(lang, 'suggestions.decline', { id }), payload: { kind: 'suggestion', id, decision: 'decline' } },
];
