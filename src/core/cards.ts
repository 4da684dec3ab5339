// The day's post and practice questions as replies, shared by commands, the engine and the scheduler.
import { localizeFact, localizeQuestion, type Lang } from '../content/index.ts';
import type { Community } from '../store/index.ts';
import { formatDay } from './format.ts';
import { communityLang } from './language.ts';
import { questionCard } from './replies.ts';
import { endOfLocalDate, fromDateColumn, type LocalDate } from './time.ts';
import type { CoreServices, QuestionCard, Reply } from './types.ts';

/**
 * Today's post for a community, created (pending) if the scheduler has not made it yet, so /daily
 * and the scheduler always show the same fact and question for a day.
 */
export async function todaysPost(services: CoreServices, community: Community, today: LocalDate) {
  const existing = await services.store.dailyPosts.find(community.id, today);
  if (existing) return existing;
  // After the community's zone moved back across the date line, its latest post can be dated after
  // "today": that post stays the current question, so no calendar day gets a second one.
  const latest = await services.store.dailyPosts.latest(community.id);
  if (latest && fromDateColumn(latest.localDate) > today) return latest;
  const pick = services.content.daily(today);
  return services.store.dailyPosts.ensure(community.id, today, {
    factId: pick.fact.id,
    questionId: pick.question.id,
  });
}

/**
 * The public daily post: the day's fact and its question, with answer choices, in the community's
 * language (or `lang`: /daily in a private chat speaks its member's).
 */
export function dailyReply(
  services: CoreServices,
  community: Community,
  post: { id: number; localDate: Date; factId: string; questionId: string },
  lang: Lang = communityLang(community),
): Reply {
  const { content } = services;
  const date = fromDateColumn(post.localDate);
  const english = { fact: content.fact(post.factId), question: content.question(post.questionId) };
  if (!english.fact || !english.question)
    throw new Error(`daily post ${post.id} names content that is no longer in the pack`);
  const fact = localizeFact(english.fact, lang);
  const question = localizeQuestion(english.question, lang);
  const section = content.sectionTitle(question.section, lang) ?? question.section;
  return {
    visibility: 'public',
    tone: 'info',
    title: `Daily fact · ${formatDay(date)}`,
    lines: [fact.title, fact.text],
    footer: `Answer before midnight (${community.timezone}) to keep your streak.`,
    question: questionCard(
      question,
      'daily',
      String(post.id),
      section,
      endOfLocalDate(date, community.timezone),
    ),
  };
}

/** A practice question (never counted for streaks or points), in `lang`. */
export function practiceCard(services: CoreServices, random?: () => number, lang: Lang = 'en'): QuestionCard {
  const q = localizeQuestion(services.content.randomQuestion(random), lang);
  return questionCard(q, 'practice', q.id, services.content.sectionTitle(q.section, lang) ?? q.section);
}
