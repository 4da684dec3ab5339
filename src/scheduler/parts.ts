// Progress of one daily post between its messages. Telegram sends the fact, then the question as a
// quiz poll: if the sender died between the two, the instance that takes the claim over used to
// start again and post the fact twice. Each accepted message is now recorded on the DailyPost row
// (by the claim's holder only) before the next is sent, and a taken-over post resumes after it.
//
// The window that remains: a message the platform accepted whose record did not reach the database
// (the process died in the milliseconds between the platform's answer and the UPDATE) is sent again
// by whoever takes over. For the last message, the question, that record is markPosted; so a group
// whose question went out but was not recorded may still see the question twice. No platform lets
// a bot ask "did my message arrive?" with an idempotency key, so this is as small as it gets.
import type { DailyParts } from '../adapters/types.ts';
import { retryIdempotent } from '../store/answers.ts';
import type { DailyPost, Store } from '../store/index.ts';

export class ClaimLost extends Error {
  constructor(postId: number) {
    super(`daily post ${postId} is no longer held by this instance; its send stops here`);
    this.name = 'ClaimLost';
  }
}

/** The parts already sent of a claimed post, and how to record the next one. */
export function dailyParts(store: Store, post: DailyPost, claimant: string): DailyParts {
  return {
    sent: post.partsSent,
    async record(sent: number) {
      const held = await retryIdempotent(() => store.dailyPosts.recordParts(post.id, claimant, sent));
      // Another instance took the claim over: sending on would post what it posts too.
      if (!held) throw new ClaimLost(post.id);
    },
  };
}
