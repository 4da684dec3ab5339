import { describe, expect, it } from 'vitest';
import {
  ContentLibrary,
  dateOfDayIndex,
  dayIndex,
  type Fact,
  type Pack,
  type Question,
} from '../../../src/content/index.ts';
import { library, mainsAnswer } from './helpers.ts';

const lib = await library();

function datesFrom(start: string, days: number): string[] {
  const d0 = dayIndex(start);
  return Array.from({ length: days }, (_, i) => dateOfDayIndex(d0 + i));
}

/** A library with the same packs but every list reversed: load order must not matter. */
function reversed(packs: Pack[]): ContentLibrary {
  return new ContentLibrary(
    [...packs].reverse().map((p) => ({
      ...p,
      facts: [...p.facts].reverse(),
      questions: [...p.questions].reverse(),
      mains: [...p.mains].reverse(),
    })),
  );
}

/** A synthetic pack where conflicts are frequent: few facts, two questions per fact. */
function tightPack(nFacts: number): Pack {
  const facts: Fact[] = Array.from({ length: nFacts }, (_, i) => ({
    id: `f-${i}`,
    title: `Fact ${i}`,
    aliases: [],
    text: `Fact ${i}`,
    section: 's',
    proposal: false,
    tags: ['prelims'],
  }));
  const questions: Question[] = facts.flatMap((f, i) =>
    [0, 1].map((k) => ({
      id: `q-${i}-${k}`,
      prompt: `Q ${i} ${k}`,
      format: 'single' as const,
      paper: 'GS-II' as const,
      topic: 'T',
      proposal: false,
      options: ['a', 'b', 'c', 'd'],
      pollOptions: ['a', 'b', 'c', 'd'],
      answer: k,
      explanation: 'e (S)',
      factId: f.id,
      section: 's',
      difficulty: 'easy' as const,
    })),
  );
  return {
    id: 'tight',
    title: 'T',
    source: 'S',
    sections: [{ id: 's', title: 'S' }],
    facts,
    questions,
    mains: [
      { id: 'm-a', kind: 'editorial', paper: 'GS-II', prompt: 'A', answer: mainsAnswer() },
      { id: 'm-b', kind: 'pyq', year: 2020, paper: 'GS-II', prompt: 'B', answer: mainsAnswer() },
    ],
  };
}

describe('day index', () => {
  it('counts days since 1970-01-01 and rejects malformed dates', () => {
    expect(dayIndex('1970-01-01')).toBe(0);
    expect(dayIndex('1970-01-02')).toBe(1);
    expect(dayIndex('1969-12-31')).toBe(-1);
    expect(dayIndex('2025-09-01')).toBe(20332);
    expect(dateOfDayIndex(20332)).toBe('2025-09-01');
    for (const bad of ['2025-02-30', '2025-9-1', '01/09/2025', '', '2025-13-01', '2025-09-01T00:00']) {
      expect(() => dayIndex(bad), bad).toThrow(RangeError);
      expect(() => lib.daily(bad), bad).toThrow(RangeError);
    }
  });
});

describe('daily rotation', () => {
  const twoYears = datesFrom('2025-01-01', 731);

  it('is deterministic: same answer across loads, and load order does not matter', () => {
    const other = reversed(lib.packs);
    for (const d of twoYears) {
      const a = lib.daily(d);
      const b = other.daily(d);
      expect(b.fact.id, d).toBe(a.fact.id);
      expect(b.question.id, d).toBe(a.question.id);
      expect(lib.daily(d).question.id).toBe(a.question.id); // repeated calls
    }
  });

  it('is pinned for a synthetic pack (guards against algorithm drift across machines)', () => {
    const t = new ContentLibrary([tightPack(5)]);
    const got = datesFrom('2025-09-01', 4).map((d) => `${t.daily(d).fact.id}/${t.daily(d).question.id}`);
    expect(got).toMatchInlineSnapshot(`
      [
        "f-3/q-0-1",
        "f-2/q-3-1",
        "f-4/q-2-1",
        "f-0/q-1-0",
      ]
    `);
  });

  it('does not repeat a fact within any N consecutive days (N = number of facts)', () => {
    const n = lib.facts.length;
    // aligned cycles and windows starting on arbitrary days (a community may start any day)
    const starts = [0, 1, 7, 13, n - 1].map((k) => Math.floor(dayIndex('2025-01-01') / n) * n + k);
    starts.push(dayIndex('2025-09-01'), dayIndex('2026-02-28'), dayIndex('2030-12-31'));
    for (const s of starts) {
      const ids = new Set<string>();
      for (let d = s; d < s + n; d++) ids.add(lib.daily(dateOfDayIndex(d)).fact.id);
      expect(ids.size, `window from ${dateOfDayIndex(s)}`).toBe(n);
    }
  });

  it('does not repeat a question within a cycle of M days (M = number of questions)', () => {
    const m = lib.questions.length;
    const first = Math.floor(dayIndex('2025-01-01') / m);
    for (let c = first; c < first + 8; c++) {
      const ids = new Set<string>();
      for (let d = c * m; d < (c + 1) * m; d++) ids.add(lib.daily(dateOfDayIndex(d)).question.id);
      expect(ids.size, `cycle ${c}`).toBe(m);
    }
  });

  it('never posts a question that tests the fact of the same day (2 years of dates)', () => {
    for (const d of twoYears) {
      const { fact, question } = lib.daily(d);
      expect(question.factId, d).not.toBe(fact.id);
    }
  });

  it('never shows the same fact two days running', () => {
    for (let i = 1; i < twoYears.length; i++) {
      expect(lib.daily(twoYears[i]!).fact.id).not.toBe(lib.daily(twoYears[i - 1]!).fact.id);
    }
  });

  it('keeps both rules when conflicts are frequent (3 facts, 6 questions)', () => {
    const t = new ContentLibrary([tightPack(3)]);
    for (const d of twoYears) {
      const { fact, question } = t.daily(d);
      expect(question.factId, d).not.toBe(fact.id);
    }
    const m = t.questions.length;
    const first = Math.floor(dayIndex('2025-01-01') / m);
    for (let c = first; c < first + 100; c++) {
      const ids = new Set<string>();
      for (let d = c * m; d < (c + 1) * m; d++) ids.add(t.daily(dateOfDayIndex(d)).question.id);
      expect(ids.size).toBe(m);
    }
  });

  it('depends on the pack id (seed)', () => {
    const a = new ContentLibrary([tightPack(20)]);
    const b = new ContentLibrary([{ ...tightPack(20), id: 'other-pack' }]);
    const seqA = twoYears.slice(0, 20).map((d) => a.daily(d).fact.id);
    const seqB = twoYears.slice(0, 20).map((d) => b.daily(d).fact.id);
    expect(seqA).not.toEqual(seqB);
  });
});

describe('weekly mains and practice questions', () => {
  it('gives one mains prompt per Monday-based week and uses both prompts', () => {
    const week = datesFrom('2025-09-01', 7); // Monday .. Sunday
    const ids = new Set(week.map((d) => lib.mainsOfWeek(d).id));
    expect(ids.size).toBe(1);
    expect(lib.mainsOfWeek('2025-09-08').id).not.toBe(lib.mainsOfWeek('2025-09-07').id);
    const seen = new Set(datesFrom('2025-01-06', 70).map((d) => lib.mainsOfWeek(d).id));
    expect(seen).toEqual(new Set(lib.mains.map((m) => m.id)));
  });

  it('randomQuestion uses the given random source and stays in range', () => {
    expect(lib.randomQuestion(() => 0)).toBe(lib.questions[0]);
    expect(lib.randomQuestion(() => 0.999999)).toBe(lib.questions[lib.questions.length - 1]);
    expect(lib.randomQuestion(() => 1)).toBe(lib.questions[lib.questions.length - 1]);
    expect(lib.randomQuestion(() => Number.NaN)).toBe(lib.questions[0]);
    expect(lib.questions).toContain(lib.randomQuestion());
  });
});
