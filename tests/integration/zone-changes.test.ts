// Property: whatever zone changes an admin makes (across the date line and back), a member never
// answers two daily questions for one calendar day of the community, and right after answering
// never sees a streak of 0. Through the real core and PostgreSQL, with a settable clock.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestCore, inv, type TestCore } from '../helpers/core.ts';

let t: TestCore;
beforeAll(async () => {
  t = await createTestCore({ now: '2026-11-27T06:00:00Z' });
});
afterAll(() => t.close());

// The extremes of the date line, and zones in between.
const ZONES = [
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
  'Pacific/Honolulu',
  'Asia/Kolkata',
  'Asia/Tokyo',
  'America/New_York',
];

type Step = { hours: number; zone: string | null; answers: boolean };
const step = fc.record({
  hours: fc.integer({ min: 0, max: 30 }),
  zone: fc.option(fc.constantFrom(...ZONES), { nil: null }),
  answers: fc.boolean(),
});

let run = 0;

describe('/setup timezones', () => {
  it('stores the canonical IANA name and refuses abbreviations with a suggestion', async () => {
    const admin = inv('admin', { admin: true, chatId: 'zones-setup' });
    await t.core.execute(admin, 'setup', '07:30 asia/kolkata');
    expect((await t.core.community(admin.place)).timezone).toBe('Asia/Kolkata');
    const ist = await t.core.execute(admin, 'setup', '06:00 IST');
    expect(ist.lines[0]).toMatch(/abbreviation.*Asia\/Kolkata/);
    const est = await t.core.execute(admin, 'setup', '06:00 EST');
    expect(est.lines[0]).toMatch(/America\/New_York/);
    const c = await t.core.community(admin.place);
    expect([c.postTime, c.timezone]).toEqual(['07:30', 'Asia/Kolkata']);
  });
});

describe('zone changes', () => {
  it('never give a second answer for one calendar day nor show 0 right after an answer', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...ZONES),
        fc.array(step, { minLength: 2, maxLength: 8 }),
        async (first, steps: Step[]) => {
          const chatId = `zones-${++run}`;
          const admin = inv('admin', { admin: true, chatId });
          const member = inv('m', { chatId });
          t.clock.set('2026-11-27T06:00:00Z');
          await t.core.execute(admin, 'setup', `00:00 ${first}`);
          const answeredDates: string[] = [];
          for (const s of steps) {
            t.clock.advance(s.hours * 3_600_000);
            if (s.zone) await t.core.execute(admin, 'setup', `00:00 ${s.zone}`);
            if (!s.answers) continue;
            const reply = await t.core.execute(member, 'answer', 'A');
            const status = reply.answer?.status;
            expect(['recorded', 'duplicate']).toContain(status);
            if (status === 'recorded') {
              const community = await t.core.community(member.place);
              const rows = await t.database.db.answer.findMany({
                where: { member: { externalId: 'm' }, dailyPost: { communityId: community.id } },
                include: { dailyPost: true },
                orderBy: { answeredAt: 'desc' },
                take: 1,
              });
              answeredDates.push(rows[0]!.dailyPost.localDate.toISOString().slice(0, 10));
            }
            // Answered (now or before): the streak shown is alive.
            const streak = await t.core.execute(member, 'streak', '');
            expect(streak.lines[0]).not.toMatch(/Current streak: 0 days/);
          }
          // One answer per calendar day, and days only move forward.
          for (let i = 1; i < answeredDates.length; i++) {
            expect(answeredDates[i]! > answeredDates[i - 1]!).toBe(true);
          }
        },
      ),
      { numRuns: 40 },
    );
  }, 240_000);
});
