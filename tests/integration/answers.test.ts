// Recording the daily answer: one SQL statement that must follow the streak rules of
// src/core/streaks.ts exactly and stay correct under concurrent taps.
import fc from 'fast-check';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { afterAnswer, NO_STREAK, type StreakState } from '../../src/core/streaks.ts';
import { addDays } from '../../src/core/time.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';

let t: TestDatabase;
let communityId: number;

beforeAll(async () => {
  t = await createTestDatabase(20);
  communityId = (
    await t.store.communities.ensure(
      { platform: 'console', externalId: 'answers' },
      { timezone: 'Asia/Kolkata', postTime: '08:00' },
    )
  ).id;
});
afterAll(() => t.drop());

const postFor = async (date: string) =>
  (await t.store.dailyPosts.ensure(communityId, date, { factId: 'f', questionId: 'q' })).id;

describe('recording a daily answer', () => {
  it('property: the SQL streak update agrees with the pure streak rules', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 8 }),
        fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
        async (offsets, rights) => {
          run += 1;
          const member = { platform: 'console', externalId: `prop-${run}`, displayName: `P${run}` };
          const days = [...offsets].sort((a, b) => a - b).map((o) => addDays('2026-01-01', o));
          let expected: StreakState = NO_STREAK;
          let points = 0;
          let last;
          for (const [i, day] of days.entries()) {
            const correct = rights[i]!;
            last = await t.store.answers.recordDaily({
              postId: await postFor(day),
              communityId,
              localDate: day,
              member,
              choice: correct ? 0 : 1,
              correct,
            });
            expected = afterAnswer(expected, day);
            points += correct ? 10 : 0;
          }
          expect(last!.status).toBe('recorded');
          if (last!.status !== 'recorded') return;
          expect(last!.membership).toMatchObject({
            currentStreak: expected.current,
            bestStreak: expected.best,
            lastAnsweredDate: expected.last,
            points,
            answered: days.length,
          });
        },
      ),
      { numRuns: 25 },
    );
  });

  it('keeps a streak across a day the community skipped', async () => {
    const community = await t.store.communities.ensure(
      { platform: 'console', externalId: 'skipper' },
      { timezone: 'Asia/Kolkata', postTime: '08:00' },
    );
    expect(await t.store.skips.add(community.id, '2026-02-03')).toBe(true);
    expect(await t.store.skips.add(community.id, '2026-02-03')).toBe(false);
    const member = { platform: 'console', externalId: 'skipper', displayName: 'Skipper' };
    let last;
    for (const day of ['2026-02-01', '2026-02-02', '2026-02-04']) {
      const post = await t.store.dailyPosts.ensure(community.id, day, { factId: 'f', questionId: 'q' });
      last = await t.store.answers.recordDaily({
        postId: post.id,
        communityId: community.id,
        localDate: day,
        member,
        choice: 0,
        correct: true,
      });
    }
    expect(last).toMatchObject({ status: 'recorded', membership: { currentStreak: 3, freezesUsed: 0 } });
  });

  it('property: the SQL agrees with the pure rules on freezes and on days the community skipped', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 30 }),
        fc.uniqueArray(fc.integer({ min: 0, max: 40 }), { maxLength: 6 }),
        async (offsets, skips) => {
          run += 1;
          // Skipped days belong to a community: each run gets its own.
          const community = await t.store.communities.ensure(
            { platform: 'console', externalId: `freeze-${run}` },
            { timezone: 'Asia/Kolkata', postTime: '08:00' },
          );
          const skipped = new Set(
            skips.filter((d) => !offsets.includes(d)).map((o) => addDays('2026-01-01', o)),
          );
          for (const d of skipped) await t.store.skips.add(community.id, d);
          const member = { platform: 'console', externalId: `freeze-${run}`, displayName: `F${run}` };
          const days = [...offsets].sort((a, b) => a - b).map((o) => addDays('2026-01-01', o));
          let expected: StreakState = NO_STREAK;
          let last;
          for (const day of days) {
            const post = await t.store.dailyPosts.ensure(community.id, day, { factId: 'f', questionId: 'q' });
            last = await t.store.answers.recordDaily({
              postId: post.id,
              communityId: community.id,
              localDate: day,
              member,
              choice: 0,
              correct: true,
            });
            expected = afterAnswer(expected, day, skipped);
            expect(last.status).toBe('recorded');
            if (last.status !== 'recorded') return;
            expect(last.membership).toMatchObject({
              currentStreak: expected.current,
              bestStreak: expected.best,
              freezes: expected.freezes,
              freezesUsed: expected.freezesUsed,
            });
          }
        },
      ),
      { numRuns: 20 },
    );
  }, 120_000);

  it('counts only the first of many simultaneous taps by one member', async () => {
    const postId = await postFor('2026-11-27');
    const member = { platform: 'console', externalId: 'tapper', displayName: 'Tapper' };
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        t.store.answers.recordDaily({
          postId,
          communityId,
          localDate: '2026-11-27',
          member,
          choice: i % 4,
          correct: i % 4 === 0,
        }),
      ),
    );
    const recorded = results.filter((r) => r.status === 'recorded');
    expect(recorded).toHaveLength(1);
    const first = recorded[0]!;
    // Every later tap is told the first answer.
    const firstChoice = (
      await t.db.answer.findMany({ where: { dailyPostId: postId, member: { externalId: 'tapper' } } })
    ).map((a) => a.choice);
    expect(firstChoice).toHaveLength(1);
    for (const r of results) if (r.status === 'duplicate') expect(r.choice).toBe(firstChoice[0]);
    const ms = await t.db.membership.findFirstOrThrow({
      where: { communityId, member: { externalId: 'tapper' } },
    });
    expect(ms.answered).toBe(1);
    expect(ms.points).toBe(first.status === 'recorded' ? first.membership.points : -1);
  });

  it('records every one of many members answering at once', async () => {
    const postId = await postFor('2026-12-05');
    const n = 300;
    const results = await Promise.all(
      Array.from({ length: n }, (_, i) =>
        t.store.answers.recordDaily({
          postId,
          communityId,
          localDate: '2026-12-05',
          member: { platform: 'console', externalId: `rush-${i}`, displayName: `Rush ${i}` },
          choice: i % 2,
          correct: i % 2 === 0,
        }),
      ),
    );
    expect(results.every((r) => r.status === 'recorded')).toBe(true);
    expect(await t.db.answer.count({ where: { dailyPostId: postId } })).toBe(n);
    const board = await t.store.standings.week(communityId, '2026-12-05', null, 10);
    expect(board.top[0]!.points).toBe(10);
    expect(board.totalRanked).toBe(n);
  });
});

describe('a database fault during the rush', () => {
  it('loses no answer when the server drops every connection mid-rush', async () => {
    const postId = await postFor('2026-11-29');
    const admin = new pg.Client({ connectionString: t.url });
    await admin.connect();
    const answering = Promise.all(
      Array.from({ length: 60 }, async (_, i) => {
        if (i === 20) {
          // Kill every other session on this database while answers are in flight.
          await admin.query(
            'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
          );
        }
        return t.store.answers.recordDaily({
          postId,
          communityId,
          localDate: '2026-11-29',
          member: { platform: 'console', externalId: `fault-${i}`, displayName: `F${i}` },
          choice: 0,
          correct: true,
        });
      }),
    );
    const results = await answering;
    await admin.end();
    expect(results.filter((r) => r.status === 'recorded')).toHaveLength(60);
    expect(await t.db.answer.count({ where: { dailyPostId: postId } })).toBe(60);
  });
});
