// First contact and the day's first /daily often arrive together: creating a community or a daily
// post must be safe under concurrency (one row, every caller gets it).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase(12);
});
afterAll(() => t.drop());

const defaults = { timezone: 'Asia/Kolkata', postTime: '08:00' };

describe('creating rows that many callers need at once', () => {
  it('ten simultaneous first commands in a new chat create one community', async () => {
    for (let round = 0; round < 5; round++) {
      const key = { platform: 'telegram', externalId: `race-${round}`, title: 'Race' };
      const made = await Promise.all(
        Array.from({ length: 10 }, () => t.store.communities.ensure(key, defaults)),
      );
      expect(new Set(made.map((c) => c.id)).size).toBe(1);
    }
    expect(await t.db.community.count({ where: { externalId: { startsWith: 'race-' } } })).toBe(5);
  });

  it("ten members asking for the day's post at once get the same post", async () => {
    const c = await t.store.communities.ensure({ platform: 'telegram', externalId: 'daily-race' }, defaults);
    for (const date of ['2026-11-27', '2026-11-28', '2026-11-29']) {
      const posts = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          t.store.dailyPosts.ensure(c.id, date, { factId: `f${i}`, questionId: `q${i}` }),
        ),
      );
      expect(new Set(posts.map((p) => p.id)).size).toBe(1);
      expect(new Set(posts.map((p) => p.factId)).size).toBe(1);
    }
  });

  it('a new Discord-style community waits for /setup', async () => {
    const c = await t.store.communities.ensure(
      { platform: 'discord', externalId: 'g1', postsBeforeSetup: false },
      defaults,
    );
    expect(c).toMatchObject({ active: false, inactiveReason: 'waiting for /setup' });
  });
});
