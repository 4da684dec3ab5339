// Recording answers: the daily question (streaks and points) and practice questions (stats only).
// Never throws: a failure becomes a sentence asking the member to tap again.
import { localizeQuestion, solutionLines } from '../content/index.ts';
import { metrics } from '../metrics/index.ts';
import { cleanName, formatDay } from './format.ts';
import { communityFor, isPlaceOf } from './places.ts';
import { memberLang, t, type Lang } from './i18n/index.ts';
import { letter, problem } from './replies.ts';
import { reportButton } from './taps/kinds/report.ts';
import { afterAnswer } from './review/fsrs.ts';
import { moveCard } from './review/record.ts';
import { shareButton } from './taps/kinds/share.ts';
import { fromDateColumn, localDateOf } from './time.ts';
import type { Actor, CoreServices, Invocation, Place, Reply } from './types.ts';
import { questionFor, suggestionIdOf } from './suggest/questions.ts';

type PostWithCommunity = NonNullable<
  Awaited<ReturnType<CoreServices['store']['dailyPosts']['withCommunity']>>
>;

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
  // The app's hint until the community is known; the member's own choice is read by the statement
  // that records the answer, and decides the language of the verdict and the solution.
  let lang = memberLang(actor);
  try {
    const { store, clock } = services;
    // Callers that looked the post up already (by a poll id) pass it in.
    const post = typeof target === 'number' ? await store.dailyPosts.withCommunity(target) : target;
    const community = post?.community;
    const english = post ? await questionFor(services, post.questionId, post.community?.id) : undefined;
    if (!post || !community || !english) return problem(t(lang, 'answer.questionGone'));
    // A tap on a forged or foreign button: nothing is recorded.
    if (place && !isPlaceOf(community, place)) return problem(t(lang, 'answer.staleButton'));
    lang = memberLang(actor, undefined, community);
    let question = localizeQuestion(english, lang);
    // An admin's /skip came after someone saw the question (/daily): the day is not counted.
    if (post.state === 'skipped') return problem(t(lang, 'groups.daily.skipped'));
    if (!Number.isInteger(choice) || choice < 0 || choice >= question.options.length) {
      return problem(
        t(lang, 'answer.pickOne', { letters: question.options.map((_, i) => letter(i)).join(', ') }),
      );
    }
    const date = fromDateColumn(post.localDate);
    const today = localDateOf(clock.now(), community.timezone);
    const correct = choice === question.answer;
    // A post dated after today is the current one after a zone change back (see todaysPost).
    if (date < today) {
      return {
        ...problem(
          t(lang, 'answer.closed', {
            day: formatDay(date, lang),
            key: `${letter(question.answer)} ${question.options[question.answer]}`,
          }),
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
      // The first review card for the question goes in the same statement (one statement a vote).
      card: {
        questionId: english.id,
        state: afterAnswer(null, correct, services.clock.now()),
        now: services.clock.now(),
      },
    });
    lang = memberLang(actor, result.language, community);
    question = localizeQuestion(english, lang);
    if (result.status === 'duplicate') {
      return {
        visibility: 'ephemeral',
        tone: 'info',
        lines: [
          t(lang, 'answer.duplicate', {
            choice: letter(result.choice),
            correct: result.correct,
            key: letter(question.answer),
          }),
        ],
        answer: {
          status: 'duplicate',
          choice: result.choice,
          correct: result.correct,
          correctChoice: question.answer,
        },
        buttons: [shareButton(post.id, lang), reportButton({ postId: post.id })],
        lang,
      };
    }
    metrics.answers.inc({ platform: actor.platform, kind: 'daily' });
    // Only the first answer counts for the card too (a repeat tap returned above); a question the
    // member met before (in practice or review) has its card moved by a second statement.
    if (!result.cardNew) await moveCard(services, result.memberId, question.id, correct, 'daily');
    const m = result.membership;
    return {
      visibility: 'ephemeral',
      tone: correct ? 'success' : 'error',
      title: verdict(lang, correct, choice, question.answer),
      lines: [
        correct
          ? t(lang, 'answer.correctDaily', { option: question.options[choice] ?? '' })
          : t(lang, 'answer.option', { option: question.options[question.answer] ?? '' }),
        question.explanation,
        t(lang, 'answer.streakLine', { streak: m.currentStreak, best: m.bestStreak, points: m.points }),
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
        post: { id: post.id, communityId: community.externalId, messageRef: post.messageRef },
      },
      buttons: [shareButton(post.id, lang), reportButton({ postId: post.id })],
      lang,
    };
  } catch (err) {
    services.log.error(
      { err, postId: typeof target === 'number' ? target : target.id, platform: actor.platform },
      'recording an answer failed',
    );
    return problem(t(lang, 'answer.notRecorded'), { retryable: true });
  }
}

/** A practice answer: feedback and /stats, never streaks or points. Never throws. */
export async function answerPractice(
  services: CoreServices,
  inv: Invocation,
  questionId: string,
  choice: number,
): Promise<Reply> {
  // The app's hint until the member's choice and the community are read (they decide the feedback).
  let lang = memberLang(inv.actor);
  // A community's own question answers only in that community (a forged button shows nothing).
  const english =
    suggestionIdOf(questionId) === undefined
      ? services.content.question(questionId)
      : await communityFor(services, inv.place)
          .then((c) => questionFor(services, questionId, c.id))
          .catch(() => undefined);
  if (!english) return problem(t(lang, 'answer.practiceGone'));
  let question = english;
  if (!Number.isInteger(choice) || choice < 0 || choice >= question.options.length) {
    return problem(
      t(lang, 'answer.pickOne', { letters: question.options.map((_, i) => letter(i)).join(', ') }),
    );
  }
  const correct = choice === question.answer;
  try {
    const [community, saved] = await Promise.all([
      communityFor(services, inv.place),
      services.store.members.language(inv.actor.platform, inv.actor.userId),
    ]);
    // Practice replies are private: the member's language.
    lang = memberLang(inv.actor, saved, community);
    question = localizeQuestion(english, lang);
    const memberId = await services.store.answers.recordPractice({
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
    await moveCard(services, memberId, questionId, correct, 'practice');
  } catch (err) {
    services.log.warn({ err, questionId }, 'could not record a practice answer for /stats');
  }
  return {
    visibility: 'ephemeral',
    tone: correct ? 'success' : 'error',
    title: verdict(lang, correct, choice, question.answer),
    lines: [
      t(lang, 'answer.option', { option: question.options[correct ? choice : question.answer] ?? '' }),
      question.explanation,
      t(lang, 'answer.practiceNote'),
    ],
    answer: {
      status: 'recorded',
      choice,
      correct,
      correctChoice: question.answer,
      solution: solutionLines(question),
    },
    lang,
  };
}

/** "Correct: (b)" or "Not quite: the answer is (c)". */
const verdict = (lang: Lang, correct: boolean, choice: number, key: number): string =>
  correct
    ? t(lang, 'answer.correctTitle', { choice: letter(choice) })
    : t(lang, 'answer.wrongTitle', { key: letter(key) });
