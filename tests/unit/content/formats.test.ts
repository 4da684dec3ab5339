// UPSC question formats: loaded from a fixture pack with one question of each format, rendered as
// text, and sent as a Telegram quiz poll within the platform's limits.
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TELEGRAM_LIMITS, quizPoll, renderReply } from '../../../src/adapters/telegram/render.ts';
import {
  AR_OPTIONS,
  ContentError,
  LEAD_INS,
  loadContent,
  questionBody,
  solutionLines,
} from '../../../src/content/index.ts';
import { questionCard } from '../../../src/core/replies.ts';
import { miniPack, removeTempContent, repoRoot, writeContent } from './helpers.ts';

afterAll(removeTempContent);

const fixtures = path.join(repoRoot, 'tests', 'fixtures', 'packs', 'good');
const lib = await loadContent(fixtures);
const q = (id: string) => lib.question(id)!;

describe('formats: keys, lead-ins and options come from the statements', () => {
  it('statements: the key is the option naming exactly the correct statements', () => {
    const s = q('f-statements');
    expect(s.format).toBe('statements');
    expect(s.leadIn).toBe('Which of the statements given above is/are correct?');
    expect(s.options[s.answer]).toBe('1 and 3 only');
    expect(s.paper).toBe('GS-II');
  });

  it('how-many and pairs: UPSC option sets, key = number correct', () => {
    expect(q('f-how-many').options).toEqual(['Only one', 'Only two', 'All three', 'None']);
    expect(q('f-how-many').answer).toBe(1);
    expect(q('f-pairs').options).toEqual([
      'Only one pair',
      'Only two pairs',
      'All three pairs',
      'None of the pairs',
    ]);
    expect(q('f-pairs').answer).toBe(2);
    expect(q('f-pairs').leadIn).toBe(LEAD_INS.pairs);
  });

  it('assertion-reason: the four standard options, short forms for the poll', () => {
    const ar = q('f-assertion-reason');
    expect(ar.options).toEqual(AR_OPTIONS);
    expect(ar.answer).toBe(2); // I correct, II incorrect
    expect(ar.pollOptions[2]).toBe('I correct, II incorrect');
    expect(ar.proposal).toBe(true);
  });

  it('text surfaces show numbered statements, the pairs table and Statement-I/II, then the lead-in', () => {
    expect(questionBody(q('f-statements'))).toEqual([
      'With reference to India-Japan defence ties, consider the following statements:',
      '1. Malabar is an exercise India and Japan take part in.',
      '2. JIMEX is a space mission.',
      '3. Dharma Guardian is an exercise of the two countries.',
      'Which of the statements given above is/are correct?',
    ]);
    expect(questionBody(q('f-pairs'))).toContain('Name — Kind');
    expect(questionBody(q('f-pairs'))).toContain('3. Dharma Guardian — Exercise');
    expect(questionBody(q('f-assertion-reason'))[1]).toMatch(/^Statement-I: The editorial proposes/);
    expect(solutionLines(q('f-statements'))).toEqual([
      '1. Correct: The editorial lists Malabar.',
      '2. Incorrect: JIMEX is a maritime exercise.',
      '3. Correct: The editorial lists it.',
      'The editorial names three exercises: Malabar, Dharma Guardian and JIMEX.',
    ]);
  });
});

describe('Telegram: every multi format fits a quiz poll, with the statements in the message before it', () => {
  it.each(['f-statements', 'f-how-many', 'f-pairs', 'f-assertion-reason'])('%s', (id) => {
    const card = questionCard(q(id), 'daily', '1', 'Defence');
    const poll = quizPoll(card, false);
    expect(poll.question).toBe(q(id).leadIn);
    expect(poll.question.length).toBeLessThanOrEqual(TELEGRAM_LIMITS.pollQuestion);
    for (const o of poll.options) {
      expect(o.text.length).toBeLessThanOrEqual(TELEGRAM_LIMITS.pollOption);
      expect(o.text).not.toMatch(/…$/); // nothing cut
    }
    expect(poll.other.explanation!.length).toBeLessThanOrEqual(TELEGRAM_LIMITS.pollExplanation);
    expect(poll.other.correct_option_id).toBe(q(id).answer);
    const message = renderReply(
      { visibility: 'public', tone: 'info', lines: [], question: card },
      {
        omitQuestion: true,
        statementsBeforePoll: true,
      },
    ).join('\n');
    for (const line of questionBody(q(id)).slice(1, -1))
      expect(message).toContain(line.replace(/&/g, '&amp;'));
    // the verdicts are not in the card's public text
    expect(card.prompt).not.toMatch(/Correct:|Incorrect:/);
  });
});

describe('format rules: one clear problem naming the question', () => {
  async function problems(question: Record<string, unknown>): Promise<string[]> {
    const p = miniPack();
    p.questions.questions.push({
      id: 'q-x',
      factId: 'alpha',
      paper: 'GS-II',
      topic: 'T',
      difficulty: 'easy',
      explanation: 'x (Section One)',
      ...question,
    } as never);
    const err = await loadContent(writeContent({ mini: p })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ContentError);
    return (err as ContentError).problems.filter((m) => m.includes('question "q-x"'));
  }
  const st = (correct: boolean, text = 'A statement.') => ({ text, correct, why: 'Why.' });

  it.each([
    [
      { format: 'how-many', prompt: 'P', statements: [st(true), st(false), st(true)], answer: 'A' },
      'does not take "answer"',
    ],
    [
      {
        format: 'pairs',
        prompt: 'P',
        pairs: [1, 2, 3].map((n) => ({ left: `L${n}`, right: 'R', correct: true, why: 'W' })),
        options: ['a', 'b', 'c', 'd'],
      },
      'does not take "options"',
    ],
    [
      { format: 'statements', prompt: 'P', options: ['1 only', '2 only', 'Both 1 and 2', 'Neither 1 nor 2'] },
      'needs "statements"',
    ],
    [{ format: 'assertion-reason', statementI: st(false), statementII: st(false) }, 'both incorrect'],
    [{ format: 'assertion-reason', statementI: st(true), statementII: st(true) }, 'explains is required'],
    [
      { format: 'how-many', prompt: 'P', statements: [st(false), st(false), st(false), st(false)] },
      'at least one correct',
    ],
    [
      {
        format: 'statements',
        prompt: 'P',
        statements: [st(true), st(false), st(true)],
        options: ['1 only', '2 only', '3 only', '1, 2 and 3'],
      },
      'no option names the correct statements: add "1 and 3 only"',
    ],
    [
      {
        format: 'statements',
        prompt: 'P',
        statements: [st(true), st(false), st(true)],
        options: ['1 only', '1 & 3', '3 only', '1, 2 and 3'],
      },
      'option B "1 & 3" is not in UPSC\'s wording: write "1 and 3 only"',
    ],
    [
      {
        format: 'statements',
        prompt: 'P',
        statements: [st(true), st(false)],
        options: ['2 only', '1 only', 'Both 1 and 2', 'Neither 1 nor 2'],
      },
      'in this order',
    ],
    [{ prompt: 'P', options: ['a', 'b', 'c', 'd'] }, 'format single needs "answer"'],
  ])('%j', async (question, message) => {
    const found = await problems(question);
    expect(found.join('\n')).toContain(message);
  });
});
