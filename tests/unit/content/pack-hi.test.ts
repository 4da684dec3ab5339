// The India-Japan pack in Hindi: every item in both languages with the same option order, every
// figure identical to the English item's, and Telegram's quiz-poll limits holding for the Hindi text.
// The figure and poll checks run over the Hindi present (a lenient load); the completeness check
// needs the whole declared translation (hi/pack.yaml, facts, questions*, mains).
import { describe, expect, it } from 'vitest';
import { TELEGRAM_LIMITS, quizPoll } from '../../../src/adapters/telegram/render.ts';
import {
  factFields,
  figureMismatches,
  loadContent,
  localizeQuestion,
  mainsFields,
  numbersIn,
  questionFields,
  type Question,
} from '../../../src/content/index.ts';
import { questionCard } from '../../../src/core/replies.ts';
import { contentDir, library } from './helpers.ts';

const present = (await loadContent(contentDir, { translations: 'lenient' })).packs.find(
  (p) => p.id === 'india-japan',
)!;
const hindi = present.questions.flatMap((q) => (q.i18n?.hi ? [[q, q.i18n.hi] as [Question, Question]] : []));

describe('India-Japan in Hindi: figures and poll limits of every Hindi item present', () => {
  it('has Hindi questions to check', () => {
    expect(hindi.length).toBeGreaterThanOrEqual(52);
  });

  it('every Hindi item has exactly the numbers of its English item, field by field, in 0-9 digits', () => {
    const bad: string[] = [];
    for (const [en, hi] of hindi)
      bad.push(...figureMismatches(questionFields(en), questionFields(hi)).map((m) => `${en.id}: ${m}`));
    for (const f of present.facts) {
      const hi = f.i18n?.hi;
      if (!hi) continue;
      bad.push(...figureMismatches(factFields(f), factFields(hi)).map((m) => `fact ${f.id}: ${m}`));
      // aliases may add romanised forms, never a figure the fact does not have
      const own = new Set(numbersIn([f.title, f.text, ...f.aliases].join('\n')));
      for (const n of numbersIn(hi.aliases.join('\n')))
        if (!own.has(n)) bad.push(`fact ${f.id}: alias figure ${n}`);
    }
    for (const m of present.mains) {
      const hi = m.i18n?.hi;
      if (hi)
        bad.push(...figureMismatches(mainsFields(m), mainsFields(hi)).map((x) => `mains ${m.id}: ${x}`));
    }
    expect(bad).toEqual([]);
  });

  it('the extraction refuses Devanagari digits', () => {
    expect(figureMismatches([['text', 'USD 68 billion']], [['text', '६८ बिलियन डॉलर']])).toEqual([
      'text: Devanagari digits; write figures as 0-9',
      'text: figures 68 in English but (none) here',
    ]);
  });

  it('every Hindi question fits a Telegram quiz poll without a character cut (300 / 100 / 200)', () => {
    for (const [en, hi] of hindi) {
      const poll = quizPoll(questionCard(hi, 'daily', '1', 'x'), false);
      const asked = hi.format === 'single' ? hi.prompt : hi.leadIn!;
      expect(asked.length, en.id).toBeLessThanOrEqual(TELEGRAM_LIMITS.pollQuestion);
      expect(poll.question, en.id).toBe(asked);
      expect(
        poll.options.map((o) => o.text),
        en.id,
      ).toEqual(hi.pollOptions);
      for (const o of hi.pollOptions) expect(o.length, en.id).toBeLessThanOrEqual(TELEGRAM_LIMITS.pollOption);
      expect(hi.explanation.length, en.id).toBeLessThanOrEqual(TELEGRAM_LIMITS.pollExplanation);
      expect((hi.explanation.match(/\n/g) ?? []).length, en.id).toBeLessThanOrEqual(2);
      expect(poll.other.explanation, en.id).toBe(hi.explanation);
      expect(poll.other.correct_option_id).toBe(en.answer);
    }
  });
});

describe('Done when: every pack item has both languages, with the same option order', () => {
  it('the shipped pack declares a complete Hindi translation and every item has it', async () => {
    const lib = await library();
    for (const pack of lib.packs) {
      expect(pack.languages, pack.id).toEqual(['en', 'hi']);
      for (const s of pack.sections) expect(s.i18n?.hi?.title, s.id).toBeTruthy();
      for (const f of pack.facts) expect(f.i18n?.hi?.text, f.id).toBeTruthy();
      for (const m of pack.mains) expect(m.i18n?.hi?.prompt, m.id).toBeTruthy();
      for (const q of pack.questions) {
        const hi = localizeQuestion(q, 'hi');
        expect(hi.lang, q.id).toBe('hi');
        expect(hi.answer, q.id).toBe(q.answer);
        expect(hi.options, q.id).toHaveLength(4);
        // same order: a combination option names the same statements in both languages
        if (q.format === 'statements')
          expect(
            hi.options.map((o) => numbersIn(o)),
            q.id,
          ).toEqual(q.options.map((o) => numbersIn(o)));
        expect(
          (hi.statements ?? []).map((s) => s.correct),
          q.id,
        ).toEqual((q.statements ?? []).map((s) => s.correct));
        expect(
          (hi.pairs ?? []).map((p) => p.correct),
          q.id,
        ).toEqual((q.pairs ?? []).map((p) => p.correct));
        if (q.format !== 'single') expect(hi.leadIn).not.toBe(q.leadIn);
      }
    }
  });

  it('/fact शिंकानसेन and /fact bullet train both find a fact about the Shinkansen', async () => {
    const lib = await library();
    for (const query of ['शिंकानसेन', 'bullet train']) {
      const r = lib.lookup(query);
      expect(r.kind, query).toBe('found');
      if (r.kind === 'found') expect(r.fact.text, query).toContain('Shinkansen');
    }
  });
});
