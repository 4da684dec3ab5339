// Several scheduler instances on one database: each community is posted once, with no leader and
// nothing in memory, and a process killed between claim and send is taken over after its lease.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { DateTime } from 'luxon';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StudyCore } from '../../src/core/engine.ts';
import { formatPostTime } from '../../src/core/time.ts';
import { createLogger } from '../../src/log.ts';
import { Scheduler, type TickReport } from '../../src/scheduler/index.ts';
import { createPrisma, createStore, type Db } from '../../src/store/index.ts';
import { createTestCore, type TestCore } from '../helpers/core.ts';
import { RecordingPlatform } from './scheduler-platform.ts';

const MINUTE = 60_000;
const log = createLogger(process.env.TEST_LOG_LEVEL ?? 'silent', false);
const ZONES = [
  'Asia/Kolkata',
  'Europe/London',
  'America/New_York',
  'Asia/Tokyo',
  'Australia/Sydney',
  'America/Los_Angeles',
];
const NOW = '2026-11-27T12:00:00Z';

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

/** A scheduler process of its own: its own Prisma client and pool, its own core, one shared platform. */
function instance(name: string, platform: RecordingPlatform, concurrency = 8): Scheduler {
  const db = createPrisma(t.database.url, 4);
  clients.push(db);
  const core = new StudyCore({ ...t.core.services, store: createStore(db) });
  return new Scheduler({
    core,
    adapters: [platform.adapter(name, concurrency)],
    clock: t.clock,
    log,
    instanceId: name,
  });
}

/** Communities across six zones, each with a post time earlier today (local), so all are due now. */
async function communities(count: number) {
  const now = DateTime.fromISO(NOW);
  await t.database.db.community.createMany({
    data: Array.from({ length: count }, (_, i) => {
      const timezone = ZONES[i % ZONES.length]!;
      const local = now.setZone(timezone);
      const minutesSoFar = local.hour * 60 + local.minute;
      return {
        platform: 'telegram',
        externalId: `chat-${i}`,
        timezone,
        postTime: formatPostTime((i * 37) % (minutesSoFar + 1)),
      };
    }),
  });
  return t.database.db.community.findMany({ orderBy: { id: 'asc' } });
}

/**
 * Runs a scheduler in a child process that claims every due post, sends nothing more (or, with
 * CRASH_CHILD_AFTER_FACT, only each fact) and is then killed with SIGKILL.
 */
async function crashChild(count: number, env: Record<string, string> = {}) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(import.meta.dirname, 'scheduler-crash-child.ts')],
    {
      env: {
        ...process.env,
        CRASH_CHILD_DATABASE_URL: t.database.url,
        CRASH_CHILD_NOW: NOW,
        CRASH_CHILD_INSTANCE: 'doomed',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const claimedLines = new Set<string>();
  const facts = new Set<string>();
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n')) {
        if (line.startsWith('claimed ')) claimedLines.add(line);
        else if (line.startsWith('fact ')) facts.add(line);
      }
      if (claimedLines.size === count) resolve();
    });
    child.on('exit', (code) => reject(new Error(`the child exited early (${code}): ${stderr}`)));
  });
  child.kill('SIGKILL');
  await exited;
  return { facts };
}

describe('several instances on one database', () => {
  it('three instances and 200 communities give exactly 200 posts', async () => {
    const all = await communities(200);
    const platform = new RecordingPlatform('telegram', t.clock, () => Math.floor(Math.random() * 4));
    const instances = ['a', 'b', 'c'].map((name) => instance(name, platform));
    const reports: TickReport[] = [];
    for (let round = 0; round < 4; round++) {
      reports.push(...(await Promise.all(instances.map((s) => s.tick()))));
      t.clock.advance(MINUTE);
    }
    const sent = platform.dailies();
    expect(sent).toHaveLength(200);
    expect(new Set(sent.map((d) => d.communityId))).toEqual(new Set(all.map((c) => c.id)));
    expect(await t.database.db.dailyPost.count({ where: { state: 'posted' } })).toBe(200);
    expect(await t.database.db.dailyPost.count()).toBe(200);
    expect(reports.reduce((n, r) => n + r.posted, 0)).toBe(200);
    expect(reports.reduce((n, r) => n + r.failed, 0)).toBe(0);
    // Every row names the instance whose send reached the platform.
    const rows = await t.database.db.dailyPost.findMany();
    const via = new Map(sent.map((d) => [d.messageRef, d.via]));
    for (const row of rows) expect(row.claimedBy).toBe(via.get(row.messageRef!));
  });

  it('a process killed between the fact and the question: the taken-over post sends only the question', async () => {
    const all = await communities(6);
    const { facts } = await crashChild(all.length, { CRASH_CHILD_AFTER_FACT: '1' });
    expect(facts.size).toBe(all.length);
    const held = await t.database.db.dailyPost.findMany();
    expect(held.every((r) => r.state === 'claimed' && r.partsSent === 1)).toBe(true);

    const platform = new RecordingPlatform('telegram', t.clock);
    platform.twoParts = true;
    const survivor = instance('survivor', platform);
    t.clock.advance(5 * MINUTE + 1000);
    expect(await survivor.tick()).toMatchObject({ due: all.length, posted: all.length });
    // Each group saw the fact once (from the process that died) and the question once.
    expect(platform.parts.filter((p) => p.part === 'fact')).toEqual([]);
    expect(platform.parts.map((p) => p.communityId).sort()).toEqual(all.map((c) => c.id).sort());
  });

  it('a process killed between claim and send is taken over after its lease; no community is missed or doubled', async () => {
    const all = await communities(6);
    await crashChild(all.length);

    const held = await t.database.db.dailyPost.findMany();
    expect(held).toHaveLength(all.length);
    expect(held.every((r) => r.state === 'claimed' && r.claimedBy === 'doomed')).toBe(true);

    const platform = new RecordingPlatform('telegram', t.clock);
    const survivor = instance('survivor', platform);
    // While the dead process's lease runs, its claims are respected.
    t.clock.advance(4 * MINUTE);
    expect(await survivor.tick()).toMatchObject({ due: 0, posted: 0 });
    // Once it has run out, the survivor posts every community, once.
    t.clock.advance(1 * MINUTE + 1000);
    expect(await survivor.tick()).toMatchObject({ due: all.length, posted: all.length });
    expect(await survivor.tick()).toMatchObject({ due: 0, posted: 0 });
    const sent = platform.dailies();
    expect(sent.map((d) => d.communityId).sort()).toEqual(all.map((c) => c.id).sort());
    const rows = await t.database.db.dailyPost.findMany();
    expect(rows.every((r) => r.state === 'posted' && r.claimedBy === 'survivor' && r.attempts === 2)).toBe(
      true,
    );
  });
});
