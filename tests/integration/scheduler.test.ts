// The scheduler against a real PostgreSQL with a fake clock: local post times in several zones
// (across daylight-saving changes), catch-up after downtime, failures that block nobody, closing
// finished days, and the Sunday summary.
import { DateTime } from 'luxon';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/log.ts';
import { Scheduler, type SchedulerOptions } from '../../src/scheduler/index.ts';
import type { Community } from '../../src/store/index.ts';
import { actor, createTestCore, place, type TestCore } from '../helpers/core.ts';
import { RecordingPlatform } from './scheduler-platform.ts';

const MINUTE = 60_000;
const log = createLogger(process.env.TEST_LOG_LEVEL ?? 'silent', false);

let t: TestCore;
let telegram: RecordingPlatform;
let schedulers: Scheduler[];

beforeEach(async () => {
  t = await createTestCore({ now: '2026-11-27T00:00:00Z' });
  telegram = new RecordingPlatform('telegram', t.clock);
  schedulers = [];
});
afterEach(async () => {
  await Promise.all(schedulers.map((s) => s.stop()));
  await t.close();
});

function scheduler(options: Partial<SchedulerOptions> = {}): Scheduler {
  const s = new Scheduler({
    core: t.core,
    adapters: [telegram.adapter()],
    clock: t.clock,
    log,
    instanceId: `test-${schedulers.length}`,
    ...options,
  });
  schedulers.push(s);
  return s;
}

async function community(
  externalId: string,
  timezone: string,
  postTime: string,
  platform = 'telegram',
): Promise<Community> {
  return t.database.store.communities.ensure(
    { platform, externalId, title: externalId },
    { timezone, postTime },
  );
}

const posts = (communityId: number) =>
  t.database.db.dailyPost.findMany({ where: { communityId }, orderBy: { localDate: 'asc' } });

const localDates = (from: string, to: string) => {
  const out: string[] = [];
  for (let d = DateTime.fromISO(from); d <= DateTime.fromISO(to); d = d.plus({ days: 1 }))
    out.push(d.toISODate()!);
  return out;
};

describe('posting at the local time', () => {
  it('posts at 08:00 local in Kolkata, London and New York on both sides of their DST changes', async () => {
    const zones = [
      { id: 'kolkata', zone: 'Asia/Kolkata', time: '08:00' },
      { id: 'london', zone: 'Europe/London', time: '08:00' },
      { id: 'new-york', zone: 'America/New_York', time: '08:00' },
      { id: 'tokyo', zone: 'Asia/Tokyo', time: '21:45' },
    ];
    const made = new Map<string, Community>();
    for (const z of zones) made.set(z.id, await community(z.id, z.zone, z.time));
    // London leaves summer time on 25 Oct 2026, New York on 1 Nov 2026.
    const dates = localDates('2026-10-23', '2026-11-03');
    const expected = new Map<string, Date>();
    const instants: number[] = [];
    for (const z of zones) {
      for (const date of dates) {
        const at = DateTime.fromISO(`${date}T${z.time}`, { zone: z.zone }).toJSDate();
        expected.set(`${z.id}|${date}`, at);
        // A tick one minute early must post nothing for it; the tick on the minute must post it.
        instants.push(at.getTime() - MINUTE, at.getTime());
        // And on local midnight, when the day's question closes.
        const midnight = DateTime.fromISO(date, { zone: z.zone }).plus({ days: 1 }).toMillis();
        instants.push(midnight - MINUTE, midnight);
      }
    }
    // 14:00Z on 22 Oct is past the post time everywhere, so the first tick posts 22 Oct in all four
    // zones (catch-up); what is measured starts after it. 00:00Z on 4 Nov is before the next post
    // time everywhere.
    const first = DateTime.fromISO('2026-10-22T14:00:00Z').toMillis();
    const last = DateTime.fromISO('2026-11-04T00:00:00Z').toMillis();
    const s = scheduler();
    t.clock.set(new Date(first));
    expect(await s.tick()).toMatchObject({ due: 4, posted: 4 });
    telegram.delivered.length = 0;
    for (let h = first; h <= last; h += 180 * MINUTE) instants.push(h);
    for (const instant of [...new Set(instants)].sort((a, b) => a - b)) {
      if (instant <= first || instant > last) continue;
      t.clock.set(new Date(instant));
      await s.tick();
    }

    // The wall-clock hour is the same on both sides of each change; the UTC hour moves.
    const at = async (id: string, date: string) => {
      const row = await t.database.store.dailyPosts.find(made.get(id)!.id, date);
      return telegram.dailies().find((d) => d.reply.question?.ref === String(row?.id))?.at;
    };
    expect(await at('london', '2026-10-24')).toEqual(new Date('2026-10-24T07:00:00Z'));
    expect(await at('london', '2026-10-26')).toEqual(new Date('2026-10-26T08:00:00Z'));
    expect(await at('new-york', '2026-10-31')).toEqual(new Date('2026-10-31T12:00:00Z'));
    expect(await at('new-york', '2026-11-02')).toEqual(new Date('2026-11-02T13:00:00Z'));
    expect(await at('kolkata', '2026-11-02')).toEqual(new Date('2026-11-02T02:30:00Z'));

    for (const z of zones) {
      const c = made.get(z.id)!;
      const sent = telegram.dailies(c.id);
      expect(sent.map((d) => d.at)).toEqual(dates.map((date) => expected.get(`${z.id}|${date}`)));
      const rows = (await posts(c.id)).filter((r) => r.localDate >= new Date('2026-10-23'));
      expect(rows.map((r) => r.localDate.toISOString().slice(0, 10))).toEqual(dates);
      expect(rows.every((r) => r.state === 'posted')).toBe(true);
      // The message on the platform is the row's post, with the poll id recorded for answers.
      for (const [i, row] of rows.entries()) {
        expect(sent[i]!.reply.question?.ref).toBe(String(row.id));
        expect(row.messageRef).toBe(sent[i]!.messageRef);
        expect(row.answerRef).toBe(`poll-${sent[i]!.seq}`);
      }
      // Each day's question was closed at its local midnight (the tick a minute before left it open).
      for (const row of rows) {
        const date = row.localDate.toISOString().slice(0, 10);
        const midnight = DateTime.fromISO(date, { zone: z.zone }).plus({ days: 1 }).toJSDate();
        if (midnight.getTime() > last) {
          expect(row.closedAt).toBeNull();
          continue;
        }
        expect(row.closedAt).toEqual(midnight);
        expect(telegram.closed.filter((x) => x.messageRef === row.messageRef)).toHaveLength(1);
        // The adapter learns which post closed, so it can publish that question's solution.
        expect(telegram.closed.find((x) => x.messageRef === row.messageRef)?.postId).toBe(row.id);
      }
    }
  });

  it('keeps the content /daily already chose for the day, and leaves platforms without an adapter alone', async () => {
    const c = await community('early-bird', 'Asia/Kolkata', '08:00');
    const other = await community('discord-guild', 'Asia/Kolkata', '08:00', 'discord');
    t.clock.set('2026-11-27T01:00:00Z'); // 06:30 IST: /daily before post time creates a pending post
    const pending = await t.core.todaysPost(c, '2026-11-27');
    const s = scheduler();
    expect((await s.tick()).due).toBe(0);
    t.clock.set('2026-11-27T02:30:00Z');
    expect(await s.tick()).toMatchObject({ due: 1, posted: 1 });
    const [row] = await posts(c.id);
    expect(row).toMatchObject({ id: pending.id, factId: pending.factId, questionId: pending.questionId });
    expect(telegram.dailies(c.id)[0]!.reply.question?.questionId).toBe(pending.questionId);
    expect(await posts(other.id)).toEqual([]);
  });
});

describe('catch-up after downtime', () => {
  it('posts on start-up when the bot was down at post time, and only once across restarts', async () => {
    const c = await community('sleepy', 'Asia/Kolkata', '08:00');
    t.clock.set('2026-11-27T06:00:00Z'); // 11:30 IST: the bot missed 08:00
    const first = scheduler();
    first.start();
    await first.stop(); // waits for the start-up tick
    expect(telegram.dailies(c.id).map((d) => d.at)).toEqual([new Date('2026-11-27T06:00:00Z')]);

    t.clock.advance(10 * MINUTE);
    const restarted = scheduler();
    restarted.start();
    await restarted.stop();
    expect(telegram.dailies(c.id)).toHaveLength(1);
  });

  it('keeps ticking on its cron after start-up', async () => {
    const c = await community('cron-chat', 'Asia/Kolkata', '08:00');
    t.clock.set('2026-11-27T02:29:00Z');
    const lines: { msg: string }[] = [];
    const logged = pino({ level: 'debug' }, { write: (line: string) => lines.push(JSON.parse(line)) });
    const ticksDone = () => lines.filter((l) => l.msg === 'tick done').length;
    // Every second, to keep the test short.
    const s = scheduler({ cronExpression: '* * * * * *', log: logged });
    s.start();
    await expect.poll(ticksDone, { timeout: 5000, interval: 20 }).toBeGreaterThan(0);
    expect(telegram.dailies(c.id)).toHaveLength(0);
    t.clock.set('2026-11-27T02:30:00Z');
    await expect.poll(() => telegram.dailies(c.id).length, { timeout: 5000, interval: 100 }).toBe(1);
    await s.stop();
    expect(telegram.dailies(c.id)[0]!.at).toEqual(new Date('2026-11-27T02:30:00Z'));
  });

  it("does not post a day that ended while the bot was down; the new day's post waits for its time", async () => {
    const c = await community('weekend-off', 'America/New_York', '20:00');
    // Down through all of 27 Nov in New York; back at 06:30 on the 28th.
    t.clock.set('2026-11-28T11:30:00Z');
    const s = scheduler();
    expect(await s.tick()).toMatchObject({ due: 0, posted: 0 });
    t.clock.set('2026-11-29T00:59:00Z'); // 19:59 on the 28th
    expect((await s.tick()).posted).toBe(0);
    t.clock.set('2026-11-29T01:00:00Z'); // 20:00 on the 28th
    expect((await s.tick()).posted).toBe(1);
    expect((await posts(c.id)).map((r) => r.localDate.toISOString().slice(0, 10))).toEqual(['2026-11-28']);
  });
});

describe('failures', () => {
  it('one failing, refusing or hanging community does not block the others; each is handled', async () => {
    const slowTelegram = new RecordingPlatform('telegram', t.clock, () => 5);
    telegram = slowTelegram;
    const all: Community[] = [];
    for (let i = 0; i < 20; i++) all.push(await community(`chat-${i}`, 'Asia/Kolkata', '08:00'));
    telegram.misbehave.set('chat-3', 'error');
    telegram.misbehave.set('chat-7', 'unreachable');
    telegram.misbehave.set('chat-11', 'hang');
    t.clock.set('2026-11-27T03:00:00Z');
    const s = scheduler({
      adapters: [telegram.adapter('a', 2)],
      sendTimeoutMs: 300,
      maxAttempts: 3,
      leaseMs: 5 * MINUTE,
    });
    const report = await s.tick();
    expect(report).toMatchObject({ due: 20, posted: 17, failed: 3, skipped: 0 });
    expect(new Set(telegram.dailies().map((d) => d.externalId)).size).toBe(17);
    // Never more than the adapter's concurrency in flight, but really concurrent.
    expect(telegram.maxInFlight).toBe(2);

    const byId = (externalId: string) => all.find((c) => c.externalId === externalId)!;
    const [unreachable] = await posts(byId('chat-7').id);
    expect(unreachable!.state).toBe('failed');
    expect(await t.database.store.communities.byId(byId('chat-7').id)).toMatchObject({
      active: false,
      inactiveReason: 'the bot was removed from the chat',
    });
    const [erroring] = await posts(byId('chat-3').id);
    expect(erroring).toMatchObject({ state: 'pending', attempts: 1 });
    // The hung send keeps its claim until the lease ends: nobody may post it meanwhile.
    const [hung] = await posts(byId('chat-11').id);
    expect(hung).toMatchObject({ state: 'claimed', claimedBy: s.instanceId });

    // Later ticks retry the erroring one after a growing pause (1, then 2 minutes) up to
    // maxAttempts, then give up for the day.
    expect((await s.tick()).due).toBe(0); // not before its pause is over
    t.clock.advance(MINUTE);
    expect(await s.tick()).toMatchObject({ due: 1, failed: 1 });
    t.clock.advance(MINUTE);
    expect((await s.tick()).due).toBe(0);
    t.clock.advance(MINUTE);
    expect(await s.tick()).toMatchObject({ due: 1, failed: 1 });
    expect((await posts(byId('chat-3').id))[0]).toMatchObject({ state: 'failed', attempts: 3 });
    t.clock.advance(MINUTE);
    expect((await s.tick()).due).toBe(0);

    // The hung chat recovers; once the lease has run out it is posted, once.
    telegram.misbehave.delete('chat-11');
    t.clock.advance(5 * MINUTE);
    expect(await s.tick()).toMatchObject({ due: 1, posted: 1 });
    expect(telegram.dailies(byId('chat-11').id)).toHaveLength(1);
    expect((await posts(byId('chat-11').id))[0]).toMatchObject({ state: 'posted', attempts: 2 });
  });

  it('still gets the day’s post out after a platform outage of an hour and a half', async () => {
    const c = await community('outage', 'Asia/Kolkata', '08:00');
    telegram.misbehave.set('outage', 'error');
    t.clock.set('2026-11-27T02:30:00Z'); // 08:00 IST
    const s = scheduler({ adapters: [telegram.adapter()] });
    let tries = 0;
    for (let minute = 0; minute < 90; minute++) {
      tries += (await s.tick()).failed;
      t.clock.advance(MINUTE);
    }
    // Backing off (1, 2, 4, ... minutes) rather than trying every minute.
    expect(tries).toBeGreaterThan(3);
    expect(tries).toBeLessThan(10);
    telegram.misbehave.delete('outage');
    for (let minute = 0; minute < 40; minute++) {
      await s.tick();
      t.clock.advance(MINUTE);
    }
    expect(telegram.dailies(c.id)).toHaveLength(1);
    expect((await posts(c.id))[0]).toMatchObject({ state: 'posted' });
  });

  it('gives up on a platform that keeps timing out after maxAttempts, instead of posting all day', async () => {
    const c = await community('slow', 'Asia/Kolkata', '08:00');
    telegram.misbehave.set('slow', 'hang');
    t.clock.set('2026-11-27T02:30:00Z');
    const s = scheduler({ sendTimeoutMs: 100, leaseMs: 5 * MINUTE, maxAttempts: 3 });
    for (let round = 0; round < 8; round++) {
      await s.tick();
      t.clock.advance(6 * MINUTE);
    }
    expect(telegram.attempts(c.id)).toBe(3);
    expect((await posts(c.id))[0]).toMatchObject({ state: 'failed' });
  });

  it('records a post whose send answered after the timeout, while it still holds the claim', async () => {
    const late = new RecordingPlatform('telegram', t.clock, () => 400);
    const c = await community('slow-chat', 'Asia/Kolkata', '08:00');
    t.clock.set('2026-11-27T03:00:00Z');
    const s = scheduler({ adapters: [late.adapter()], sendTimeoutMs: 100 });
    expect(await s.tick()).toMatchObject({ due: 1, failed: 1 });
    await expect.poll(async () => (await posts(c.id))[0]?.state, { timeout: 3000 }).toBe('posted');
    t.clock.advance(10 * MINUTE);
    expect((await s.tick()).due).toBe(0);
    expect(late.dailies()).toHaveLength(1);
  });
});

describe('the weekly summary', () => {
  it("goes out once per community on its Sunday, after the daily post, with the week's top three and the Mains prompt", async () => {
    const kolkata = await community('study-circle', 'Asia/Kolkata', '08:00');
    const s = scheduler();
    // Mon 23 Nov .. Sat 28 Nov 2026: post each day at 08:00 IST, then members answer.
    const right = { alice: 6, bob: 4, carol: 3, dave: 1 } as const;
    for (const [day, date] of localDates('2026-11-23', '2026-11-28').entries()) {
      t.clock.set(DateTime.fromISO(`${date}T09:00`, { zone: 'Asia/Kolkata' }).toJSDate());
      await s.tick();
      const post = await t.database.store.dailyPosts.find(kolkata.id, date);
      const answer = t.content.question(post!.questionId)!.answer;
      for (const [name, correctDays] of Object.entries(right)) {
        const choice = day < correctDays ? answer : (answer + 1) % 4;
        const reply = await t.core.answerDaily(
          { actor: actor(name, name), place: place('study-circle', 'telegram') },
          post!.id,
          choice,
        );
        expect(reply.answer?.status).toBe('recorded');
      }
    }
    expect(telegram.messages()).toHaveLength(0);

    // Sunday 29 Nov, 06:00 IST: Sunday, but the daily post is not out yet, so neither is the summary.
    t.clock.set('2026-11-29T00:30:00Z');
    expect(await s.tick()).toMatchObject({ posted: 0, weekly: 0 });
    t.clock.set('2026-11-29T02:30:00Z');
    expect(await s.tick()).toMatchObject({ posted: 1, weekly: 1 });
    const [summary] = telegram.messages(kolkata.id);
    const daily = telegram.dailies(kolkata.id).at(-1)!;
    expect(summary!.seq).toBeGreaterThan(daily.seq);
    const text = summary!.reply.lines.join('\n');
    const rank = (name: string) => text.indexOf(name);
    expect(rank('alice')).toBeGreaterThan(-1);
    expect(rank('alice')).toBeLessThan(rank('bob'));
    expect(rank('bob')).toBeLessThan(rank('carol'));
    expect(text).toContain('60 points');
    expect(text).not.toContain('dave');
    expect(text).toContain(t.content.mainsOfWeek('2026-11-29').prompt);

    // More ticks, and a second instance, send no second summary.
    const other = scheduler({ adapters: [telegram.adapter('b')] });
    for (let i = 0; i < 3; i++) {
      t.clock.advance(MINUTE);
      await Promise.all([s.tick(), other.tick()]);
    }
    expect(telegram.messages(kolkata.id)).toHaveLength(1);

    // New York's Sunday comes later; its summary has nobody on the board but the same prompt.
    const quiet = await community('quiet-group', 'America/New_York', '07:00');
    t.clock.set('2026-11-29T12:00:00Z'); // 07:00 EST
    expect(await s.tick()).toMatchObject({ posted: 1, weekly: 1 });
    const [nySummary] = telegram.messages(quiet.id);
    expect(nySummary!.reply.lines.join('\n')).toContain('Nobody answered');
    expect(nySummary!.reply.lines.join('\n')).toContain(t.content.mainsOfWeek('2026-11-29').prompt);

    // Monday: nothing weekly.
    t.clock.set('2026-11-30T12:00:00Z');
    expect((await s.tick()).weekly).toBe(0);
    expect(telegram.messages()).toHaveLength(2);
    expect(await t.database.db.weeklySummary.count({ where: { state: 'sent' } })).toBe(2);
  });
});
