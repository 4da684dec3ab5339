// The cost of a reminder run in SQL statements (issue 12): a member with something waiting costs
// the claim that also reads what waits, then the record that it was sent (two statements and the
// send); a member with nothing waiting costs the claim alone, which records the skip. Counted at
// the driver (pg's Client.query, which every statement Prisma sends goes through).
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { PlatformAdapter } from '../../src/adapters/types.ts';
import type { Reply } from '../../src/core/types.ts';
import { createLogger } from '../../src/log.ts';
import { Scheduler } from '../../src/scheduler/index.ts';
import { createTestCore, type TestCore } from '../helpers/core.ts';
import { dueReviewCard } from '../helpers/reviewCards.ts';
import { countStatementsInFile } from '../helpers/statements.ts';

const log = createLogger(process.env.TEST_LOG_LEVEL ?? 'silent', false);
let t: TestCore;
const statements = countStatementsInFile();

beforeAll(async () => {
  t = await createTestCore({ now: '2026-11-27T01:30:00Z' }); // 07:00 in Asia/Kolkata
});
afterAll(async () => {
  await t?.close();
});

const sent: { userId: string; reply: Reply }[] = [];
const adapter: PlatformAdapter = {
  platform: 'telegram',
  sendConcurrency: 4,
  start: async () => undefined,
  stop: async () => undefined,
  sendDaily: async () => ({ messageRef: 'x' }),
  sendMessage: async () => undefined,
  async sendPrivate(userId, reply) {
    sent.push({ userId, reply });
  },
};

it('costs two statements per reminder sent and one per member with nothing waiting', async () => {
  const { db } = t.database;
  const WAITING = 12;
  const IDLE = 8;
  await db.member.createMany({
    data: Array.from({ length: WAITING + IDLE }, (_, i) => ({
      platform: 'telegram',
      externalId: `c${i}`,
      displayName: `C${i}`,
    })),
  });
  const rows = await db.member.findMany({ orderBy: { id: 'asc' } });
  await db.reminder.createMany({
    data: rows.map((m) => ({ memberId: m.id, time: '07:30', timezone: 'Asia/Kolkata' })),
  });
  await db.reviewCard.createMany({
    data: rows.slice(0, WAITING).map((m) => dueReviewCard(m.id)),
  });
  const scheduler = new Scheduler({ core: t.core, adapters: [adapter], clock: t.clock, log });
  // The same tick's work with no reminder due yet (the pool warmed up first): the baseline.
  await scheduler.tick();
  let before = statements.count;
  await scheduler.tick();
  const baseline = statements.count - before;

  t.clock.set('2026-11-27T02:01:00Z'); // 07:31
  before = statements.count;
  const report = await scheduler.tick();
  const run = statements.count - before - baseline;
  expect(report.reminders).toBe(WAITING);
  expect(new Set(sent.map((s) => s.userId))).toEqual(
    new Set(rows.slice(0, WAITING).map((m) => m.externalId)),
  );
  expect(run).toBe(2 * WAITING + IDLE);
  // Nothing is left to finish: every member's day is recorded, and a later tick sends nothing.
  const states = await db.reminderSend.groupBy({ by: ['state'], _count: true });
  expect(Object.fromEntries(states.map((s) => [s.state, s._count]))).toEqual({
    sent: WAITING,
    skipped: IDLE,
  });
  t.clock.set('2026-11-27T02:05:00Z');
  expect((await scheduler.tick()).reminders).toBe(0);
  await scheduler.stop();
});
