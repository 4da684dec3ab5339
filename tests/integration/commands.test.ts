// Every command through the real core on a real PostgreSQL, as a member of a study group would use it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestCore, inv, type TestCore } from '../helpers/core.ts';

let t: TestCore;
const text = (r: {
  title?: string | undefined;
  lines: string[];
  fields?: { name: string; value: string }[] | undefined;
  footer?: string | undefined;
}) =>
  [r.title ?? '', ...r.lines, ...(r.fields ?? []).map((f) => `${f.name}: ${f.value}`), r.footer ?? ''].join(
    '\n',
  );

beforeAll(async () => {
  // 06:00 UTC = 11:30 in Asia/Kolkata on Friday 27 Nov 2026
  t = await createTestCore({ now: '2026-11-27T06:00:00Z' });
});
afterAll(() => t.close());

const run = (user: string, command: string, args = '', opts: { admin?: boolean; chatId?: string } = {}) =>
  t.core.execute(inv(user, { ...opts, name: `Student ${user}` }), command, args);

async function answerToday(user: string, right: boolean, chatId?: string) {
  const daily = await run(user, 'daily', '', { chatId });
  const q = daily.question!;
  const choice = right ? q.correct : (q.correct + 1) % 4;
  return t.core.execute(inv(user, { chatId, name: `Student ${user}` }), 'answer', 'ABCD'[choice]!);
}

describe('help and lookups', () => {
  it('/help lists every command; admin commands only for admins', async () => {
    const member = text(await run('u1', 'help'));
    for (const c of ['/fact', '/quiz', '/daily', '/answer', '/streak', '/leaderboard', '/stats', '/topics'])
      expect(member).toContain(c);
    expect(member).not.toContain('/setup');
    expect(text(await run('u1', 'help', '', { admin: true }))).toContain('/setup');
    expect(text(await run('u1', 'start'))).toContain('/fact');
  });

  it('/fact cepa finds the CEPA fact; a misspelling finds the right fact; nonsense gets suggestions', async () => {
    const cepa = await run('u1', 'fact', 'cepa');
    expect(cepa.tone).toBe('info');
    expect(text(cepa)).toMatch(/Comprehensive Economic Partnership Agreement/i);
    expect(text(await run('u1', 'fact', 'shinkansan'))).toMatch(/Shinkansen/);
    const none = await run('u1', 'fact', 'qwertyuiop zxcv');
    expect(none.tone).toBe('error');
    expect(none.visibility).toBe('ephemeral');
    expect(none.lines).toHaveLength(1);
  });

  it('missing and 10 kB arguments get one clear sentence each', async () => {
    const missing = await run('u1', 'fact', '');
    expect(missing.tone).toBe('error');
    expect(missing.lines[0]).toMatch(/needs a topic/);
    const huge = await run('u1', 'fact', 'x'.repeat(10_000));
    expect(huge.tone).toBe('error');
    expect(huge.lines[0]).toMatch(/too long/);
  });

  it('an unknown command is one friendly sentence', async () => {
    const r = await run('u1', 'frobnicate');
    expect(r.tone).toBe('error');
    expect(r.lines[0]).toMatch(/don't know the command \/frobnicate.*\/help/);
  });

  it('/topics lists the topics by section', async () => {
    const r = await run('u1', 'topics');
    expect(r.fields!.length).toBeGreaterThan(3);
    expect(text(r)).toMatch(/Malabar/);
  });
});

describe('the daily question', () => {
  it('/daily shows the same fact and question to everyone in the group for the local day', async () => {
    const a = await run('u1', 'daily');
    const b = await run('u2', 'daily');
    expect(a.question!.kind).toBe('daily');
    expect(a.question!.options).toHaveLength(4);
    expect(a.question!.ref).toBe(b.question!.ref);
    expect(a.lines).toEqual(b.lines);
  });

  it('a right answer earns 10 points and a 1-day streak; the second answer does not count', async () => {
    const first = await answerToday('u1', true);
    expect(first.answer).toMatchObject({ status: 'recorded', correct: true, streak: 1, points: 10 });
    expect(first.visibility).toBe('ephemeral');
    const again = await answerToday('u1', false);
    expect(again.answer!.status).toBe('duplicate');
    expect(again.lines[0]).toMatch(/already answered/);
    const wrong = await answerToday('u2', false);
    expect(wrong.answer).toMatchObject({ status: 'recorded', correct: false, points: 0, streak: 1 });
    expect(text(wrong)).toMatch(/the answer is \([a-d]\)/);
  });

  it('/answer with something that is not a letter is refused without recording', async () => {
    const r = await run('u3', 'answer', 'banana');
    expect(r.tone).toBe('error');
    expect(r.lines[0]).toMatch(/letter from a to d/);
    expect(await t.database.db.member.findFirst({ where: { externalId: 'u3' } })).toBeNull();
  });

  it('streaks follow the community’s local days and reset after a missed day', async () => {
    t.clock.set('2026-11-28T03:00:00Z'); // Sat 08:30 IST
    await answerToday('u1', true);
    expect(text(await run('u1', 'streak'))).toMatch(/Current streak: 2 days · best: 2 days/);
    t.clock.set('2026-11-30T03:00:00Z'); // Mon: Sunday was missed
    expect(text(await run('u1', 'streak'))).toMatch(/Current streak: 0 days · best: 2 days/);
    const r = await answerToday('u1', true);
    expect(r.answer!.streak).toBe(1);
    expect(r.answer!.bestStreak).toBe(2);
  });

  it('an answer to a question whose local day is over is not counted', async () => {
    const fri = await t.database.db.dailyPost.findFirstOrThrow({
      where: { localDate: new Date('2026-11-27T00:00:00Z') },
    });
    const r = await t.core.answerDaily(inv('u9'), fri.id, 0);
    expect(r.answer!.status).toBe('closed');
    expect(await t.database.db.answer.count({ where: { dailyPostId: fri.id } })).toBe(2);
  });

  it('/streak for another member by name, and for a stranger', async () => {
    expect(text(await run('u2', 'streak', 'Student u1'))).toMatch(/Student u1's streak/);
    const r = await run('u2', 'streak', 'nobody-here');
    expect(r.tone).toBe('error');
  });
});

describe('practice, standings and stats', () => {
  it('/quiz gives a practice question whose answer never touches streaks or points', async () => {
    const before = await t.database.db.membership.findFirstOrThrow({
      where: { member: { externalId: 'u1' } },
    });
    const q = (await run('u1', 'quiz')).question!;
    expect(q.kind).toBe('practice');
    const r = await t.core.answerPractice(inv('u1'), q.ref, q.correct);
    expect(r.answer).toMatchObject({ correct: true });
    const after = await t.database.db.membership.findFirstOrThrow({
      where: { member: { externalId: 'u1' } },
    });
    expect(after).toEqual(before);
  });

  it('/leaderboard shows the top 10 and the caller’s own rank below them', async () => {
    t.clock.set('2026-12-01T03:00:00Z'); // Tuesday
    for (let i = 0; i < 12; i++) await answerToday(`lb${i}`, true);
    await answerToday('late', false);
    const r = await run('late', 'leaderboard', 'week');
    expect(r.lines.filter((l) => /^\d+\. /.test(l)).length).toBe(11); // 10 + own row
    expect(r.lines.at(-1)).toMatch(/Student late — 0 pts/);
    const all = await run('u1', 'leaderboard', 'all');
    expect(all.title).toMatch(/all time/);
    expect(text(all)).toMatch(/^1\. .*u1 — 30 pts/m);
    expect((await run('u1', 'leaderboard', 'yesterday')).tone).toBe('error');
  });

  it('/stats shows accuracy overall and by section', async () => {
    const r = await run('u1', 'stats');
    expect(r.lines[0]).toMatch(/Overall: \d+% right of \d+ answers/);
    expect(r.fields!.length).toBeGreaterThan(0);
    expect(r.visibility).toBe('ephemeral');
  });
});

describe('admin commands', () => {
  it('/setup by an admin sets time and timezone; a member is refused politely', async () => {
    const refused = await run('u2', 'setup', '07:30 Asia/Tokyo');
    expect(refused.tone).toBe('error');
    expect(refused.lines[0]).toMatch(/Only the group's admins/);
    const ok = await run('admin', 'setup', '7:30 Asia/Tokyo', { admin: true });
    expect(ok.tone).toBe('success');
    const c = await t.database.db.community.findFirstOrThrow({ where: { externalId: 'chat-1' } });
    expect(c).toMatchObject({ postTime: '07:30', timezone: 'Asia/Tokyo', active: true });
  });

  it('bad times and unknown timezones get one clear sentence and change nothing', async () => {
    const badTime = await run('admin', 'setup', '25:00 Asia/Kolkata', { admin: true });
    expect(badTime.lines[0]).toMatch(/not a time I understand/);
    const badZone = await run('admin', 'setup', '08:00 Mars/Olympus', { admin: true });
    expect(badZone.lines[0]).toMatch(/not a timezone I know/);
    // Zones that would follow the server's own clock or ignore daylight saving are refused too.
    for (const zone of ['local', 'system', 'UTC+5']) {
      const r = await run('admin', 'setup', `08:00 ${zone}`, { admin: true });
      expect(r.lines[0]).toMatch(/not a timezone I know/);
    }
    const c = await t.database.db.community.findFirstOrThrow({ where: { externalId: 'chat-1' } });
    expect(c).toMatchObject({ postTime: '07:30', timezone: 'Asia/Tokyo' });
  });

  it('/pause and /resume switch the daily post off and on', async () => {
    expect((await run('u2', 'pause')).tone).toBe('error');
    await run('admin', 'pause', '', { admin: true });
    expect((await t.database.db.community.findFirstOrThrow({ where: { externalId: 'chat-1' } })).active).toBe(
      false,
    );
    await run('admin', 'resume', '', { admin: true });
    expect((await t.database.db.community.findFirstOrThrow({ where: { externalId: 'chat-1' } })).active).toBe(
      true,
    );
  });
});

describe('places that post only after /setup (Discord servers)', () => {
  it('a new community waits for /setup, which turns the daily post on', async () => {
    const place = {
      platform: 'console' as const,
      chatId: 'server-1',
      channelId: 'general',
      postsBeforeSetup: false,
    };
    const member = {
      actor: {
        platform: 'console' as const,
        userId: 'm1',
        displayName: 'M',
        isAdmin: () => Promise.resolve(false),
      },
      place,
    };
    expect(text(await t.core.execute(member, 'help', ''))).toMatch(
      /Daily posts are off here \(waiting for \/setup\)/,
    );
    expect(
      (await t.database.db.community.findFirstOrThrow({ where: { externalId: 'server-1' } })).active,
    ).toBe(false);
    const admin = {
      actor: { ...member.actor, userId: 'a1', isAdmin: () => Promise.resolve(true) },
      place: { ...place, channelId: 'study-room' },
    };
    const early = await t.core.execute(admin, 'resume', '');
    expect(early.lines[0]).toMatch(/Run \/setup first/);
    expect((await t.core.execute(admin, 'setup', '06:45')).tone).toBe('success');
    expect(
      await t.database.db.community.findFirstOrThrow({ where: { externalId: 'server-1' } }),
    ).toMatchObject({
      active: true,
      channelId: 'study-room',
      postTime: '06:45',
    });
  });
});
