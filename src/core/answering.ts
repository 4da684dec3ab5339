// Recording answers: the daily question (streaks and points) and practice questions (stats only).
// Never throws: a failure becomes a sentence asking the member to tap again.
import { localizeQuestion, solutionLines } from '../content/index.ts';
import { metrics } from '../metrics/index.ts';
import { cleanName, formatDay } from './format.ts';
import { memberLangOf } from './language.ts';
import { communityFor, isPlaceOf } from './places.ts';
import { letter, problem } from './replies.ts';
import { fromDateColumn, localDateOf } from './time.ts';
import type { Actor, CoreServices, Invocation, Place, Reply } from './types.ts';

type PostWithCommunity = NonNullable<
  Awaited<ReturnType<CoreServices['store']['dailyPosts']['withCommunity']>>
>;

/** What a tap on a forged or foreign button is told; nothing is recorded. */
export const STALE_BUTTON = 'This button no longer works. Try /daily or /quiz.';

/**
 * Records an answer to a daily question, by post id or post (the first answer counts). `place` is
 * where the answer came from; it must be the post's community (absent only for answers that carry
 * the platform's own id of the post, which cannot be forged). Never throws.
 */
export async function answerDaily(
  services: CoreServices,
  from: { actor: Actor; place?: Place | undefined },
  target: number | PostWithCommunity,
  choice: number,
): Promise<Reply> {
  const { actor, place } = from;
  try {
    const { store, content, clock } = services;
    // Callers that looked the post up already (by a poll id) pass it in.
    const post = typeof target === 'number' ? await store.dailyPosts.withCommunity(target) : target;
    const community = post?.community;
    const english = post ? content.question(post.questionId) : undefined;
    if (!post || !community || !english)
      return problem("I can't find that question any more. Try /daily for today's.");
    // Before the answer is recorded only the platform's hint is known; the recording statement also
    // reads the member's own choice, which decides the language of the verdict and the solution.
    let question = localizeQuestion(english, memberLangOf(undefined, actor, community));
    if (place && !isPlaceOf(community, place)) return problem(STALE_BUTTON);
    if (!Number.isInteger(choice) || choice < 0 || choice >= question.options.length) {
      return problem(`Please pick one of ${question.options.map((_, i) => letter(i)).join(', ')}.`);
    }
    const date = fromDateColumn(post.localDate);
    const today = localDateOf(clock.now(), community.timezone);
    const correct = choice === question.answer;
    // A post dated after today is the current one after a zone change back (see todaysPost).
    if (date < today) {
      return {
        ...problem(
          `That question closed at the end of ${formatDay(date)}; answers now go to today's question (/daily). The answer was ${letter(question.answer)} ${question.options[question.answer]}.`,
        ),
        answer: { status: 'closed', choice, correct, correctChoice: question.answer },
      };
    }
    const result = await store.answers.recordDaily({
      postId: post.id,
      communityId: community.id,
      localDate: date,
      member: {
        platform: actor.platform,
        externalId: actor.userId,
        displayName: cleanName(actor.displayName),
      },
      choice,
      correct,
    });
    question = localizeQuestion(english, memberLangOf(result.language, actor, community));
    if (result.status === 'duplicate') {
      return {
        visibility: 'ephemeral',
        tone: 'info',
        lines: [
          `You already answered ${letter(result.choice)} today — ${result.correct ? 'and it was right' : 'the answer was ' + letter(question.answer)}. Only your first answer counts.`,
        ],
        answer: {
          status: 'duplicate',
          choice: result.choice,
          correct: result.correct,
          correctChoice: question.answer,
        },
        share: { postId: post.id },
      };
    }
    metrics.answers.inc({ platform: actor.platform, kind: 'daily' });
    const m = result.membership;
    return {
      visibility: 'ephemeral',
      tone: correct ? 'success' : 'error',
      title: correct ? `Correct: ${letter(choice)}` : `Not quite: the answer is ${letter(question.answer)}`,
      lines: [
        correct ? `${question.options[choice]} — +10 points.` : `${question.options[question.answer]}.`,
        question.explanation,
        `Streak: ${m.currentStreak} day${m.currentStreak === 1 ? '' : 's'} (best ${m.bestStreak}) · ${m.points} points`,
      ],
      answer: {
        status: 'recorded',
        choice,
        correct,
        correctChoice: question.answer,
        streak: m.currentStreak,
        bestStreak: m.bestStreak,
        points: m.points,
        solution: solutionLines(question),
      },
      share: { postId: post.id },
    };
  } catch (err) {
    services.log.error(
      { err, postId: typeof target === 'number' ? target : target.id, platform: actor.platform },
      'recording an answer failed',
    );
    return problem(
      "I couldn't record that answer just now; please tap again — your first answer is the one that counts.",
      { retryable: true },
    );
  }
}

/** A practice answer: feedback and /stats, never streaks or points. Never throws. */
export async function answerPractice(
  services: CoreServices,
  inv: Invocation,
  questionId: string,
  choice: number,
): Promise<Reply> {
  const english = services.content.question(questionId);
  if (!english) return problem('That practice question is no longer in the pack. Try /quiz for a new one.');
  let question = english;
  if (!Number.isInteger(choice) || choice < 0 || choice >= question.options.length) {
    return problem(`Please pick one of ${question.options.map((_, i) => letter(i)).join(', ')}.`);
  }
  const correct = choice === question.answer;
  try {
    const [community, saved] = await Promise.all([
      communityFor(services, inv.place),
      services.store.members.language(inv.actor.platform, inv.actor.userId),
    ]);
    // Practice replies are private: the member's language.
    question = localizeQuestion(english, memberLangOf(saved, inv.actor, community));
    await services.store.answers.recordPractice({
      member: {
        platform: inv.actor.platform,
        externalId: inv.actor.userId,
        displayName: cleanName(inv.actor.displayName),
      },
      communityId: community.id,
      questionId,
      choice,
      correct,
    });
    metrics.answers.inc({ platform: inv.actor.platform, kind: 'practice' });
  } catch (err) {
    services.log.warn({ err, questionId }, 'could not record a practice answer for /stats');
  }
  return {
    visibility: 'ephemeral',
    tone: correct ? 'success' : 'error',
    title: correct ? `Correct: ${letter(choice)}` : `Not quite: the answer is ${letter(question.answer)}`,
    lines: [
      correct ? `${question.options[choice]}.` : `${question.options[question.answer]}.`,
      question.explanation,
      'Practice questions do not change your streak or points. /quiz for another.',
    ],
    answer: {
      status: 'recorded',
      choice,
      correct,
      correctChoice: question.answer,
      solution: solutionLines(question),
    },
  };
}
