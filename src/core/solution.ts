// The solution of a question as a neutral Reply: shown to the whole community only once the day's
// question has closed (before that, only the member who answered sees it, privately).
import { localizeQuestion, solutionLines, type Question } from '../content/index.ts';
import { questionFor } from './suggest/questions.ts';
import { formatDay } from './format.ts';
import { letter } from './replies.ts';
import { fromDateColumn } from './time.ts';
import { communityLang, t, type Lang } from './i18n/index.ts';
import type { CoreServices, Reply } from './types.ts';

/** The key in words, e.g. "(c) 1 and 2 only". */
export const keyLine = (q: Question): string => `${letter(q.answer)} ${q.options[q.answer] ?? ''}`.trim();

/** The answer and the full solution (the short explanation when a question has no worked solution). */
export function solutionReply(q: Question, title: string, lang: Lang = 'en'): Reply {
  const lines = solutionLines(q);
  return {
    visibility: 'public',
    tone: 'info',
    title,
    lines: [t(lang, 'solution.answer', { key: keyLine(q) }), ...(lines.length > 0 ? lines : [q.explanation])],
    lang,
  };
}

/**
 * The solution of a closed daily post, for the community it was posted to; null when the post or
 * its question is gone (nothing to explain).
 */
export async function closedDailySolution(services: CoreServices, postId: number): Promise<Reply | null> {
  const post = await services.store.dailyPosts.withCommunity(postId);
  const english = post ? await questionFor(services, post.questionId, post.community.id) : undefined;
  if (!post || !english) return null;
  // Public, to the community it was posted to: in the community's language.
  const lang = communityLang(post.community);
  const day = formatDay(fromDateColumn(post.localDate), lang);
  return solutionReply(localizeQuestion(english, lang), t(lang, 'solution.title', { day }), lang);
}
