// The scheduler's steps for today's daily post, with the question chosen by the test: claim the
// post, send it through the adapter, mark it posted (which stores the poll id answers arrive with).
import type { PlatformAdapter } from '../../src/adapters/types.ts';
import { localDateOf } from '../../src/core/time.ts';
import type { Community } from '../../src/store/index.ts';
import type { TestCore } from './core.ts';

export async function postTodaysDaily(
  t: TestCore,
  adapter: PlatformAdapter,
  community: Community,
  questionId?: string,
) {
  const today = localDateOf(t.clock.now(), community.timezone);
  const day = t.content.daily(today);
  const post = await t.database.store.dailyPosts.claim(
    community.id,
    today,
    { factId: day.fact.id, questionId: questionId ?? day.question.id },
    'test-scheduler',
    t.clock.now(),
    60_000,
  );
  if (!post) throw new Error('could not claim the daily post');
  const sent = await adapter.sendDaily(community, t.core.dailyReply(community, post));
  await t.database.store.dailyPosts.markPosted(post.id, 'test-scheduler', sent, t.clock.now());
  return { post, sent };
}
