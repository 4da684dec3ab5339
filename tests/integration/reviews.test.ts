// Review cards and reminder claims against real PostgreSQL: the card written in one statement
// agrees with the pure FSRS mapping, concurrent answers lose nothing, misses come first, and a
// reminder is claimed once per member and local day.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { afterAnswer, type CardState } from '../../src/core/review/fsrs.ts';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';

let t: TestDatabase;
let member = 0;
const DAY = 86_400_000;
const start = new Date('2026-11-01T03:00:00Z');

beforeAll(async () => {
  t = await createTestDatabase(20);
});
afterAll(() => t.drop());

async function newMember(): Promise<number> {
  member += 1;
  return (
    await t.store.answers.upsertMember({
      platform: 'console',
      externalId: `r${member}`,
      displayName: `R${member}`,
    })
  ).id;
}

describe('review cards', () => {
  it('property: the stored card after any answers is the pure FSRS card', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }), async (answers) => {
        const id = await newMember();
        let expected: CardState | null = null;
        let now = start;
        for (const right of answers) {
          expected = afterAnswer(expected, right, now);
          await t.store.reviews.answer(id, 'q1', right, now, 'daily');
          now = new Date(expected.due.getTime() + DAY / 3);
        }
        expect(await t.store.reviews.card(id, 'q1')).toEqual(expected);
      }),
      { numRuns: 15 },
    );
  });

  it('loses no answer to concurrent taps on one card', async () => {
    const id = await newMember();
    await Promise.all(
      Array.from({ length: 12 }, (_, i) => t.store.reviews.answer(id, 'q2', i % 2 === 0, start, 'practice')),
    );
    expect((await t.store.reviews.card(id, 'q2'))?.reps).toBe(12);
  });

  it('serves misses first, then the longest overdue, and nothing before it is due', async () => {
    const id = await newMember();
    await t.store.reviews.answer(id, 'right-old', true, new Date(start.getTime() - 30 * DAY), 'daily');
    await t.store.reviews.answer(id, 'wrong', false, start, 'daily');
    await t.store.reviews.answer(id, 'right', true, start, 'daily');
    // Just answered: not due; the card answered right a month ago is.
    expect((await t.store.reviews.nextDue(id, start))?.questionId).toBe('right-old');
    const later = new Date(start.getTime() + 20 * DAY);
    expect((await t.store.reviews.nextDue(id, later))?.questionId).toBe('wrong');
    await t.store.reviews.answer(id, 'wrong', true, later, 'review');
    expect((await t.store.reviews.nextDue(id, later))?.questionId).toBe('right-old');
    expect(await t.store.reviews.dueCount(id, later)).toBe(2);
    expect(await t.store.reviews.dueCount(id, start)).toBe(1);
  });
});

describe('reminder claims', () => {
  it('is due at its local time, once per local day, and claimed by one claimant only', async () => {
    const key = { platform: 'telegram', externalId: 'remind-1', displayName: 'Asha' };
    await t.store.reminders.set(key, '07:30', 'Asia/Kolkata');
    const id = (await t.store.answers.upsertMember(key)).id;
    const before = new Date('2026-11-02T01:59:00Z'); // 07:29 IST
    const at = new Date('2026-11-02T02:00:00Z'); // 07:30 IST
    const mine = (rows: { memberId: number }[]) => rows.filter((r) => r.memberId === id);
    expect(mine(await t.store.reminders.due(['telegram'], before))).toEqual([]);
    const due = mine(await t.store.reminders.due(['telegram'], at));
    expect(due).toEqual([expect.objectContaining({ localDate: '2026-11-02', externalId: 'remind-1' })]);
    const claims = await Promise.all(
      ['a', 'b', 'c'].map((who) => t.store.reminders.claim(id, '2026-11-02', who, at, 60_000)),
    );
    expect(claims.filter(Boolean)).toHaveLength(1);
    const winner = ['a', 'b', 'c'][claims.findIndex(Boolean)]!;
    expect(await t.store.reminders.finish(id, '2026-11-02', winner, 'sent', at)).toBe(true);
    expect(mine(await t.store.reminders.due(['telegram'], new Date(at.getTime() + 60_000)))).toEqual([]);
    // The next local day it is due again.
    expect(mine(await t.store.reminders.due(['telegram'], new Date(at.getTime() + DAY)))).toHaveLength(1);
  });

  it('is told once that the bot switched it off', async () => {
    const key = { platform: 'discord', externalId: 'remind-2', displayName: 'Ravi' };
    await t.store.reminders.set(key, '20:00', 'Europe/London');
    const id = (await t.store.answers.upsertMember(key)).id;
    await t.store.reminders.switchOff(id, 'dms-closed');
    expect(await t.store.reminders.takeNotice('discord', 'remind-2')).toBe('dms-closed');
    expect(await t.store.reminders.takeNotice('discord', 'remind-2')).toBeNull();
    expect(await t.store.reminders.of('discord', 'remind-2')).toMatchObject({ active: false });
  });
});
