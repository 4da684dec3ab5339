import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogKeys, count, num, t, type MessageKey } from '../../src/core/i18n/index.ts';
import { en } from '../../src/core/i18n/en/index.ts';

/**
 * Sample parameters for a sentence, read from the parameter names its English text uses: numbers
 * for the names that hold numbers, a flag for the yes/no ones, a list for `items`, text otherwise.
 * Every number is a large one, so grouping (12,345) shows too.
 */
function sampleParams(key: MessageKey, n: number): Record<string, unknown> {
  const source = String(en[key]);
  const names = new Set([...source.matchAll(/\bp\.(\w+)/g)].map((m) => m[1]!));
  const numeric =
    /^(n|length|max|rank|points|answered|correct|streak|best|current|day|days|pct|place|year|answers|daily|dailyOf|practice|practiceOf)$/;
  const params: Record<string, unknown> = {};
  for (const name of names) {
    if (name === 'items') params[name] = ['Asia/Kolkata', 'Asia/Colombo'];
    else if (name === 'admin' || name === 'admins' || (name === 'correct' && key === 'answer.duplicate'))
      params[name] = true;
    else if (numeric.test(name)) params[name] = n;
    // One-of parameters (a language, where a choice came from) take one of their values.
    else if (name === 'lang') params[name] = 'hi';
    else if (name === 'why') params[name] = 'platform';
    else params[name] = `«${name}»`;
  }
  return params;
}

const say = (lang: 'en' | 'hi', key: MessageKey, params: Record<string, unknown>) =>
  (t as (l: string, k: string, p: unknown) => string)(lang, key, params);

/** The numbers of a text, grouping commas removed, in order of value (word order differs by language). */
const digits = (text: string) => (text.replace(/(\d),(?=\d)/g, '$1').match(/\d+/g) ?? []).sort().join(' ');

describe('message catalog', () => {
  it('has every key in both languages', () => {
    expect(catalogKeys('hi').sort()).toEqual(catalogKeys('en').sort());
    for (const key of catalogKeys('en') as MessageKey[]) {
      const params = sampleParams(key, 12345);
      expect(say('en', key, params), key).not.toBe('');
      expect(say('hi', key, params), key).not.toBe('');
    }
  });

  it('gives every sentence the same figures in English and Hindi', () => {
    for (const key of catalogKeys('en') as MessageKey[]) {
      for (const n of [1, 12345, 1234567]) {
        const params = sampleParams(key, n);
        expect(digits(say('hi', key, params)), key).toBe(digits(say('en', key, params)));
      }
    }
  });

  it('writes Hindi sentences in Devanagari, not English left untranslated', () => {
    // Names, commands and codes stay as typed; every sentence with words of its own has Devanagari.
    const sameByDesign =
      /^(command\.\w+\.usage|card\.brand|help\.line|stats\.(split|score)|zone\.or|render\.continued)$/;
    for (const key of catalogKeys('en') as MessageKey[]) {
      if (sameByDesign.test(key) || (key.startsWith('command.') && key.endsWith('.usage'))) continue;
      const hindi = say('hi', key, sampleParams(key, 3));
      if (!/[a-z]{3}/i.test(say('en', key, sampleParams(key, 3)).replace(/«\w+»|\/\w+/g, ''))) continue;
      expect(hindi, key).toMatch(/[\u0900-\u097f]/);
    }
  });

  it('groups large numbers the Indian way in both languages', () => {
    expect(num('en', 100000)).toBe('1,00,000');
    expect(num('hi', 1234567)).toBe('12,34,567');
  });

  it('chooses the plural form by the number', () => {
    expect(t('en', 'common.days', { n: 1 })).toBe('1 day');
    expect(t('en', 'common.days', { n: 12 })).toBe('12 days');
    expect(count('hi', 2, { one: 'प्रश्न', other: 'प्रश्न' })).toBe('2 प्रश्न');
    expect(t('en', 'stats.overall', { pct: '50%', answers: 1 })).toBe('Overall: 50% right of 1 answer');
    expect(t('en', 'stats.overall', { pct: '50%', answers: 2 })).toBe('Overall: 50% right of 2 answers');
  });
});

/** Every .ts file under a folder. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? sources(file) : file.endsWith('.ts') ? [file] : [];
  });
}

describe('adapters render, they do not word', () => {
  it('has no sentence literal in a reply, a line, an alert or a caption of an adapter', () => {
    // A sentence: a capital letter, then words and a space, in quotes, where a reply is built
    // (lines/title/footer/note/label of a Reply or button, sendHtml's lines, a tap's alert).
    const sentence =
      /(lines: \[|title: |footer: |note: |label: |sendHtml\([^)]*\[|answerTap\(ctx, )\s*(['"`])[A-Z][^'"`]* [^'"`]*\2/;
    const found = sources(path.join(import.meta.dirname, '../../src/adapters')).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => sentence.test(line))
        .map((line) => `${path.basename(file)}: ${line.trim()}`),
    );
    expect(found).toEqual([]);
  });
});
