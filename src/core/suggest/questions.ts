// A community's own questions (approved /suggest questions) next to the pack's. Question "c<id>" is
// suggestion <id>: it belongs to one community, and only that community's practice pool and daily
// posts ever show it. An approved question never changes, so each process keeps the ones it has
// read (by store, so tests with several databases do not mix them).
import { QuestionInputSchema, type Question } from '../../content/index.ts';
import { loadQuestion } from '../../content/question.ts';
import type { Store } from '../../store/index.ts';
import { LruCache } from '../../store/lru.ts';
import type { SuggestionRow } from '../../store/suggestions.ts';
import { t, type Lang } from '../i18n/index.ts';
import type { CoreServices } from '../types.ts';
import { MEMBER_SECTION } from './validate.ts';

export interface OwnQuestion {
  communityId: number;
  question: Question;
  /** The member who wrote it (credited on the card). */
  author: string;
}

const OWN_ID = /^c(\d{1,9})$/;

/** The question id of suggestion `id`. */
export const ownQuestionId = (id: number): string => `c${id}`;

/** The suggestion id behind a community question id, or undefined for the pack's ids. */
export function suggestionIdOf(questionId: string): number | undefined {
  const m = OWN_ID.exec(questionId);
  return m ? Number(m[1]) : undefined;
}

const caches = new WeakMap<Store, LruCache<number, OwnQuestion>>();
const cacheOf = (store: Store) => {
  let cache = caches.get(store);
  if (!cache) caches.set(store, (cache = new LruCache(2000)));
  return cache;
};

/** A stored suggestion as a loaded question, through the pack's loader again. */
export function toOwnQuestion(services: CoreServices, row: SuggestionRow): OwnQuestion | undefined {
  const parsed = QuestionInputSchema.safeParse(row.question);
  if (!parsed.success) return undefined;
  const question = loadQuestion({ ...parsed.data, id: ownQuestionId(row.id) }, '', [], {
    fact: (id) => services.content.fact(id) ?? { section: MEMBER_SECTION },
    sectionTitle: () => undefined,
    citeSection: false,
  });
  return question && { communityId: row.communityId, question, author: row.author.displayName };
}

/** An approved community question by its id ("c12"), read once per process. */
export async function ownQuestion(
  services: CoreServices,
  questionId: string,
): Promise<OwnQuestion | undefined> {
  const id = suggestionIdOf(questionId);
  if (id === undefined) return undefined;
  const cache = cacheOf(services.store);
  const known = cache.get(id);
  if (known) return known;
  const row = await services.store.suggestions.approved(id);
  const own = row ? toOwnQuestion(services, row) : undefined;
  if (own) cache.set(id, own);
  return own;
}

/** A question of the pack or one already read by ownQuestion (for code that cannot wait). */
export function knownQuestion(services: CoreServices, questionId: string): Question | undefined {
  const id = suggestionIdOf(questionId);
  if (id === undefined) return services.content.question(questionId);
  return cacheOf(services.store).get(id)?.question;
}

/**
 * A question by id for one community: the pack's, or that community's own. Another community's
 * question is not found (a forged button cannot show it elsewhere).
 */
export async function questionFor(
  services: CoreServices,
  questionId: string,
  communityId: number | undefined,
): Promise<Question | undefined> {
  const pack = services.content.question(questionId);
  if (pack) return pack;
  const own = await ownQuestion(services, questionId);
  return own && (communityId === undefined || own.communityId === communityId) ? own.question : undefined;
}

/** The section line of a card: a community question credits its writer. */
export function sectionLabel(services: CoreServices, question: Question, lang: Lang): string {
  const id = suggestionIdOf(question.id);
  const own = id === undefined ? undefined : cacheOf(services.store).get(id);
  if (own) return t(lang, 'suggest.section', { name: own.author });
  return services.content.sectionTitle(question.section, lang) ?? question.section;
}

/**
 * A practice question for a community: the pack's questions and the community's approved ones, each
 * as likely as the others.
 */
export async function practiceQuestion(
  services: CoreServices,
  communityId: number,
  random: () => number = Math.random,
): Promise<Question> {
  const own = await services.store.suggestions.approvedCount(communityId);
  const total = services.content.questions.length + own;
  const i = Math.min(total - 1, Math.floor(random() * total));
  if (i < services.content.questions.length) return services.content.questions[i]!;
  const row = await services.store.suggestions.approvedAt(communityId, i - services.content.questions.length);
  const question = row ? toOwnQuestion(services, row) : undefined;
  if (row && question) cacheOf(services.store).set(row.id, question);
  return question?.question ?? services.content.randomQuestion(random);
}

/** How long a process trusts its list of communities with daily questions waiting (other instances' approvals). */
const ROTATING_TTL_MS = 60_000;
const rotating = new WeakMap<Store, { until: number; ids: Promise<Set<number>> }>();

/**
 * Whether a community may have a question of its own waiting for the daily rotation: one query a
 * minute for all communities, so a 500-group broadcast does not ask the database once per group.
 */
async function mayHaveDailyQuestions(store: Store, communityId: number): Promise<boolean> {
  let entry = rotating.get(store);
  if (!entry || entry.until < Date.now()) {
    entry = { until: Date.now() + ROTATING_TTL_MS, ids: store.suggestions.rotatingCommunities() };
    rotating.set(store, entry);
    entry.ids.catch(() => rotating.delete(store));
  }
  return (await entry.ids).has(communityId);
}

/** An approval for the daily rotation in this process is seen by its next daily post at once. */
export function forgetRotating(store: Store): void {
  rotating.delete(store);
}

/**
 * The fact and question of a new daily post: the pack's rotation, except that the community's
 * questions approved for the daily rotation take the question slot of the next days, oldest first,
 * each once. The fact stays the pack's.
 */
export async function dailyPick(
  services: CoreServices,
  communityId: number,
  today: string,
): Promise<{ factId: string; questionId: string }> {
  const pick = services.content.daily(today);
  const own = (await mayHaveDailyQuestions(services.store, communityId))
    ? await services.store.suggestions.nextForDaily(communityId)
    : null;
  return { factId: pick.fact.id, questionId: own === null ? pick.question.id : ownQuestionId(own) };
}
