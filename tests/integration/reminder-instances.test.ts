// Two scheduler instances on one database send the same minute's reminders: every member whose
// reminder is due and who has something waiting gets exactly one message, none twice, none lost;
// members with nothing waiting get none; a closed private chat switches the reminder off.
import { DateTime } from 'luxon';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PlatformAdapter } from '../../src/adapters/types.ts';
import { StudyCore } from '../../src/core/engine.ts';
import { PrivateChatClosedError, type Reply } from '../../src/core/types.ts';
import { createLogger } from '../../src/log.ts';
import { Scheduler } from '../../src/scheduler/index.ts';
import { createPrisma, createStore, type Db } from '../../src/store/index.ts';
import { createTestCore, inv, type TestCore } from '../helpers/core.ts';
import { dueReviewCard } from '../helpers/reviewCards.ts';

const log = createLogger(process.env.TEST_LOG_LEVEL ?? 'silent', false);
const NOW = '2026-11-27T12:00:00Z';
const ZONES = ['Asia/Kolkata', 'Europe/London', 'America/New_York', 'Asia/Tokyo'];

let t: TestCore;
let clients: Db[];
beforeEach(async () => {
  t = await createTestCore({ now: NOW });
  clients = [];
});
afterEach(async () => {
  await Promise.all(clients.map((c) => c.$disconnect()));
  await t.close();
});

/** One platform shared by both instances: it records every private message it accepts. */
const received: { userId: string; via: string; reply: Reply }[] = [];
const closed = new Set<string>();
function adapter(via: string): PlatformAdapter {
  return {
    platform: 'telegram',
    sendConcurrency: 8,
    start: async () => undefined,
    stop: async () => undefined,
    sendDaily: async () => ({ messageRef: 'x' }),
    sendMessage: async () => undefined,
    async sendPrivate(userId, reply) {
      await new Promise((resolve) => setTimeout(resolve, 2));
      if (closed.has(userId)) throw new PrivateChatClosedError('blocked');
      received.push({ userId, via, reply });
    },
  };
}

function instance(name: string): Scheduler {
  const db = createPrisma(t.database.url, 4);
  clients.push(db);
  return new Scheduler({
    core: new StudyCore({ ...t.core.services, store: createStore(db) }),
    adapters: [adapter(name)],
    clock: t.clock,
    log,
    instanceId: name,
  });
}

/** Members with a reminder a few minutes ago in their zone; `waiting` of them have a review due. */
async function members(count: number, waiting: (i: number) => boolean) {
  const now = DateTime.fromISO(NOW);
  const { db } = t.database;
  await db.member.createMany({
    data: Array.from({ length: count }, (_, i) => ({
      platform: 'telegram',
      externalId: `m${i}`,
      displayName: `M${i}`,
    })),
  });
  const rows = await db.member.findMany({ where: { platform: 'telegram' }, orderBy: { id: 'asc' } });
  await db.reminder.createMany({
    data: rows.map((m, i) => ({
      memberId: m.id,
      timezone: ZONES[i % ZONES.length]!,
      time: now
        .setZone(ZONES[i % ZONES.length]!)
        .minus({ minutes: 1 + (i % 30) })
        .toFormat('HH:mm'),
    })),
  });
  await db.reviewCard.createMany({
    data: rows.filter((_, i) => waiting(i)).map((m) => dueReviewCard(m.id)),
  });
}

describe('reminders from two instances at once', () => {
  it('sends each waiting member exactly one reminder, none to the others, and switches a closed chat off', async () => {
    received.length = 0;
    closed.clear();
    closed.add('m4');
    await members(400, (i) => i % 4 !== 3);
    const a = instance('a');
    const b = instance('b');
    const [ra, rb] = await Promise.all([a.tick(), b.tick()]);
    // And again a minute later: nothing is sent twice.
    t.clock.advance(60_000);
    await Promise.all([a.tick(), b.tick()]);

    const expected = Array.from({ length: 400 }, (_, i) => i)
      .filter((i) => i % 4 !== 3 && i !== 4)
      .map((i) => `m${i}`);
    const got = received.map((r) => r.userId);
    expect(new Set(got).size).toBe(got.length);
    expect(got.sort()).toEqual(expected.sort());
    expect(ra.reminders + rb.reminders).toBe(expected.length);
    expect(received[0]!.reply.lines[0]).toBe('1 review due');
    expect(received[0]!.reply.buttons?.[0]?.payload).toEqual({ kind: 'review-next', reviewed: 0, right: 0 });

    // The member whose chat is closed: switched off, and told on their next command.
    expect(await t.database.store.reminders.of('telegram', 'm4')).toMatchObject({ active: false });
    const next = await t.core.execute(
      { ...inv('m4'), actor: { ...inv('m4').actor, platform: 'telegram' } },
      'streak',
      '',
    );
    expect(next.lines.at(-1)).toMatch(/I switched your reminder off/);
  });
});
