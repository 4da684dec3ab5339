// A member's question (/suggest) checked by the pack's own schema, loader and lint rules: each
// problem is one sentence naming it, and a good question becomes the pack's QuestionInput.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ContentLibrary } from '../../src/content/index.ts';
import { answerLetter, checkSuggestion, splitOptions } from '../../src/core/suggest/validate.ts';
import { testContent } from '../helpers/core.ts';

let content: ContentLibrary;
beforeAll(async () => {
  content = await testContent();
});

const GOOD = {
  question: 'Which city hosts the semiconductor hub named in the communique? @everyone <b>bold</b>',
  options: 'A) Osaka\nB) Sendai\nC) Nagoya\nD) Fukuoka',
  answer: '(b)',
  explanation: 'Sendai hosts it, by the communique.',
  topic: '',
};

const problemOf = (values: Record<string, string>, lang: 'en' | 'hi' = 'en') => {
  const checked = checkSuggestion(content, values, lang);
  return checked.ok ? undefined : checked.problem;
};

describe('a suggestion as a pack question', () => {
  it('maps the form to a single-format QuestionInput, markup and mentions kept as plain text', () => {
    const checked = checkSuggestion(content, GOOD, 'en');
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.input).toMatchObject({
      format: 'single',
      prompt: GOOD.question,
      options: ['Osaka', 'Sendai', 'Nagoya', 'Fukuoka'],
      answer: 'B',
      explanation: GOOD.explanation,
    });
    expect(checked.question.answer).toBe(1);
  });

  it('files a question under the fact its topic names', () => {
    const fact = content.facts[0]!;
    const checked = checkSuggestion(content, { ...GOOD, topic: fact.title }, 'en');
    expect(checked.ok && checked.input.factId).toBe(fact.id);
    expect(checked.ok && checked.question.section).toBe(fact.section);
  });

  it('gives one sentence per problem', () => {
    expect(problemOf({ ...GOOD, question: 'Q'.repeat(10_000) })).toBe(
      '"Question" is too long: at most 300 characters, please.',
    );
    expect(problemOf({ ...GOOD, options: 'x\n'.repeat(5_000) })).toMatch(/"Four options.*" is too long/);
    expect(problemOf({ ...GOOD, options: 'Osaka\nSendai\nNagoya' })).toBe(
      'I need exactly 4 options, one per line; I found 3.',
    );
    expect(problemOf({ ...GOOD, answer: 'E' })).toBe('The right option must be one letter: A, B, C or D.');
    expect(problemOf({ ...GOOD, answer: '' })).toMatch(/"The right option: A, B, C or D" is missing/);
    expect(problemOf({ ...GOOD, options: 'Osaka\nSendai\nOSAKA\nKobe' })).toBe(
      'Options A and C are the same; the four options must differ.',
    );
    expect(problemOf({ ...GOOD, options: 'Osaka\nSendai in 2025\nNagoya\nKobe' })).toMatch(
      /^Only the right option has a number/,
    );
    expect(problemOf({ ...GOOD, explanation: 'a\nb\nc\nd' })).toBe(
      'The explanation may have at most 2 line breaks.',
    );
    expect(problemOf({ ...GOOD, topic: 'zzqx nothing' })).toMatch(/^I don't know the topic "zzqx nothing"/);
    expect(problemOf({ ...GOOD, options: 'Osaka\nSendai\nNagoya\n' + 'K'.repeat(101) })).toBe(
      '"Four options, one per line (A to D)" is too long: at most 100 characters, please.',
    );
    expect(problemOf({ ...GOOD, answer: 'E' }, 'hi')).toBe('सही विकल्प एक अक्षर होना चाहिए: A, B, C या D।');
  });

  it('reads options one per line or separated by |, and the letter in any usual form', () => {
    expect(splitOptions('(a) x | (b) y | c. z | d: w')).toEqual(['x', 'y', 'z', 'w']);
    expect(splitOptions('1 and 2 only\n2 only\n\n3 only\nNone')).toEqual([
      '1 and 2 only',
      '2 only',
      '3 only',
      'None',
    ]);
    expect(['a', '(B)', 'c.', 'D'].map(answerLetter)).toEqual(['A', 'B', 'C', 'D']);
    expect(['E', 'AB', '1', ''].map(answerLetter)).toEqual([undefined, undefined, undefined, undefined]);
  });
});
