// /insights and /export (issue 15 item 5) through the real core on a real PostgreSQL: two weeks of a
// group's answers, read back as an admin would.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestCore, inv, type TestCore } from '../helpers/core.ts';

let t: TestCore;
beforeAll(async () => {
  t = await createTestCore({ now: '2026-11-27T06:00:00Z' });
});
afterAll(() => t.close());

const run = (user: string, command: string, args = '', opts: { admin?: boolean; chatId?: string } = {}) =>
  t.core.execute(inv(user, { ...opts, name: `Student ${user}` }), command, args);

/** Answers the daily question of `date` (11:30 there), right or wrong. */
async function answerOn(date: string, user: string, right: boolean, chatId?: string) {
  t.clock.set(`${date}T06:00:00Z`);
  const q = (await run(user, 'daily', '', { chatId })).question!;
  await run(user, 'answer', 'ABCD'[right ? q.correct : (q.correct + 1) % 4]!, { chatId });
}

const day = (n: number) => `2026-11-${String(n).padStart(2, '0')}`;

beforeAll(async () => {
  // "Old" lost a 6-day streak the week before: not this week's news. (Days in order: a post is
  // never made for a date before the group's latest one.)
  for (let d = 8; d <= 13; d++) await answerOn(day(d), 'old', true);
  // "Long" keeps a 6-day streak from the 16th to the 21st, then misses the 22nd: lost this week.
  for (let d = 16; d <= 21; d++) await answerOn(day(d), 'long', true);
  // The 25th: everyone wrong (the hardest); the 26th: everyone right (the easiest).
  for (const u of ['a', 'b', '=cmd()']) await answerOn(day(25), u, false);
  for (const u of ['a', 'b', '=cmd()']) await answerOn(day(26), u, true);
  await answerOn(day(27), 'a', true);
  // Another group's answers never show here.
  for (const u of ['x', 'y', 'z', 'w']) await answerOn(day(27), u, false, 'chat-2');
  t.clock.set('2026-11-27T06:00:00Z');
}, 120_000);

describe('/insights', () => {
  it('members are refused', async () => {
    const r = await run('a', 'insights');
    expect(r.tone).toBe('error');
    expect(r.lines[0]).toMatch(/Only the group's admins can use \/insights/);
  });

  it('shows participation per day, hardest and easiest questions, accuracy and lost streaks', async () => {
    const r = await run('admin', 'insights', '', { admin: true });
    expect(r.visibility).toBe('ephemeral');
    expect(r.title).toBe('Insights · last 14 days');
    const field = (name: RegExp) => r.fields!.find((f) => name.test(f.name))!.value;
    expect(r.lines[0]).toBe('13 answers to 9 daily questions.');

    const days = field(/Answers per day/).split('\n');
    expect(days).toHaveLength(14);
    expect(days[0]).toMatch(/^Sat, 14 Nov\s+–/); // no post that day
    expect(days.find((l) => l.startsWith('Wed, 25 Nov'))).toMatch(/ 3 █+$/);
    expect(days.at(-1)).toMatch(/^Fri, 27 Nov\s+1 █+$/);

    const post = async (d: number) =>
      t.content.question(
        (await t.core.todaysPost(await t.core.community(inv('a').place), day(d))).questionId,
      )!;
    const hardest = field(/Hardest/).split('\n');
    expect(hardest).toHaveLength(1); // the only question anyone got wrong
    expect(hardest[0]).toMatch(/^0% right \(3 answered\)/);
    expect(hardest[0]).toContain((await post(25)).prompt.slice(0, 40));
    const easiest = field(/Easiest/).split('\n');
    expect(easiest[0]).toMatch(/^100% right \(3 answered\)/);
    expect(field(/Hardest/)).not.toContain((await post(26)).prompt.slice(0, 40));

    expect(field(/by section/)).toMatch(/: \d+% \(\d+ answers?\)/);
    expect(field(/by format/)).toMatch(/(Single answer|Statements|Pairs|How many|Statement-I)/);
    expect(field(/lost this week/)).toMatch(/^Student long — 6 days, last answered Sat, 21 Nov 2026$/);
  });

  it('a group with no answers gets one sentence', async () => {
    const r = await run('admin', 'insights', '', { admin: true, chatId: 'chat-3' });
    expect(r.lines).toEqual([expect.stringMatching(/nothing to show/)]);
  });
});

describe('/export', () => {
  it("sends admins a CSV of their group's members, best first, safe to open in a spreadsheet", async () => {
    expect((await run('a', 'export')).tone).toBe('error');
    const r = await run('admin', 'export', '', { admin: true });
    expect(r.file?.name).toBe('members-2026-11-27.csv');
    const rows = r
      .file!.data.toString('utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(rows[0]).toBe(
      'rank,name,platform_id,points,answered,correct,accuracy_percent,current_streak,best_streak,last_answered',
    );
    expect(rows.slice(1)).toEqual([
      '1,Student old,old,60,6,6,100,0,6,2026-11-13',
      '2,Student long,long,60,6,6,100,0,6,2026-11-21',
      '3,Student a,a,20,3,2,67,3,3,2026-11-27',
      '4,Student b,b,10,2,1,50,2,2,2026-11-26',
      // An id that looks like a formula stays text when the file is opened in a spreadsheet.
      "5,Student =cmd(),'=cmd(),10,2,1,50,2,2,2026-11-26",
    ]);
    expect(rows.join('\n')).not.toMatch(/Student [xyzw]/);
  });
});

describe('streak freezes in /insights and /export', () => {
  it('a streak a freeze still covers is neither lost nor zero', async () => {
    // Seven days in a row (19th-25th) earn a freeze; the 26th is missed and the freeze covers it,
    // so on the 27th the streak of 7 is alive, as /streak says.
    for (let d = 19; d <= 25; d++) await answerOn(day(d), 'frozen', true, 'chat-4');
    t.clock.set('2026-11-27T06:00:00Z');
    const streak = await run('frozen', 'streak', '', { chatId: 'chat-4' });
    expect(streak.lines.join('\n')).toMatch(/\b7\b/);

    const r = await run('admin', 'insights', '', { admin: true, chatId: 'chat-4' });
    const lost = r.fields!.find((f) => /lost this week/.test(f.name))!.value;
    expect(lost).toBe('None.');
    const csv = (await run('admin', 'export', '', { admin: true, chatId: 'chat-4' })).file!.data.toString(
      'utf8',
    );
    expect(csv).toContain('1,Student frozen,frozen,70,7,7,100,7,7,2026-11-25');
  }, 120_000);
});
