// A rush of votes must not fill the pacer's broadcast queue with private solutions (the daily
// broadcast to other groups waits in the same queue): at most SOLUTIONS_PENDING_MAX are under way,
// the rest are skipped without being rendered, and a slot frees as soon as a send is done.
import { describe, expect, it } from 'vitest';
import { SOLUTIONS_PENDING_MAX, SolutionFollowUps } from '../../../src/adapters/telegram/solution.ts';

describe('private solutions at a rush', () => {
  it('keeps at most SOLUTIONS_PENDING_MAX under way, skips the rest, and frees a slot when one is done', async () => {
    const followUps = new SolutionFollowUps();
    const release: (() => void)[] = [];
    let started = 0;
    const send = () =>
      new Promise<void>((resolve) => {
        started += 1;
        release.push(resolve);
      });
    const all = Array.from({ length: SOLUTIONS_PENDING_MAX + 400 }, () => followUps.run(send));
    expect(started).toBe(SOLUTIONS_PENDING_MAX);
    expect(followUps.skipped).toBe(400);
    // Telegram answers one: the next solution may go.
    release.shift()!();
    await Promise.resolve();
    await Promise.resolve();
    void followUps.run(send);
    expect(started).toBe(SOLUTIONS_PENDING_MAX + 1);
    for (const r of release) r();
    await Promise.all(all);
  });
});
