// "Next question" under a practice answer's feedback: `n:<hash of the question just answered>`.
// It serves another practice question, never the one just answered (when the pack has another).
// Practice touches no streak, so any place may tap it.
import { practiceCardOf, practiceReply } from '../../cards.ts';
import { memberLang, t, type Lang } from '../../i18n/index.ts';
import { communityFor } from '../../places.ts';
import type { TapButton } from '../buttons.ts';
import { defineTap } from '../kind.ts';
import { practiceQuestion } from '../../suggest/questions.ts';
import { questionHash } from './practice.ts';

export interface NextTap {
  kind: 'next';
  /** questionHash of the question just answered: fixed length, so any id fits any budget. */
  after: string;
}

export const next = defineTap<NextTap>({
  kind: 'next',
  tag: 'n',
  write: (p) => p.after,
  read: (fields) => (/^[A-Za-z0-9_-]{16}$/.test(fields) ? { kind: 'next', after: fields } : undefined),
  async run(services, inv, p) {
    const { content } = services;
    // Only the tapper sees it: their language, as /quiz's; the place's community questions too.
    const [saved, community] = await Promise.all([
      services.store.members.language(inv.actor.platform, inv.actor.userId),
      communityFor(services, inv.place),
    ]);
    let q = await practiceQuestion(services, community.id);
    if (questionHash(q.id) === p.after && content.questions.length > 1)
      q = content.questions[(content.questions.indexOf(q) + 1) % content.questions.length]!;
    const lang = memberLang(inv.actor, saved, community);
    return practiceReply(practiceCardOf(services, q, lang), lang);
  },
});

/** The Next button offered under the feedback of a practice answer to `questionId`. */
export const nextButton = (questionId: string, lang: Lang = 'en'): TapButton => ({
  label: t(lang, 'taps.next'),
  payload: { kind: 'next', after: questionHash(questionId) },
});
