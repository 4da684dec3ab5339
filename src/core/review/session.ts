// A /review session: the member's due cards one at a time (misses first, then the longest overdue),
// then up to `newPerDay` questions new to them a day, each answered privately; after each answer
// the full solution and a Next button; at the end a summary. The session keeps no state of its own:
// what is due is in the database, and the running tally (reviewed, right) rides on the buttons.
// Review answers move review cards only — never streaks, points or leaderboards.
import { localizeQuestion, solutionLines } from '../../content/index.ts';
import { cleanName, formatDay } from '../format.ts';
import { memberLang, t, type Lang } from '../i18n/index.ts';
import { letter, problem, questionCard } from '../replies.ts';
import { communityFor } from '../places.ts';
import { nextButton } from '../taps/kinds/review.ts';
import { instantOf, localDateOf } from '../time.ts';
import type { CoreServices, Invocation, Reply } from '../types.ts';

/** Answers so far in this session, carried on its buttons. */
export interface ReviewTally {
  reviewed: number;
  right: number;
}

export const DEFAULT_NEW_PER_DAY = 5;

/** Where a review happens: its language and the zone its days and times are told in. */
export interface ReviewScope {
  lang: Lang;
  timezone: string;
}

/**
 * The scope of a tap (an answer, Next, a reminder's Start review): the member's language, as /review
 * itself speaks (their choice, the platform's hint, the community's), and their reminder's zone
 * when set, else the place's.
 */
export async function scopeOf(services: CoreServices, inv: Invocation): Promise<ReviewScope> {
  const { store } = services;
  const [reminder, saved, community] = await Promise.all([
    store.reminders.of(inv.actor.platform, inv.actor.userId),
    store.members.language(inv.actor.platform, inv.actor.userId),
    communityFor(services, inv.place),
  ]);
  return {
    lang: memberLang(inv.actor, saved, community),
    timezone: reminder?.timezone ?? community.timezone,
  };
}

const memberOf = (services: CoreServices, inv: Invocation) =>
  services.store.answers.upsertMember({
    platform: inv.actor.platform,
    externalId: inv.actor.userId,
    displayName: cleanName(inv.actor.displayName),
  });

/** The next card of the session, or its summary when nothing is left. */
export async function nextReview(
  services: CoreServices,
  inv: Invocation,
  scope: ReviewScope,
  tally: ReviewTally,
): Promise<Reply> {
  const { store, content, clock } = services;
  const now = clock.now();
  const member = await memberOf(services, inv);
  let due = await store.reviews.nextDue(member.id, now);
  // A card whose question left the pack is dropped rather than served.
  while (due && !content.question(due.questionId)) {
    await store.reviews.drop(member.id, due.questionId);
    due = await store.reviews.nextDue(member.id, now);
  }
  let questionId = due?.questionId;
  let why: 'review.missed' | 'review.due' | 'review.new' =
    due?.lastCorrect === false ? 'review.missed' : 'review.due';
  if (!questionId) {
    questionId = await newQuestion(services, member.id, now, scope.timezone);
    why = 'review.new';
  }
  const english = questionId ? content.question(questionId) : undefined;
  if (!english) return summary(services, member.id, scope, tally);
  // The member's language: same options in the same order, so the key is the same.
  const question = localizeQuestion(english, scope.lang);
  const section = content.sectionTitle(question.section, scope.lang) ?? question.section;
  const card = questionCard(question, 'review', question.id, section, undefined, scope.lang);
  card.tally = tally;
  return {
    visibility: 'ephemeral',
    tone: 'info',
    title: t(scope.lang, 'review.title', { section, n: tally.reviewed + 1 }),
    lines: [t(scope.lang, why)],
    footer: t(scope.lang, 'review.footer'),
    question: card,
  };
}

/** A question the member has no card for, while today's allowance of new questions lasts. */
async function newQuestion(
  services: CoreServices,
  memberId: number,
  now: Date,
  timezone: string,
): Promise<string | undefined> {
  const allowance = services.review?.newPerDay ?? DEFAULT_NEW_PER_DAY;
  if (allowance <= 0) return undefined;
  const dayStart = instantOf(localDateOf(now, timezone), 0, timezone);
  if ((await services.store.reviews.newSince(memberId, dayStart)) >= allowance) return undefined;
  const seen = await services.store.reviews.questionIds(memberId);
  return services.content.questions.find((q) => !seen.has(q.id))?.id;
}

/** A review answer: the card moves (once: a second tap finds it no longer due), then the solution. */
export async function answerReview(
  services: CoreServices,
  inv: Invocation,
  scope: ReviewScope,
  questionId: string,
  choice: number,
  tally: ReviewTally,
): Promise<Reply> {
  const { lang } = scope;
  const english = services.content.question(questionId);
  if (!english) return { ...problem(t(lang, 'review.gone')), buttons: [nextButton(lang, tally)] };
  const question = localizeQuestion(english, lang);
  if (!Number.isInteger(choice) || choice < 0 || choice >= question.options.length) {
    return problem(t(lang, 'review.pick', { letters: question.options.map((_, i) => letter(i)).join(', ') }));
  }
  const member = await memberOf(services, inv);
  const correct = choice === question.answer;
  const card = await services.store.reviews.answer(
    member.id,
    question.id,
    correct,
    services.clock.now(),
    'review',
    { onlyDue: true },
  );
  if (!card) return { ...problem(t(lang, 'review.notDue')), buttons: [nextButton(lang, tally)] };
  const after = { reviewed: tally.reviewed + 1, right: tally.right + (correct ? 1 : 0) };
  return {
    visibility: 'ephemeral',
    tone: correct ? 'success' : 'error',
    title: t(lang, correct ? 'review.right' : 'review.wrong', {
      letter: letter(correct ? choice : question.answer),
    }),
    lines: [
      `${question.options[question.answer]}.`,
      question.explanation,
      t(lang, 'review.nextOfThis', { when: when(card.due, scope) }),
    ],
    answer: {
      status: 'recorded',
      choice,
      correct,
      correctChoice: question.answer,
      solution: solutionLines(question),
    },
    buttons: [nextButton(lang, after)],
  };
}

/** The end of a session: how it went and when the next card falls due. */
async function summary(
  services: CoreServices,
  memberId: number,
  scope: ReviewScope,
  tally: ReviewTally,
): Promise<Reply> {
  const { lang } = scope;
  const upcoming = await services.store.reviews.upcoming(memberId, services.clock.now());
  const lines = tally.reviewed > 0 ? [t(lang, 'review.summary', tally)] : [t(lang, 'review.nothing')];
  if (upcoming.next) lines.push(t(lang, 'review.nextDue', { when: when(upcoming.next, scope) }));
  else if (upcoming.cards === 0) lines.push(t(lang, 'review.noCards'));
  return {
    visibility: 'ephemeral',
    tone: 'info',
    title: t(lang, 'review.doneTitle'),
    lines,
    review: 'summary',
  };
}

/** "on Sat, 28 Nov 2026 at 08:00 (Asia/Kolkata)" in the scope's zone. */
function when(instant: Date, scope: ReviewScope): string {
  const date = localDateOf(instant, scope.timezone);
  const time = instant.toLocaleTimeString('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
    timeZone: scope.timezone,
  });
  return t(scope.lang, 'review.when', { date: formatDay(date, scope.lang), time, zone: scope.timezone });
}
