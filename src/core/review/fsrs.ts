// The spaced-review rule, pure: an answer moves a member's card for a question to its next FSRS
// state (ts-fsrs). A wrong answer is Again, a right one Good: a multiple-choice tap says no more
// than that, so Hard and Easy are never guessed. Short-term (minute) steps are off: a study bot
// that messages once a day reviews in days, and a card answered wrong comes back the next day.
// Fuzz is off so the same answers always give the same schedule (tests, and two instances agree).
import { createEmptyCard, fsrs, Rating, type Card } from 'ts-fsrs';

/** What the database keeps of a card (the ReviewCard row without its keys). */
export interface CardState {
  due: Date;
  stability: number;
  difficulty: number;
  scheduledDays: number;
  reps: number;
  lapses: number;
  /** ts-fsrs State: 0 new, 1 learning, 2 review, 3 relearning. */
  state: number;
  lastReview: Date | null;
  lastCorrect: boolean;
}

const scheduler = fsrs({ enable_fuzz: false, enable_short_term: false });

/** A card never answered: new, due now. */
export function newCard(now: Date): CardState {
  return fromFsrs(createEmptyCard(now), true);
}

/**
 * The card after an answer at `now`: wrong = Again, right = Good. `previous` null is a question
 * the member meets for the first time.
 */
export function afterAnswer(previous: CardState | null, correct: boolean, now: Date): CardState {
  const card = previous ? toFsrs(previous) : createEmptyCard(now);
  // A clock that went back (a corrected server clock) must not review "before" the last review.
  const at = card.last_review && card.last_review > now ? card.last_review : now;
  const next = scheduler.next(card, at, correct ? Rating.Good : Rating.Again);
  return fromFsrs(next.card, correct);
}

function toFsrs(c: CardState): Card {
  return {
    due: c.due,
    stability: c.stability,
    difficulty: c.difficulty,
    elapsed_days: 0,
    scheduled_days: c.scheduledDays,
    learning_steps: 0,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state,
    ...(c.lastReview ? { last_review: c.lastReview } : {}),
  };
}

function fromFsrs(c: Card, lastCorrect: boolean): CardState {
  return {
    due: c.due,
    stability: c.stability,
    difficulty: c.difficulty,
    scheduledDays: c.scheduled_days,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state,
    lastReview: c.last_review ?? null,
    lastCorrect,
  };
}
