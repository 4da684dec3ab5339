// Error reports (issue 15 item 3) through the real core on a real PostgreSQL: a member reports the
// question they answered (or its fact), admins of that group list and resolve them, maintainers
// read all of them grouped by item.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatReports } from '../../src/content/reports-cli.ts';
import { createTestCore, inv, type TestCore } from '../helpers/core.ts';

let t: TestCore;
beforeAll(async () => {
  t = await createTestCore({ now: '2026-11-27T06:00:00Z' });
});
afterAll(() => t.close());

const run = (user: string, command: string, args = '', opts: { admin?: boolean; chatId?: string } = {}) =>
  t.core.execute(inv(user, { ...opts, name: `Student ${user}` }), command, args);

describe('/report and /reports', () => {
  it("reports the question the member last answered, and that day's fact with `fact`", async () => {
    const daily = await run('r1', 'daily');
    const q = daily.question!;
    await run('r1', 'answer', 'ABCD'[q.correct]!);
    const filed = await run('r1', 'report', 'the answer should be (b): the treaty dates from 2011');
    expect(filed.tone).toBe('success');
    expect(filed.visibility).toBe('ephemeral');
    expect(filed.lines).toHaveLength(1);
    expect(filed.lines[0]).toMatch(/report #\d+ on the question/);
    const fact = await run('r1', 'report', 'fact: the figure is out of date');
    expect(fact.lines[0]).toMatch(/on the fact "/);

    const rows = await t.database.store.reports.all();
    expect(rows.map((r) => [r.itemKind, r.itemId, r.text])).toEqual([
      [
        'fact',
        (await t.core.todaysPost(await t.core.community(inv('r1').place), '2026-11-27')).factId,
        'the figure is out of date',
      ],
      ['question', q.questionId, 'the answer should be (b): the treaty dates from 2011'],
    ]);
  });

  it('a practice answer after the daily one makes the practice question the reported one', async () => {
    await run('r2', 'answer', 'A');
    const card = (await run('r2', 'quiz')).question!;
    t.clock.advance(1000);
    await t.core.answerPractice(inv('r2', { name: 'Student r2' }), card.questionId, 0);
    await run('r2', 'report', 'two options say the same thing');
    const mine = (await t.database.store.reports.all()).filter((r) => r.reporter === 'Student r2');
    expect(mine.map((r) => r.itemId)).toEqual([card.questionId]);
  });

  it('markup and mentions are kept as plain text; empty and 10 kB reports get one sentence and store nothing', async () => {
    const before = (await t.database.store.reports.all()).length;
    const empty = await run('r3', 'report', 'fact');
    expect(empty.tone).toBe('error');
    expect(empty.lines).toHaveLength(1);
    expect(empty.lines[0]).toMatch(/what is wrong/);
    const huge = await run('r3', 'report', 'x'.repeat(10_000));
    expect(huge.tone).toBe('error');
    expect(huge.lines).toHaveLength(1);
    expect((await t.database.store.reports.all()).length).toBe(before);

    const marked = await run('r3', 'report', '<b>wrong</b> @everyone <@123> **date**');
    expect(marked.tone).toBe('success');
    const listed = await run('admin', 'reports', '', { admin: true });
    expect(listed.lines.join('\n')).toContain('<b>wrong</b> @everyone <@123> **date**');
  });

  it('members are refused /reports; admins list and resolve only their own group', async () => {
    const refused = await run('r1', 'reports');
    expect(refused.tone).toBe('error');
    expect(refused.lines[0]).toMatch(/Only the group's admins/);

    const list = await run('admin', 'reports', '', { admin: true });
    expect(list.title).toMatch(/Open reports: 4 reports/);
    const first = Number(/#(\d+)/.exec(list.lines[0]!)![1]);

    // Another group sees none of them and cannot resolve them.
    const other = await run('admin2', 'reports', '', { admin: true, chatId: 'chat-2' });
    expect(other.lines[0]).toMatch(/No open reports/);
    const foreign = await run('admin2', 'reports', `resolve ${first}`, { admin: true, chatId: 'chat-2' });
    expect(foreign.tone).toBe('error');
    expect(foreign.lines[0]).toMatch(new RegExp(`no open report #${first}`));

    const done = await run('admin', 'reports', `resolve ${first}`, { admin: true });
    expect(done.lines[0]).toBe(`Report #${first} is resolved.`);
    expect((await run('admin', 'reports', '', { admin: true })).title).toMatch(/3 reports/);
    const bad = await run('admin', 'reports', 'resolve soon', { admin: true });
    expect(bad.lines[0]).toMatch(/Give the number/);
  });

  it('content reports groups every report by item, open first', async () => {
    const text = formatReports(await t.database.store.reports.all(), t.content);
    expect(text).toMatch(/^question [a-z0-9-]+ — \d open, \d resolved/m);
    expect(text).toMatch(/\[resolved\]/);
    expect(text).toMatch(/4 reports on 3 items$/);
  });
});
