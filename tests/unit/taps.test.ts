// The core's tap codec: whatever a button carries comes back as the same tap on every platform's
// budget (Discord: 100 characters, Telegram: 64 bytes), and data the bot never wrote is refused.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TAP_BUDGET as DISCORD } from '../../src/adapters/discord/render.ts';
import { TAP_BUDGET as TELEGRAM } from '../../src/adapters/telegram/render.ts';
import { encodeTap, parseTap, questionHash, type TapPayload } from '../../src/core/taps/index.ts';

const budgets = { discord: DISCORD, telegram: TELEGRAM };
const size = (data: string, unit: 'characters' | 'bytes') =>
  unit === 'bytes' ? Buffer.byteLength(data) : data.length;

describe.each(Object.entries(budgets))('taps on %s', (_name, budget) => {
  it('every payload fits the budget and parses back to the same tap', () => {
    const choice = fc.integer({ min: 0, max: 3 });
    const payload: fc.Arbitrary<TapPayload> = fc.oneof(
      fc.record({
        kind: fc.constant('daily' as const),
        postId: fc.integer({ min: 1, max: 2 ** 48 }),
        choice,
      }),
      fc.record({ kind: fc.constant('share' as const), postId: fc.integer({ min: 1, max: 2 ** 48 }) }),
      fc.constant({ kind: 'today' as const }),
      fc.record({
        kind: fc.constant('today-answer' as const),
        postId: fc.integer({ min: 1, max: 2 ** 48 }),
        choice,
      }),
      fc.record({
        kind: fc.constant('practice' as const),
        questionId: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 120 }),
        choice,
      }),
    );
    fc.assert(
      fc.property(payload, (p) => {
        const data = encodeTap(p, budget);
        expect(size(data, budget.unit)).toBeLessThanOrEqual(budget.max);
        const back = parseTap(data, budget);
        // A practice id too long for the budget comes back as its hash (the core finds it again).
        if (back?.kind === 'practice-hash' && p.kind === 'practice')
          expect(back).toEqual({ kind: 'practice-hash', hash: questionHash(p.questionId), choice: p.choice });
        else expect(back).toEqual(p);
      }),
      { numRuns: 500 },
    );
  });

  it('refuses data it never wrote', () => {
    for (const junk of [
      '',
      'd',
      'd:0:1',
      'd:1:x',
      's:',
      's:0',
      'h:short:1',
      'x:1',
      'p:q1',
      'p:q1:10',
      'tq:1',
      'ta:0:1',
      'ta:1',
    ])
      expect(parseTap(junk, budget), junk).toBeUndefined();
    expect(parseTap(`p:${'q'.repeat(budget.max)}:1`, budget)).toBeUndefined();
  });
});

it('a practice id of multi-byte letters fits 64 bytes on Telegram but stays whole on Discord', () => {
  const p: TapPayload = { kind: 'practice', questionId: 'प्रश्न'.repeat(5), choice: 2 };
  expect(parseTap(encodeTap(p, DISCORD), DISCORD)).toEqual(p);
  expect(parseTap(encodeTap(p, TELEGRAM), TELEGRAM)?.kind).toBe('practice-hash');
});
