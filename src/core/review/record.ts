// Every answer moves the member's review card for its question (daily, practice and review alike).
// A card that could not be moved is logged and left: the answer itself is already recorded, and
// the member's feedback must not wait for or fail on their review schedule.
import type { CardOrigin } from '../../store/reviews.ts';
import type { CoreServices } from '../types.ts';
import type { CardState } from './fsrs.ts';

export async function moveCard(
  services: CoreServices,
  memberId: number,
  questionId: string,
  correct: boolean,
  origin: CardOrigin,
): Promise<CardState | null> {
  try {
    return await services.store.reviews.answer(memberId, questionId, correct, services.clock.now(), origin);
  } catch (err) {
    services.log.warn({ err, memberId, questionId, origin }, 'could not move a review card');
    return null;
  }
}
