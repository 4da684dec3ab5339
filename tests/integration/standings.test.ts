// The boards as members read them: ranks with ties, the caller below the top 10, the week cut at
// the community's own Monday midnight, and the weekly tallies always equal to a recount of the
// answers they were built from.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/core/time.ts';
import { createTestCore, inv, REPO_ROOT, type TestCore } from '../helpers/core.ts';

let t: TestCore;
beforeAll(async () => {
  t = await createTestCore({ now: '2026-11-27T06:00:00Z' });
});
afterAll(() => t.close());

let communityCount = 0;
async function community(timezone = 'Asia/Kolkata') {
  communityCount += 1;
  return t.database.store.communities.ensure(
    { platform: 'console', externalId: `board-${communityCount}` },
    { timezone, postTime: '08:00' },
  );
}

const postFor = async (communityId: number, date: string) =>
  (await t.database.store.dailyPosts.ensure(communityId, date, { factId: 'f', questionId: 'q' })).id;

async function answer(communityId: number, date: string, user: string, correct: boolean) {
  const r = await t.database.store.answers.recordDaily({
    postId: await postFor(communityId, date),
    communityId,
    localDate: date,
    member: { platform: 'console', externalId: user, displayName: `Student ${user}` },
    choice: correct ? 0 : 1,
    correct,
  });
  expect(r.status).toBe('recorded');
  return r.memberId;
}

describe('ranks', () => {
  it('equal points share a rank on both boards; the caller far down gets the same rank as the list would show', async () => {
    const c = await community();
    // Week of Mon 30 Nov 2026. Points: a 30, b 20, c 20, d 20, e..n 10 (10 members), z 0, y 0.
    const days = ['2026-11-30', '2026-12-01', '2026-12-02'];
    const plan: [string, number][] = [
      ['a', 3],
      ['b', 2],
      ['c', 2],
      ['d', 2],
      ...'efghijklmn'.split('').map((u): [string, number] => [u, 1]),
      ['z', 0],
      ['y', 0],
    ];
    const ids = new Map<string, number>();
    for (const [user, right] of plan)
      for (const [i, day] of days.entries())
        if (i < Math.max(right, 1)) ids.set(user, await answer(c.id, day, user, i < right));

    const week = await t.database.store.standings.week(c.id, '2026-12-02', ids.get('z')!);
    const ranks = week.top.map((r) => [r.displayName.replace('Student ', ''), r.rank, r.points]);
    // b, c, d share 2nd place; the next rank is 5; within a rank more answers come first, then the
    // earlier first answer of the week (b answered before c, c before d).
    expect(ranks.slice(0, 5)).toEqual([
      ['a', 1, 30],
      ['b', 2, 20],
      ['c', 2, 20],
      ['d', 2, 20],
      ['e', 5, 10],
    ]);
    expect(week.top).toHaveLength(10);
    expect(week.top.every((r, i) => i === 0 || r.rank >= week.top[i - 1]!.rank)).toBe(true);
    // z, 15th in order, shares rank 15 with y (0 points: 14 members have more).
    expect(week.caller).toMatchObject({ displayName: 'Student z', rank: 15, points: 0, answered: 1 });
    expect(week.totalRanked).toBe(16);
    // A caller shown in the top rows is not repeated below them.
    expect((await t.database.store.standings.week(c.id, '2026-12-02', ids.get('b')!)).caller).toBeNull();
    // Someone ranked 10th-or-so with 10 points, asked as a caller from outside the shown rows,
    // has the rank the list gives their equals.
    const n = await t.database.store.standings.week(c.id, '2026-12-02', ids.get('n')!);
    expect(n.caller).toMatchObject({ displayName: 'Student n', rank: 5 });

    const all = await t.database.store.standings.allTime(c.id, ids.get('y')!);
    expect(all.top.slice(0, 4).map((r) => r.rank)).toEqual([1, 2, 2, 2]);
    expect(all.caller).toMatchObject({ displayName: 'Student y', rank: 15 });
    expect(all.totalRanked).toBe(16);
  });

  it('a member who never answered has no row and no rank; the board says how to get on it', async () => {
    const c = await community();
    await answer(c.id, '2026-12-07', 'solo', true);
    const board = await t.database.store.standings.week(c.id, '2026-12-07', null);
    expect(board).toMatchObject({ caller: null, totalRanked: 1 });
    // There is no notion of leaving a community yet: a member who stops answering keeps their
    // all-time row and simply has no row in later weeks.
    expect((await t.database.store.standings.week(c.id, '2026-12-14', null)).totalRanked).toBe(0);
    expect((await t.database.store.standings.allTime(c.id, null)).totalRanked).toBe(1);
  });
});

describe("the week is the community's own", () => {
  it('an answer at 23:30 on Sunday counts for the week ending; one at 00:30 on Monday starts the next', async () => {
    // New York: Sunday 13 Dec 2026 23:30 EST is already Monday 04:30 in UTC.
    const chatId = 'ny-week';
    const tz = 'America/New_York';
    const setup = await t.core.execute(inv('admin', { admin: true, chatId }), 'setup', `08:00 ${tz}`);
    expect(setup.tone).toBe('success');
    const answerNow = async (user: string) => {
      const q = (await t.core.execute(inv(user, { chatId }), 'daily', '')).question!;
      const r = await t.core.execute(inv(user, { chatId }), 'answer', 'ABCD'[q.correct]!);
      expect(r.answer?.status).toBe('recorded');
    };
    t.clock.set('2026-12-14T04:30:00Z'); // Sun 13 Dec, 23:30 in New York
    await answerNow('sunday-owl');
    t.clock.set('2026-12-14T05:30:00Z'); // Mon 14 Dec, 00:30 in New York
    await answerNow('monday-lark');

    const board = await t.core.execute(inv('monday-lark', { chatId }), 'leaderboard', 'week');
    expect(board.lines.join('\n')).toMatch(/^1\. .*monday-lark — 10 pts/m);
    expect(board.lines.join('\n')).not.toContain('sunday-owl');
    expect(board.footer).toBe('1 ranked');
    const c = await t.database.db.community.findFirstOrThrow({ where: { externalId: chatId } });
    const lastWeek = await t.database.store.standings.weekTop(c.id, '2026-12-07', 3);
    expect(lastWeek.map((r) => r.displayName)).toEqual(['User sunday-owl']);
  });
});

describe('the weekly tallies', () => {
  const backfill = (() => {
    const sql = readFileSync(
      path.join(REPO_ROOT, 'prisma/migrations/20261127133000_standings/migration.sql'),
      'utf8',
    );
    return /INSERT INTO "WeeklyStanding"[\s\S]*?;/.exec(sql)![0];
  })();

  it('property: after any sequence of answers, each week equals a recount of its answers, and so does the migration backfill', async () => {
    const c = await community();
    const recount = `
      SELECT p."communityId", date_trunc('week', p."localDate")::date AS "weekStart", a."memberId",
             10 * count(*) FILTER (WHERE a."correct") AS "points", count(*) AS "answered",
             count(*) FILTER (WHERE a."correct") AS "correct", min(a."answeredAt") AS "firstAnsweredAt"
      FROM "Answer" a JOIN "DailyPost" p ON p."id" = a."dailyPostId" WHERE p."communityId" = $1
      GROUP BY 1, 2, 3`;
    const stored = `SELECT "communityId", "weekStart", "memberId", "points", "answered", "correct", "firstAnsweredAt"
      FROM "WeeklyStanding" WHERE "communityId" = $1`;
    const rows = async (text: string) => {
      const r = await t.database.db.$queryRawUnsafe<Record<string, unknown>[]>(text, c.id);
      return r
        .map((x) => JSON.stringify(x, (_, v: unknown) => (typeof v === 'bigint' ? Number(v) : v)))
        .sort();
    };
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            user: fc.constantFrom('p1', 'p2', 'p3', 'p4'),
            day: fc.integer({ min: 0, max: 20 }),
            correct: fc.boolean(),
          }),
          { minLength: 1, maxLength: 12 },
        ),
        async (taps) => {
          for (const tap of taps) {
            const date = addDays('2026-12-21', tap.day); // a Monday, three weeks on
            await t.database.store.answers.recordDaily({
              postId: await postFor(c.id, date),
              communityId: c.id,
              localDate: date,
              member: { platform: 'console', externalId: tap.user, displayName: tap.user },
              choice: tap.correct ? 0 : 1,
              correct: tap.correct, // a repeated tap on a day is a duplicate and changes nothing
            });
          }
          const expected = await rows(recount);
          expect(await rows(stored)).toEqual(expected);
          await t.database.db.$transaction([
            t.database.db.weeklyStanding.deleteMany({}),
            t.database.db.$executeRawUnsafe(backfill),
          ]);
          expect(await rows(stored)).toEqual(expected);
        },
      ),
      { numRuns: 15 },
    );
  });
});
