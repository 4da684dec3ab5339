// Figure faithfulness: a translation carries exactly the figures of its English item, field by field
// (a year moved from one statement to another is a different question), in international digits.
import { mainsPoints } from '../mains.ts';
import type { Fact, MainsPrompt, Question } from '../types.ts';

/** Every number in a text: thousands separators removed, ordinals and suffixes dropped ("15th" -> 15, "FY24" -> 24). */
export function numbersIn(text: string): string[] {
  return (text.match(/\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g) ?? []).map((n) =>
    String(Number(n.replace(/,/g, ''))),
  );
}

/** Devanagari digits (०-९): the packs write figures in international digits only. */
export const DEVANAGARI_DIGIT = /[\u0966-\u096f]/;

/** The author-written text fields of a question, by a name a writer recognises ("statement 2 why"). */
export function questionFields(q: Question): [string, string][] {
  const out: [string, string][] = [['prompt', q.prompt]];
  q.statements?.forEach((s, i) =>
    out.push([`statement ${i + 1}`, s.text], [`statement ${i + 1} why`, s.why]),
  );
  q.pairs?.forEach((p, i) =>
    out.push([`pair ${i + 1}`, `${p.left}\n${p.right}`], [`pair ${i + 1} why`, p.why]),
  );
  if (q.columns) out.push(['columns', q.columns.join('\n')]);
  for (const [name, s] of [
    ['statementI', q.statementI],
    ['statementII', q.statementII],
  ] as const) {
    if (s) out.push([name, s.text], [`${name} why`, s.why]);
  }
  // Generated options (multi formats) are the same sets in every language; only written ones count.
  if (q.format === 'single') q.options.forEach((o, i) => out.push([`option ${'ABCD'[i]}`, o]));
  out.push(['explanation', q.explanation], ['solution', q.solution ?? '']);
  return out;
}

export function factFields(f: Fact): [string, string][] {
  return [
    ['title', f.title],
    ['text', f.text],
  ];
}

export function mainsFields(m: MainsPrompt): [string, string][] {
  return [
    ['prompt', m.prompt],
    ['note', m.note ?? ''],
    ...mainsPoints(m).map((p, i): [string, string] => [`point ${i + 1}`, p]),
  ];
}

const sorted = (t: string) => numbersIn(t).sort();

/**
 * Where a translated item's figures differ from the English one's: one message per field, e.g.
 * 'statement 2: figures 2008 (English) vs 2019'. Devanagari digits are reported too.
 */
export function figureMismatches(en: [string, string][], tr: [string, string][]): string[] {
  const out: string[] = [];
  const byName = new Map(tr);
  for (const [name, text] of en) {
    const other = byName.get(name) ?? '';
    if (DEVANAGARI_DIGIT.test(other)) out.push(`${name}: Devanagari digits; write figures as 0-9`);
    const a = sorted(text).join(', ');
    const b = sorted(other).join(', ');
    if (a !== b) out.push(`${name}: figures ${a || '(none)'} in English but ${b || '(none)'} here`);
  }
  return out;
}
