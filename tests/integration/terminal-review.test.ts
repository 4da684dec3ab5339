// Issue 12 in the terminal, days moved by the injectable clock: a daily question answered wrong
// comes back in /review; a right answer sends it further out; the reminder arrives once at the
// chosen time when something waits, and not at all when nothing does.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleTerminal } from '../helpers/consoleTerminal.ts';
import { createTestCore, type TestCore } from '../helpers/core.ts';
import { testScheduler } from '../helpers/scheduler.ts';

let t: TestCore;
beforeAll(async () => {
  // 11:30 in Asia/Kolkata on Friday 27 Nov 2026
  t = await createTestCore({ now: '2026-11-27T06:00:00Z' });
});
afterAll(() => t.close());

describe('review and reminders in the terminal', () => {
  it('brings a missed daily question back, reminds once when it is due, and never when nothing waits', async () => {
    const { adapter, text } = consoleTerminal(t, 'asha');
    const scheduler = testScheduler(t, [adapter]);

    const daily = await adapter.handle('/daily');
    const q = daily.question!;
    const wrong = 'abcd'[(q.correct + 1) % 4]!;
    const right = 'abcd'[q.correct]!;
    await adapter.handle(`/answer ${wrong}`);
    expect((await adapter.handle('/remind 07:30 Asia/Kolkata')).lines[0]).toMatch(
      /at 07:30 \(Asia\/Kolkata\)/,
    );
    const reminders = () => text().split('Your study reminder').length - 1;

    // Saturday 07:30 IST: the card is due at 11:30 and today's question comes at 08:00: nothing waits.
    t.clock.set('2026-11-28T02:00:00Z');
    await scheduler.tick();
    expect(reminders()).toBe(0);

    // Sunday 07:30 IST: the missed question is due: one reminder, and only one however often it ticks.
    t.clock.set('2026-11-29T02:00:00Z');
    expect((await scheduler.tick()).reminders).toBe(1);
    t.clock.set('2026-11-29T02:01:00Z');
    expect((await scheduler.tick()).reminders).toBe(0);
    expect(reminders()).toBe(1);
    expect(text()).toMatch(/1 review due/);

    const served = await adapter.handle('/review');
    expect(served.question?.questionId).toBe(q.questionId);
    expect(text()).toMatch(/Answer this review question with \/review a\|b\|c\|d/);
    const answered = await adapter.handle(`/review ${right}`);
    expect(answered.tone).toBe('success');
    const back = /comes back on (\w+, \d+ \w+ \d+)/.exec(answered.lines.join(' '))?.[1];
    expect(new Date(`${back} 12:00 UTC`).getTime()).toBeGreaterThan(
      new Date('2026-11-30T12:00:00Z').getTime(),
    );
    expect(text()).toMatch(/\/review for the next one/);
    await scheduler.stop();
  });

  it("reminds of today's question when it waits, and says /daily shows it (no buttons in a terminal)", async () => {
    const { adapter, text } = consoleTerminal(t, 'asha');
    const scheduler = testScheduler(t, [adapter]);
    await adapter.handle('/remind 08:30 Asia/Kolkata');
    // Monday: the day's question is posted at 08:00; at 08:30 it is still unanswered.
    t.clock.set('2026-11-30T02:30:00Z');
    await scheduler.tick();
    t.clock.set('2026-11-30T03:00:00Z');
    expect((await scheduler.tick()).reminders).toBe(1);
    const reminder = text().slice(text().lastIndexOf('Your study reminder'));
    expect(reminder).toMatch(/today's question not answered yet/i);
    expect(reminder).toContain("/daily shows today's question.");
    await scheduler.stop();
  });
});
