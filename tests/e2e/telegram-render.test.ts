// Rendering for Telegram, checked against the fake Bot API's HTML parser (the same rules the real
// server applies): any text survives escaping and splitting unchanged, every part fits the limit,
// and answer buttons stay within 64 bytes of callback data.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alertText, quizPoll, renderReply, TAP_BUDGET } from '../../src/adapters/telegram/render.ts';
import { answerPayload, encodeTap, parseTap, questionHash } from '../../src/core/taps/index.ts';
import type { QuestionCard, Reply } from '../../src/core/types.ts';
import { parseTelegramHtml } from './fakes/telegram-server.ts';

// Button data as the Telegram adapter writes and reads it, through the core's tap codec.
const answerData = (c: QuestionCard, choice: number) => encodeTap(answerPayload(c, choice), TAP_BUDGET);
const parseAnswerData = (data: string) => parseTap(data, TAP_BUDGET) ?? null;

const card = (over: Partial<QuestionCard> = {}): QuestionCard => ({
  kind: 'practice',
  ref: 'q1',
  questionId: 'q1',
  prompt: 'Which?',
  options: ['one', 'two', 'three', 'four'],
  correct: 2,
  explanation: 'Because.',
  section: 'S',
  ...over,
});

describe('HTML rendering', () => {
  it('keeps any text intact through escaping and splitting, every part valid and within the limit', () => {
    const text = fc
      .string({ unit: 'grapheme', maxLength: 300 })
      .map((s) => s.replace(/\s+/g, ' ').trim() || 'x');
    fc.assert(
      fc.property(
        fc.array(text, { minLength: 1, maxLength: 40 }),
        text,
        fc.integer({ min: 120, max: 4096 }),
        (lines, title, limit) => {
          const reply: Reply = { visibility: 'public', tone: 'info', title, lines };
          const parts = renderReply(reply, {}, limit);
          for (const p of parts) expect(p.length).toBeLessThanOrEqual(limit);
          const seen = parts.map(parseTelegramHtml);
          // Splitting only ever happens at a line break or a space.
          const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();
          expect(normalise(seen.join(' '))).toBe(normalise([title, ...lines].join(' ')));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('puts the question and lettered options after the text, and leaves them out when they go in a poll', () => {
    const reply: Reply = {
      visibility: 'public',
      tone: 'info',
      title: 'T',
      lines: ['a < b'],
      question: card(),
    };
    expect(parseTelegramHtml(renderReply(reply)[0]!)).toBe(
      'T\n\na < b\n\nWhich?\n(a) one\n(b) two\n(c) three\n(d) four',
    );
    expect(parseTelegramHtml(renderReply(reply, { omitQuestion: true })[0]!)).toBe('T\n\na < b');
  });
});

describe('answers', () => {
  it('button data fits 64 bytes, also for a question id too long to carry, and parses back', () => {
    const longId = 'q'.repeat(64);
    const data = answerData(card({ questionId: longId, ref: longId }), 3);
    expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);
    expect(parseAnswerData(data)).toEqual({ kind: 'practice-hash', hash: questionHash(longId), choice: 3 });
    expect(parseAnswerData(answerData(card(), 1))).toEqual({ kind: 'practice', questionId: 'q1', choice: 1 });
    expect(parseAnswerData(answerData(card({ kind: 'daily', ref: '42' }), 0))).toEqual({
      kind: 'daily',
      postId: 42,
      choice: 0,
    });
    for (const junk of ['', 'd:x:1', 'd:1:12', 'p::1', 'z:1:1', 'd:-3:1'])
      expect(parseAnswerData(junk)).toBeNull();
  });

  it('an alert keeps the verdict and the streak when the explanation is too long for 200 characters', () => {
    const reply: Reply = {
      visibility: 'ephemeral',
      tone: 'success',
      title: 'Correct: B',
      lines: ['Option B — +10 points.', 'x'.repeat(300), 'Streak: 4 days (best 9) · 70 points'],
      answer: { status: 'recorded', choice: 1, correct: true, correctChoice: 1, streak: 4 },
    };
    const alert = alertText(reply);
    expect(alert.length).toBeLessThanOrEqual(200);
    expect(alert.startsWith('Correct: B\nOption B — +10 points.\nxxx')).toBe(true);
    expect(alert.endsWith('Streak: 4 days (best 9) · 70 points')).toBe(true);
  });

  it('a quiz poll stays within Telegram limits', () => {
    const poll = quizPoll(
      card({
        prompt: 'p'.repeat(400),
        options: ['o'.repeat(150), 'b', 'c', 'd'],
        explanation: 'a\nb\nc\nd' + 'e'.repeat(300),
      }),
      false,
    );
    expect(poll.question.length).toBe(300);
    expect(poll.options[0]!.text.length).toBe(100);
    expect(poll.other.explanation!.length).toBe(200);
    expect(poll.other.explanation!.split('\n')).toHaveLength(3);
    expect(poll.other).toMatchObject({ type: 'quiz', is_anonymous: false, correct_option_id: 2 });
  });
});
