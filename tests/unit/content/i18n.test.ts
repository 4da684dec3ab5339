// Hindi translations of a pack: loaded from the fixture pack's hi/ folder, merged onto the English
// items by id, with UPSC's Hindi lead-ins and option sets generated from the English structure.
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import {
  ContentError,
  FORMAT_WORDING,
  hasLanguage,
  loadContent,
  localizeFact,
  localizeMains,
  localizeQuestion,
  mainsSections,
  questionBody,
  solutionLines,
} from '../../../src/content/index.ts';
import { repoRoot } from './helpers.ts';

const fixtures = path.join(repoRoot, 'tests', 'fixtures', 'packs', 'good');
const lib = await loadContent(fixtures);
const hi = (id: string) => localizeQuestion(lib.question(id)!, 'hi');

const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A copy of the fixture packs whose hi/ files `edit` changes; returns the load problems. */
async function problemsAfter(edit: (hiDir: string) => void): Promise<string[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'studybot-i18n-'));
  temps.push(dir);
  cpSync(fixtures, dir, { recursive: true });
  edit(path.join(dir, 'formats', 'hi'));
  const err = await loadContent(dir).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(ContentError);
  return (err as ContentError).problems;
}
function yamlEdit(file: string, change: (doc: Record<string, unknown[]>) => void): void {
  const doc = YAML.parse(readFileSync(file, 'utf8')) as Record<string, unknown[]>;
  change(doc);
  writeFileSync(file, YAML.stringify(doc));
}
const expectProblem = (problems: string[], ...parts: string[]) =>
  expect(
    problems.find((p) => parts.every((x) => p.includes(x))),
    `no problem with ${JSON.stringify(parts)} in:\n${problems.join('\n')}`,
  ).toBeDefined();

describe('a declared translation is merged onto the English pack by id', () => {
  it('the pack speaks English and Hindi; English items stay as they were', () => {
    expect(lib.packs[0]!.languages).toEqual(['en', 'hi']);
    const en = lib.question('f-statements')!;
    expect(localizeQuestion(en, 'en')).toBe(en);
    expect(en.options).toEqual(['1 only', '1 and 3 only', '2 and 3 only', '1, 2 and 3']);
    // the translation is not part of the English item's own data
    expect(JSON.stringify(en)).not.toMatch(/[\u0900-\u097f]/);
    expect(localizeQuestion(hi('f-statements'), 'en')).toBe(en);
  });

  it('statements: Hindi stem and statements, combination options generated from the English sets, same key', () => {
    const q = hi('f-statements');
    expect(q.lang).toBe('hi');
    expect(q.leadIn).toBe('उपर्युक्त कथनों में से कौन-सा/से सही है/हैं?');
    expect(q.options).toEqual(['केवल 1', 'केवल 1 और 3', 'केवल 2 और 3', '1, 2 और 3']);
    expect(q.answer).toBe(lib.question('f-statements')!.answer);
    expect(q.statements!.map((s) => s.correct)).toEqual([true, false, true]);
    expect(questionBody(q)).toEqual([
      'भारत-जापान रक्षा संबंधों के संदर्भ में, निम्नलिखित कथनों पर विचार कीजिए:',
      '1. मालाबार एक अभ्यास है जिसमें भारत और जापान भाग लेते हैं।',
      '2. जिमेक्स (JIMEX) एक अंतरिक्ष मिशन है।',
      '3. धर्म गार्जियन दोनों देशों का एक अभ्यास है।',
      'उपर्युक्त कथनों में से कौन-सा/से सही है/हैं?',
    ]);
    expect(solutionLines(q)).toEqual([
      '1. सही: संपादकीय मालाबार का उल्लेख करता है।',
      '2. गलत: जिमेक्स एक समुद्री अभ्यास है।',
      '3. सही: संपादकीय इसका उल्लेख करता है।',
      'संपादकीय तीन अभ्यासों के नाम देता है: मालाबार, धर्म गार्जियन और जिमेक्स।',
    ]);
  });

  it('how-many, pairs and assertion-reason: UPSC Hindi lead-ins and options, short poll forms', () => {
    expect(hi('f-how-many').leadIn).toBe('उपर्युक्त कथनों में से कितने सही हैं?');
    expect(hi('f-how-many').options).toEqual(['केवल एक', 'केवल दो', 'सभी तीन', 'कोई भी नहीं']);
    expect(hi('f-how-many').answer).toBe(1);
    expect(hi('f-pairs').leadIn).toBe('उपर्युक्त युग्मों में से कितने सही सुमेलित हैं?');
    expect(hi('f-pairs').options).toEqual(['केवल एक युग्म', 'केवल दो युग्म', 'सभी तीन युग्म', 'कोई भी युग्म नहीं']);
    expect(hi('f-pairs').columns).toEqual(['नाम', 'प्रकार']);
    const ar = hi('f-assertion-reason');
    expect(ar.leadIn).toBe('उपर्युक्त कथनों के संदर्भ में, निम्नलिखित में से कौन-सा एक सही है?');
    expect(ar.options).toEqual([
      'कथन-I और कथन-II दोनों सही हैं और कथन-II, कथन-I की सही व्याख्या करता है',
      'कथन-I और कथन-II दोनों सही हैं और कथन-II, कथन-I की सही व्याख्या नहीं करता है',
      'कथन-I सही है, किंतु कथन-II गलत है',
      'कथन-I गलत है, किंतु कथन-II सही है',
    ]);
    expect(ar.answer).toBe(2);
    for (const o of ar.pollOptions) expect(o.length).toBeLessThanOrEqual(100);
    expect(questionBody(ar)[1]).toMatch(/^कथन-I: संपादकीय/);
    expect(solutionLines(ar)[1]).toBe('कथन-II: गलत: वह 17.69 बिलियन डॉलर था।');
  });

  it('the 2- and 4-item option sets in Hindi', () => {
    const w = FORMAT_WORDING.hi;
    expect([[1], [2], [1, 2], []].map((s) => w.statementSet(s, 2))).toEqual([
      'केवल 1',
      'केवल 2',
      '1 और 2 दोनों',
      'न तो 1 और न ही 2',
    ]);
    expect(w.statementSet([1, 2, 4], 4)).toBe('केवल 1, 2 और 4');
    expect(w.statementSet([1, 2, 3, 4], 4)).toBe('1, 2, 3 और 4');
    expect(w.howMany[4]).toEqual(['केवल एक', 'केवल दो', 'केवल तीन', 'सभी चार']);
    expect(w.pairs[4]).toEqual(['केवल एक युग्म', 'केवल दो युग्म', 'केवल तीन युग्म', 'सभी चार युग्म']);
  });

  it('facts, mains prompts and section titles in Hindi', () => {
    const f = localizeFact(lib.fact('trade-gap')!, 'hi');
    expect(f.title).toBe('FY24 में व्यापार असंतुलन');
    expect(f.section).toBe('trade');
    const m = localizeMains(lib.mains[0]!, 'hi');
    expect(m.prompt).toBe('चर्चा कीजिए।');
    expect(mainsSections(m).map((s) => s.name)).toEqual([
      'भूमिका',
      'मुख्य भाग: रक्षा',
      'मुख्य भाग: व्यापार',
      'आगे की राह',
      'निष्कर्ष',
    ]);
    expect(lib.sectionTitle('measures', 'hi')).toBe('उपाय — व्यापार');
    expect(lib.sectionTitle('measures')).toBe('Measures — Trade');
  });

  it('a pack without a hi/ folder has no Hindi: its items come back in English', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'studybot-i18n-'));
    temps.push(dir);
    cpSync(fixtures, dir, { recursive: true });
    rmSync(path.join(dir, 'formats', 'hi'), { recursive: true });
    const en = await loadContent(dir);
    expect(en.packs[0]!.languages).toEqual(['en']);
    const q = en.question('f-pairs')!;
    expect(localizeQuestion(q, 'hi')).toBe(q);
    expect(hasLanguage(q, 'hi')).toBe(false);
    expect(hasLanguage(lib.question('f-pairs')!, 'hi')).toBe(true);
  });

  it('a hi/ folder without its pack.yaml is a draft: not loaded, English still works', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'studybot-i18n-'));
    temps.push(dir);
    cpSync(fixtures, dir, { recursive: true });
    unlinkSync(path.join(dir, 'formats', 'hi', 'pack.yaml'));
    unlinkSync(path.join(dir, 'formats', 'hi', 'facts.yaml'));
    const draft = await loadContent(dir);
    expect(draft.packs[0]!.languages).toEqual(['en']);
    expect(localizeQuestion(draft.question('f-single')!, 'hi').lang).toBeUndefined();
  });
});

describe('a declared translation must be complete: every problem names file, id and what is wrong', () => {
  const hiFile = (name: string) => `${path.sep}hi${path.sep}${name}`;

  it('a missing fact, an unknown question id, and a duplicate id across the questions files', async () => {
    const problems = await problemsAfter((dir) => {
      yamlEdit(path.join(dir, 'facts.yaml'), (d) => d.facts!.splice(1, 1));
      yamlEdit(path.join(dir, 'questions-single.yaml'), (d) =>
        d.questions!.push({ id: 'f-nope', explanation: 'x' }, { id: 'f-pairs', explanation: 'x' }),
      );
    });
    expectProblem(problems, hiFile('facts.yaml'), 'fact "trade-gap"', 'missing');
    expectProblem(problems, hiFile('questions-single.yaml'), 'question "f-nope"', 'no question with this id');
    expectProblem(
      problems,
      hiFile('questions-single.yaml'),
      'question "f-pairs"',
      'duplicate id',
      'questions-multi.yaml',
    );
  });

  it('counts and fields must match the English question', async () => {
    const problems = await problemsAfter((dir) => {
      yamlEdit(path.join(dir, 'questions-multi.yaml'), (d) => {
        const [st, hm, , ar] = d.questions as Record<string, unknown>[];
        (st!.statements as unknown[]).pop();
        delete st!.solution;
        hm!.options = ['a', 'b', 'c', 'd'];
        delete ar!.statementII;
      });
    });
    expectProblem(
      problems,
      hiFile('questions-multi.yaml'),
      'question "f-statements"',
      '2 statements but the English question has 3',
    );
    expectProblem(problems, 'question "f-statements"', 'missing "solution"');
    expectProblem(problems, 'question "f-how-many"', '"options" is not in the English question', 'generated');
    expectProblem(problems, 'question "f-assertion-reason"', 'missing "statementII"');
  });

  it('English limits hold for Hindi, a missing file and a mains answer of another shape are refused', async () => {
    const problems = await problemsAfter((dir) => {
      yamlEdit(path.join(dir, 'questions-single.yaml'), (d) => {
        (d.questions![0] as { options: string[] }).options[2] = 'क'.repeat(101);
      });
      yamlEdit(path.join(dir, 'mains.yaml'), (d) => {
        (d.mains![0] as { answer: { conclusion: string[] } }).answer.conclusion.push('और एक।');
      });
      unlinkSync(path.join(dir, 'facts.yaml'));
    });
    expectProblem(
      problems,
      hiFile('questions-single.yaml'),
      'question "f-single"',
      'options[2]',
      'at most 100',
    );
    expectProblem(
      problems,
      hiFile('mains.yaml'),
      'mains prompt "m-formats"',
      'answer.conclusion: 2 points but the English has 1',
    );
    expectProblem(problems, hiFile('facts.yaml'), 'file is missing');
  });
});
