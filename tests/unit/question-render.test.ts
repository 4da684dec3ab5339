// Every question of the shipped pack, rendered for every platform, stays inside the platform's real
// limits without losing a word: the Telegram quiz poll (question <= 300, options <= 100, explanation
// <= 200 with at most 2 line feeds), the message the poll replies to, the Discord embed (description
// <= 4096, total <= 6000, button ids <= 100) and the terminal at 80 columns; and the solution a
// member gets after answering carries every statement's verdict and reason.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderText } from '../../src/adapters/console/render.ts';
import { renderMessage } from '../../src/adapters/discord/render.ts';
import { quizPoll, renderReply, TAP_BUDGET } from '../../src/adapters/telegram/render.ts';
import { loadContent, type ContentLibrary, type Question } from '../../src/content/index.ts';
import { questionCard } from '../../src/core/replies.ts';
import { solutionReply } from '../../src/core/solution.ts';
import { answerPayload, encodeTap } from '../../src/core/taps/index.ts';
import type { QuestionCard, Reply } from '../../src/core/types.ts';
import { parseTelegramHtml } from '../e2e/fakes/telegram-server.ts';

// Button data as the Telegram adapter writes it, through the core's tap codec.
const answerData = (c: QuestionCard, choice: number) => encodeTap(answerPayload(c, choice), TAP_BUDGET);

let content: ContentLibrary;
beforeAll(async () => {
  content = await loadContent(path.resolve(import.meta.dirname, '..', '..', 'content'));
});

const card = (q: Question, kind: QuestionCard['kind']) =>
  questionCard(
    q,
    kind,
    kind === 'daily' ? '2147483647' : q.id,
    content.section(q.section)?.title ?? q.section,
    new Date('2026-11-28T18:30:00Z'),
  );

/** The day's post as the scheduler builds it: the fact, then the question. */
const daily = (q: Question): Reply => {
  const fact = content.fact(q.factId)!;
  return {
    visibility: 'public',
    tone: 'info',
    title: 'Daily fact · Fri, 27 Nov 2026',
    lines: [fact.title, fact.text],
    footer: 'Answer before midnight (Asia/Kolkata) to keep your streak.',
    question: card(q, 'daily'),
  };
};

/** What a member who answered wrongly sees: the verdict, the explanation, the streak and the solution. */
const answered = (q: Question): Reply => {
  const c = card(q, 'daily');
  return {
    visibility: 'ephemeral',
    tone: 'error',
    title: 'Not quite: the answer is (d)',
    lines: [`${q.options[q.answer]}.`, q.explanation, 'Streak: 12 days (best 40) · 1230 points'],
    answer: { status: 'recorded', choice: 0, correct: false, correctChoice: q.answer, solution: c.solution },
  };
};

/** Every text the member must be able to read in the question's body. */
const bodyTexts = (q: Question): string[] => [
  q.prompt,
  ...(q.statements ?? []).map((s) => s.text),
  ...(q.pairs ?? []).flatMap((p) => [p.left, p.right]),
  ...(q.statementI && q.statementII ? [q.statementI.text, q.statementII.text] : []),
];
/** Every reason the solution must carry. */
const whys = (q: Question): string[] => [
  ...(q.statements ?? []).map((s) => s.why),
  ...(q.pairs ?? []).map((p) => p.why),
  ...(q.statementI && q.statementII ? [q.statementI.why, q.statementII.why] : []),
  ...(q.solution ? [q.solution] : []),
];
const flat = (s: string) => s.replace(/\s+/g, ' ');

describe('every shipped question on Telegram', () => {
  it('has a quiz poll within the limits that asks the lead-in with the short options, nothing cut', () => {
    expect(content.questions.length).toBeGreaterThanOrEqual(110);
    for (const q of content.questions) {
      const poll = quizPoll(card(q, 'daily'), false);
      expect(poll.question.length, q.id).toBeLessThanOrEqual(300);
      expect(poll.question, q.id).toBe(q.format === 'single' ? q.prompt : q.leadIn);
      expect(
        poll.options.map((o) => o.text),
        q.id,
      ).toEqual(q.pollOptions);
      for (const o of poll.options) expect(o.text.length, q.id).toBeLessThanOrEqual(100);
      const explanation = poll.other.explanation ?? '';
      expect(explanation.length, q.id).toBeLessThanOrEqual(200);
      expect((explanation.match(/\n/g) ?? []).length, q.id).toBeLessThanOrEqual(2);
      expect(explanation, q.id).toBe(q.explanation);
      expect(poll.other.correct_option_id, q.id).toBe(q.answer);
    }
  });

  it('sends a multi-statement body in a message of its own before the poll, without spoiling it', () => {
    for (const q of content.questions.filter((x) => x.format !== 'single')) {
      const parts = renderReply(daily(q), { omitQuestion: true, statementsBeforePoll: true });
      expect(parts.length, q.id).toBe(2);
      for (const p of parts) expect(p.length, q.id).toBeLessThanOrEqual(4096);
      const [fact, body] = parts.map(parseTelegramHtml) as [string, string];
      expect(fact, q.id).not.toContain(q.prompt);
      for (const text of bodyTexts(q)) expect(flat(body), q.id).toContain(flat(text));
      // UPSC numbers statements 1, 2, 3; the poll asks the lead-in, so the message does not repeat it.
      if (q.statements) expect(body, q.id).toMatch(/^1\. /m);
      expect(body, q.id).not.toContain(q.leadIn!);
      for (const why of whys(q)) expect(flat(body), q.id).not.toContain(flat(why));
    }
  });

  it('shows the whole question with options (a)-(d) where buttons answer it, button data within 64 bytes', () => {
    for (const q of content.questions) {
      for (const kind of ['daily', 'practice'] as const) {
        const reply = { ...daily(q), question: card(q, kind) };
        const parts = renderReply(reply);
        for (const p of parts) expect(p.length, q.id).toBeLessThanOrEqual(4096);
        const shown = flat(parts.map(parseTelegramHtml).join('\n'));
        for (const text of bodyTexts(q)) expect(shown, q.id).toContain(flat(text));
        q.options.forEach((o, i) => expect(shown, q.id).toContain(`(${'abcd'[i]}) ${flat(o)}`));
        for (const i of [0, 1, 2, 3])
          expect(Buffer.byteLength(answerData(card(q, kind), i)), q.id).toBeLessThanOrEqual(64);
      }
    }
  });

  it('sends the full solution privately and to the group at close, every reason in valid messages', () => {
    for (const q of content.questions) {
      for (const reply of [answered(q), solutionReply(q, 'Solution · Fri, 27 Nov 2026’s question')]) {
        const parts = renderReply(reply);
        for (const p of parts) expect(p.length, q.id).toBeLessThanOrEqual(4096);
        const shown = flat(parts.map(parseTelegramHtml).join('\n'));
        for (const why of whys(q)) expect(shown, q.id).toContain(flat(why));
      }
    }
  });
});

describe('every shipped question on Discord', () => {
  const size = (e: {
    title?: string;
    description?: string;
    footer?: { text: string };
    fields?: { name: string; value: string }[];
  }) =>
    (e.title ?? '').length +
    (e.description ?? '').length +
    (e.footer?.text.length ?? 0) +
    (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
  const readable = (s: string) => flat(s.replace(/\\(.)/g, '$1').replace(/\*\*?/g, ''));

  it('has an embed within the limits listing the statements, pairs or Statement-I/II, and buttons (a)-(d)', () => {
    for (const q of content.questions) {
      for (const kind of ['daily', 'practice'] as const) {
        const message = renderMessage({ ...daily(q), question: card(q, kind) });
        const embed = message.embeds[0]!;
        expect(embed.description!.length, q.id).toBeLessThanOrEqual(4096);
        expect(size(embed as never), q.id).toBeLessThanOrEqual(6000);
        const shown = readable(embed.description!);
        for (const text of bodyTexts(q)) expect(shown, q.id).toContain(readable(text));
        q.options.forEach((o, i) => expect(shown, q.id).toContain(`(${'abcd'[i]}) ${readable(o)}`));
        const buttons = message.components[0]!.components as { custom_id: string; label: string }[];
        expect(buttons.map((b) => b.label)).toEqual(['(a)', '(b)', '(c)', '(d)']);
        for (const b of buttons) expect(b.custom_id.length, q.id).toBeLessThanOrEqual(100);
        for (const why of whys(q)) expect(shown, q.id).not.toContain(readable(why));
      }
    }
  });

  it('puts the full solution in the ephemeral answer, within the limits', () => {
    for (const q of content.questions) {
      const embed = renderMessage(answered(q)).embeds[0]!;
      expect(embed.description!.length, q.id).toBeLessThanOrEqual(4096);
      expect(size(embed as never), q.id).toBeLessThanOrEqual(6000);
      const shown = readable(embed.description!);
      for (const why of whys(q)) expect(shown, q.id).toContain(readable(why));
    }
  });
});

describe('every shipped question in the terminal', () => {
  it('fits 80 columns, question and solution, pairs as a table, without losing a word', () => {
    for (const q of content.questions) {
      for (const reply of [daily(q), answered(q)]) {
        const text = renderText(reply);
        const question = reply.question ? text.slice(text.indexOf('Question:')) : text;
        for (const line of question.split('\n'))
          expect(line.length, `${q.id}: ${line}`).toBeLessThanOrEqual(80);
        const words = (s: string) => s.split(/[\s|+-]+/).filter(Boolean);
        const shown = new Set(words(text));
        const expected = reply.question ? bodyTexts(q) : whys(q);
        for (const t of expected) for (const w of words(t)) expect(shown.has(w), `${q.id}: ${w}`).toBe(true);
      }
      if (q.pairs) {
        const lines = renderText(daily(q)).split('\n');
        const rows = lines.filter((l) => / \| /.test(l));
        // One table: every row's column divider in the same place.
        expect(new Set(rows.map((l) => l.indexOf(' | '))).size, q.id).toBe(1);
        expect(rows.length, q.id).toBeGreaterThanOrEqual(q.pairs.length);
      }
    }
  });
});
