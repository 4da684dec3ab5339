// The buttons of a /review session (issue 12). An answer: `ra:<questionId>:<choice>:<reviewed>:<right>`
// (a long question id travels as `rh:<hash>:...`, found again in the pack); "Next" and a reminder's
// "Start review": `rn:<reviewed>:<right>`. The tally is the session's own count for its summary:
// forging it changes only what the member is told about their own session, and the card an answer
// moves is always the tapper's own, so these buttons work from any place.
import { t } from '../../i18n/index.ts';
import { answerReview, nextReview, scopeOf, type ReviewTally } from '../../review/session.ts';
import { problem } from '../../replies.ts';
import type { TapButton } from '../buttons.ts';
import { defineTap } from '../kind.ts';
import { questionHash, questionIdOf } from './practice.ts';

export interface ReviewAnswerTap extends ReviewTally {
  kind: 'review';
  questionId: string;
  choice: number;
}

export interface ReviewAnswerHashTap extends ReviewTally {
  kind: 'review-hash';
  hash: string;
  choice: number;
}

export interface ReviewNextTap extends ReviewTally {
  kind: 'review-next';
}

/** A tally as button data: at most three digits each (a session longer than that restarts at 999). */
const tallyText = (p: ReviewTally) => `${Math.min(p.reviewed, 999)}:${Math.min(p.right, 999)}`;
const TALLY = '(\\d{1,3}):(\\d{1,3})';
const tallyOf = (m: RegExpExecArray, at: number): ReviewTally => ({
  reviewed: Number(m[at]),
  right: Math.min(Number(m[at + 1]), Number(m[at])),
});

export const reviewAnswer = defineTap<ReviewAnswerTap>({
  kind: 'review',
  tag: 'ra',
  write: (p) => `${p.questionId}:${p.choice}:${tallyText(p)}`,
  read(fields) {
    const m = new RegExp(`^([\\s\\S]+):(\\d):${TALLY}$`).exec(fields);
    return m ? { kind: 'review', questionId: m[1]!, choice: Number(m[2]), ...tallyOf(m, 3) } : undefined;
  },
  shorter: (p): ReviewAnswerHashTap => ({
    kind: 'review-hash',
    hash: questionHash(p.questionId),
    choice: p.choice,
    reviewed: p.reviewed,
    right: p.right,
  }),
  async run(services, inv, p) {
    return answerReview(services, inv, await scopeOf(services, inv), p.questionId, p.choice, p);
  },
});

export const reviewAnswerHash = defineTap<ReviewAnswerHashTap>({
  kind: 'review-hash',
  tag: 'rh',
  write: (p) => `${p.hash}:${p.choice}:${tallyText(p)}`,
  read(fields) {
    const m = new RegExp(`^([A-Za-z0-9_-]{16}):(\\d):${TALLY}$`).exec(fields);
    return m ? { kind: 'review-hash', hash: m[1]!, choice: Number(m[2]), ...tallyOf(m, 3) } : undefined;
  },
  async run(services, inv, p) {
    const questionId = questionIdOf(services.content, p.hash);
    if (!questionId) return problem(t('en', 'review.gone'));
    return reviewAnswer.run(services, inv, { ...p, kind: 'review', questionId });
  },
});

export const reviewNext = defineTap<ReviewNextTap>({
  kind: 'review-next',
  tag: 'rn',
  write: tallyText,
  read(fields) {
    const m = new RegExp(`^${TALLY}$`).exec(fields);
    return m ? { kind: 'review-next', ...tallyOf(m, 1) } : undefined;
  },
  async run(services, inv, p) {
    return nextReview(services, inv, await scopeOf(services, inv), p);
  },
});

/** "Next" under a review answer, carrying the session's tally. */
export const nextButton = (lang: Parameters<typeof t>[0], tally: ReviewTally): TapButton => ({
  label: t(lang, 'review.next'),
  payload: { kind: 'review-next', ...tally },
});

/** A reminder's "Start review". */
export const startReviewButton = (lang: Parameters<typeof t>[0]): TapButton => ({
  label: t(lang, 'review.start'),
  payload: { kind: 'review-next', reviewed: 0, right: 0 },
});
