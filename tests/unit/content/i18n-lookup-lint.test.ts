// /fact in Hindi and English, Devanagari or romanised; and `content lint` on translations.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent, normalizeKey, runContentCli } from '../../../src/content/index.ts';
import { repoRoot } from './helpers.ts';

const packs = path.join(repoRoot, 'tests', 'fixtures', 'packs');
const rail = await loadContent(path.join(packs, 'hindi'));

const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('/fact finds a topic typed in Hindi or English, in Devanagari or romanised', () => {
  it.each([
    ['शिंकानसेन', 'shinkansen-technology'],
    ['शिन्कानसेन', 'shinkansen-technology'], // half-nasal spelling
    ['shinkansen', 'shinkansen-technology'],
    ['bullet train', 'mahsr'],
    ['बुलेट ट्रेन', 'mahsr'],
    ['बुलेट ट्रेन परियोजना', 'mahsr'],
    ['मुंबई अहमदाबाद हाई स्पीड रेल', 'mahsr'],
    ['mumbai ahmedabad bullet train', 'mahsr'],
    ['शिंकानसेन प्रोद्योगिकी', 'shinkansen-technology'], // a typo: fuzzy in Devanagari too
  ])('/fact %s', (query, id) => {
    const r = rail.lookup(query);
    expect(r.kind, query).toBe('found');
    if (r.kind === 'found') expect(r.fact.id).toBe(id);
  });

  it('the Shinkansen is what both /fact शिंकानसेन and /fact bullet train show', () => {
    for (const q of ['शिंकानसेन', 'bullet train']) {
      const r = rail.lookup(q);
      expect(r.kind === 'found' && r.fact.text).toMatch(/Shinkansen/);
    }
  });

  it('folds nukta, chandrabindu, half nasals and Devanagari digits the way students type them', () => {
    expect(normalizeKey('ज़ापान')).toBe(normalizeKey('जापान'));
    expect(normalizeKey('जापान')).toBe('जापान');
    expect(normalizeKey('पहुँच')).toBe(normalizeKey('पहुंच'));
    expect(normalizeKey('हिन्दी')).toBe(normalizeKey('हिंदी'));
    expect(normalizeKey('५०० GW')).toBe('500 gw');
    expect(normalizeKey('भारत।जापान')).toBe('भारत जापान');
  });

  it('autocomplete matches Hindi and shows the title in the asked language', () => {
    expect(rail.autocomplete('शिंका', 5, 'hi')[0]).toEqual({
      id: 'shinkansen-technology',
      title: 'शिंकानसेन प्रौद्योगिकी',
    });
    expect(rail.autocomplete('बुलेट', 5)[0]).toEqual({
      id: 'mahsr',
      title: 'Mumbai-Ahmedabad High-Speed Rail (MAHSR)',
    });
  });
});

async function lint(dir: string): Promise<{ code: number; out: string }> {
  const lines: string[] = [];
  const code = await runContentCli(
    ['lint', dir],
    { log: (s) => lines.push(s), error: (s) => lines.push(s) },
    dir,
  );
  return { code, out: lines.join('\n') };
}

/** A copy of the every-format fixture with `edit(file text)` applied to one hi/ file. */
function editedCopy(file: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'studybot-i18n-lint-'));
  temps.push(dir);
  cpSync(path.join(packs, 'good'), dir, { recursive: true });
  const p = path.join(dir, 'formats', 'hi', file);
  writeFileSync(p, edit(readFileSync(p, 'utf8')));
  return dir;
}

describe('content lint reports missing or mismatched translations', () => {
  it('a complete, faithful translation: no findings, totals per language', async () => {
    const r = await lint(path.join(packs, 'good'));
    expect(r.code, r.out).toBe(0);
    expect(r.out).toContain('languages: en, hi');
    expect(r.out).toMatch(
      /hi: 5 of 5 questions, 3 facts, 1 mains prompts; key is the single longest option: 0 of 5/,
    );
  });

  it('a figure changed, Devanagari digits, a section cited wrongly, the key longest only in Hindi', async () => {
    const dir = editedCopy('questions-single.yaml', (t) =>
      t
        .replace(
          "'15 बिलियन डॉलर', '5.15 बिलियन डॉलर'",
          "'15 बिलियन डॉलर', '5.15 बिलियन डॉलर (FY24 का आंकड़ा)'",
        )
        .replace('5.15 बिलियन डॉलर का निर्यात', '५.१५ बिलियन डॉलर का निर्यात')
        .replace('(व्यापार)', '(कारोबार)'),
    );
    const r = await lint(dir);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(
      /error +translation-figures +hi: option D: figures 5\.15 in English but 24, 5\.15 here/,
    );
    expect(r.out).toMatch(/error +translation-figures +hi: explanation: Devanagari digits/);
    expect(r.out).toMatch(/error +translation-section +hi: explanation must cite "\(व्यापार\)"/);
    expect(r.out).toMatch(
      /warning +translation-longest +hi: the key \(D\) is the single longest option in hi but not in English/,
    );
  });

  it('missing and extra ids and a statement count that differs are findings, not a crash', async () => {
    const dir = editedCopy('questions-multi.yaml', (t) =>
      t
        .replace('  - id: f-how-many', '  - id: f-how-many-x')
        .replace(/\n {6}- \{ text: 'धर्म गार्जियन दोनों[^\n]*/, ''),
    );
    const r = await lint(dir);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/error +translation +.*question "f-how-many-x": no question with this id/);
    expect(r.out).toMatch(/error +translation +.*question "f-how-many": missing/);
    expect(r.out).toMatch(
      /error +translation +.*question "f-statements": 2 statements but the English question has 3/,
    );
    expect(r.out).toContain('languages: en, hi (draft or incomplete: not loaded)');
  });
});
