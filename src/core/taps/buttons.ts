// Buttons a Reply offers, as the core describes them: a label and the payload a tap sends back.
import { letter } from '../replies.ts';
import type { QuestionCard } from '../types.ts';
import type { TapPayload } from './kinds/index.ts';

export interface TapButton {
  label: string;
  payload: TapPayload;
}

/** The payload of the button that answers `card` with option `choice`. */
export function answerPayload(
  card: Pick<QuestionCard, 'kind' | 'ref' | 'questionId' | 'tally' | 'privateChat'>,
  choice: number,
): TapPayload {
  if (card.kind === 'daily')
    return { kind: card.privateChat ? 'today-answer' : 'daily', postId: Number(card.ref), choice };
  if (card.kind === 'review')
    return {
      kind: 'review',
      questionId: card.questionId,
      choice,
      ...(card.tally ?? { reviewed: 0, right: 0 }),
    };
  return { kind: 'practice', questionId: card.questionId, choice };
}

/** A question's answer buttons, lettered A, B, C, D. */
export const answerButtons = (card: QuestionCard): TapButton[] =>
  card.options.map((_, i) => ({ label: letter(i), payload: answerPayload(card, i) }));
