// The day's post and practice questions as replies, shared by commands, the engine and the scheduler.
import { localizeFact, localizeQuestion, type Question } from '../content/index.ts';
import type { Community } from '../store/index.ts';
import { formatDay } from './format.ts';
import { questionCard } from './replies.ts';
import { endOfLocalDate, fromDateColumn, type LocalDate } from './time.ts';
import { t, type Lang } from './i18n/index.ts';
import type { CoreServices, QuestionCard, Reply } from './types.ts';
import { dailyPick, knownQuestion, ownQuestion, sectionLabel } from './suggest/questions.ts';

/**
 * Today's post for a community, created (pending) if the scheduler has not made it yet, so /daily
 * and the scheduler always show the same fact and question for a day.
 */
export async function todaysPost(services: CoreServices, community: Community, today: LocalDate) {
  const post = await findOrMakePost(services, community, today);
  // A community question is read once here, so the sync dailyReply finds it.
  await ownQuestion(services, post.questionId);
  return post;
}

async function findOrMakePost(services: CoreServices, community: Community, today: LocalDate) {
  const existing = await services.store.dailyPosts.find(community.id, today);
  if (existing) return existing;
  // After the community's zone moved back across the date line, its latest post can be dated after
  // "today": that post stays the current question, so no calendar day gets a second one.
  const latest = await services.store.dailyPosts.latest(community.id);
  if (latest && fromDateColumn(latest.localDate) > today) return latest;
  return services.store.dailyPosts.ensure(
    community.id,
    today,
    await dailyPick(services, community.id, today),
  );
}

/**
 * The public daily post: the day's fact and its question, with answer choices, in `lang` (the
 * community's; /daily in a private chat speaks its member's).
 */
export function dailyReply(
  services: CoreServices,
  community: Community,
  post: { id: number; localDate: Date; factId: string; questionId: string },
  lang: Lang,
): Reply {
  const { content } = services;
  const date = fromDateColumn(post.localDate);
  const english = { fact: content.fact(post.factId), question: knownQuestion(services, post.questionId) };
  if (!english.fact || !english.question)
    throw new Error(`daily post ${post.id} names content that is no longer in the pack`);
  const fact = localizeFact(english.fact, lang);
  const question = localizeQuestion(english.question, lang);
  const section = sectionLabel(services, question, lang);
  return {
    visibility: 'public',
    tone: 'info',
    lang,
    title: t(lang, 'daily.title', { day: formatDay(date, lang) }),
    lines: [fact.title, fact.text],
    footer: t(lang, 'daily.footer', { zone: community.timezone }),
    question: questionCard(
      question,
      'daily',
      String(post.id),
      section,
      endOfLocalDate(date, community.timezone),
      lang,
    ),
  };
}

/** A practice question (never counted for streaks or points), in `lang`. */
export function practiceCard(services: CoreServices, random?: () => number, lang: Lang = 'en'): QuestionCard {
  return practiceCardOf(services, services.content.randomQuestion(random), lang);
}

export function practiceCardOf(services: CoreServices, english: Question, lang: Lang = 'en'): QuestionCard {
  const q = localizeQuestion(english, lang);
  const section = sectionLabel(services, q, lang);
  return questionCard(q, 'practice', q.id, section, undefined, lang);
}

/** A practice question as a reply only the asker sees (/quiz, the "Next question" button). */
export function practiceReply(card: QuestionCard, lang: Lang = 'en'): Reply {
  return {
    visibility: 'ephemeral',
    tone: 'info',
    lang,
    title: t(lang, 'quiz.title', { section: card.section }),
    lines: [],
    footer: t(lang, 'quiz.footer'),
    question: card,
  };
}
