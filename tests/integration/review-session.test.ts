// /review through the real core on a real PostgreSQL, day changes by the injectable clock: a daily
// question answered wrong comes back the next day, a right answer sends it further out, new
// questions join up to the daily allowance, and nothing touches streaks or points.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestCore, inv, type TestCore } from '../helpers/core.ts';

let t: TestCore;
const DAY = 86_400_000;

beforeAll(async () => {
  t = await createTestCore({ now: '2026-11-27T06:00:00Z' });
  t.core.services.review = { newPerDay: 2 };
});
afterAll(() => t.close());

const me = (user: string) => inv(user, { name: `Student ${user}` });

describe('/review', () => {
  it('serves a missed daily question the next day, first; a right answer schedules it further out', async () => {
    const daily = await t.core.execute(me('r1'), 'daily', '');
    const q = daily.question!;
    const wrong = (q.correct + 1) % q.options.length;
    await t.core.execute(me('r1'), 'answer', 'ABCD'[wrong]!);

    // The same day: not due yet, so the session offers new questions (up to 2) and then ends.
    const sameDay = await t.core.execute(me('r1'), 'review', '');
    expect(sameDay.question?.questionId).not.toBe(q.questionId);

    t.clock.advance(DAY);
    const before = await t.core.execute(me('r1'), 'stats', '');
    const served = await t.core.execute(me('r1'), 'review', '');
    expect(served.question?.questionId).toBe(q.questionId);
    expect(served.lines.join(' ')).toContain('missed this one');
    expect(served.question?.kind).toBe('review');

    const right = await t.core.answerReview(me('r1'), q.questionId, q.correct, { reviewed: 0, right: 0 });
    expect(right.tone).toBe('success');
    expect(right.answer?.solution?.length).toBeGreaterThan(0);
    expect(right.buttons?.[0]).toMatchObject({
      label: 'Next',
      payload: { kind: 'review-next', reviewed: 1, right: 1 },
    });
    const comesBack = /comes back on (.+) at/.exec(right.lines.join('\n'))?.[1];
    expect(comesBack).toBeDefined();

    // A second tap on the same answer is not counted twice.
    const again = await t.core.answerReview(me('r1'), q.questionId, q.correct, { reviewed: 1, right: 1 });
    expect(again.lines.join(' ')).toContain('reviewed this question already');

    const member = await t.database.store.answers.upsertMember({
      platform: 'console',
      externalId: 'r1',
      displayName: 'x',
    });
    const card = await t.database.store.reviews.card(member.id, q.questionId);
    expect(card!.due.getTime() - t.clock.now().getTime()).toBeGreaterThan(DAY);

    // Review answers never touch streaks or points.
    const after = await t.core.execute(me('r1'), 'stats', '');
    expect(after.lines).toEqual(before.lines);
    expect(after.fields).toEqual(before.fields);
  });

  it('adds at most the allowance of new questions a day, then ends with a summary', async () => {
    let tally = { reviewed: 0, right: 0 };
    let reply = await t.core.execute(me('r2'), 'review', '');
    const seen: string[] = [];
    while (reply.question) {
      seen.push(reply.question.questionId);
      const answered = await t.core.answerReview(
        me('r2'),
        reply.question.questionId,
        reply.question.correct,
        tally,
      );
      const { reviewed, right } = answered.buttons![0]!.payload as { reviewed: number; right: number };
      tally = { reviewed, right };
      reply = await t.core.nextReview(me('r2'), tally);
    }
    expect(seen).toHaveLength(2);
    expect(reply.title).toBe('Review done');
    expect(reply.lines[0]).toBe('Reviewed 2 questions, 2 right.');
    expect(reply.lines[1]).toMatch(/^Your next card is due on .+ at \d\d:\d\d \(Asia\/Kolkata\)\.$/);
  });
});
