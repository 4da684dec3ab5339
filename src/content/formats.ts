// UPSC's standard wording for the multi-statement formats, and the text surfaces built from a
// loaded question. The wording is UPSC's own, so a student meets in the bot what the exam prints.
import { SURFACE_WORDS } from './i18n/surface-words.ts';
import type { Question, QuestionFormat } from './schema.ts';

export const LEAD_INS: Record<Exclude<QuestionFormat, 'single'>, string> = {
  statements: 'Which of the statements given above is/are correct?',
  'how-many': 'How many of the above statements are correct?',
  pairs: 'How many of the pairs given above are correctly matched?',
  'assertion-reason': 'Which one of the following is correct in respect of the above statements?',
};

export const DEFAULT_AR_STEM = 'Consider the following statements:';

/** how-many options by number of statements; the index of an option is (number correct - 1), or 3 for None. */
export const HOW_MANY_OPTIONS: Record<3 | 4, readonly string[]> = {
  3: ['Only one', 'Only two', 'All three', 'None'],
  4: ['Only one', 'Only two', 'Only three', 'All four'],
};

export const PAIRS_OPTIONS: Record<3 | 4, readonly string[]> = {
  3: ['Only one pair', 'Only two pairs', 'All three pairs', 'None of the pairs'],
  4: ['Only one pair', 'Only two pairs', 'Only three pairs', 'All four pairs'],
};

export const AR_OPTIONS: readonly string[] = [
  'Both Statement-I and Statement-II are correct and Statement-II explains Statement-I',
  'Both Statement-I and Statement-II are correct and Statement-II does not explain Statement-I',
  'Statement-I is correct but Statement-II is incorrect',
  'Statement-I is incorrect but Statement-II is correct',
];

/** The same four, short enough for a quiz poll (the message before the poll carries the full wording). */
export const AR_POLL_OPTIONS: readonly string[] = [
  'Both correct; II explains I',
  'Both correct; II does not explain I',
  'I correct, II incorrect',
  'I incorrect, II correct',
];

/** Every option text the loader generates: lint exempts them from word-level give-away rules. */
export const STANDARD_OPTIONS: ReadonlySet<string> = new Set([
  ...HOW_MANY_OPTIONS[3],
  ...HOW_MANY_OPTIONS[4],
  ...PAIRS_OPTIONS[3],
  ...PAIRS_OPTIONS[4],
  ...AR_OPTIONS,
]);

/** The index of the how-many / pairs option for `correct` true items out of n (undefined: no such option). */
export function countOption(correct: number, n: 3 | 4): number | undefined {
  if (correct === 0) return n === 3 ? 3 : undefined;
  return correct - 1;
}

/** The assertion-reason key, or undefined when both statements are false (UPSC has no option for it). */
export function assertionReasonKey(i: boolean, ii: boolean, explains: boolean): number | undefined {
  if (i && ii) return explains ? 0 : 1;
  if (i) return 2;
  if (ii) return 3;
  return undefined;
}

function listNumbers(ns: readonly number[]): string {
  if (ns.length === 1) return String(ns[0]);
  return `${ns.slice(0, -1).join(', ')} and ${ns[ns.length - 1]}`;
}

/**
 * UPSC's wording of a set of statement numbers out of n: "1 only", "1 and 3 only", "1, 2 and 3",
 * "Both 1 and 2", "Neither 1 nor 2", "None of the above".
 */
export function statementSetWording(set: readonly number[], n: number): string {
  const ns = [...new Set(set)].sort((a, b) => a - b);
  if (ns.length === 0) return n === 2 ? 'Neither 1 nor 2' : 'None of the above';
  if (ns.length === n) return n === 2 ? 'Both 1 and 2' : listNumbers(ns);
  return `${listNumbers(ns)} only`;
}

/** The options a 2-statement question must have, in this order. */
export const TWO_STATEMENT_OPTIONS: readonly string[] = [
  '1 only',
  '2 only',
  'Both 1 and 2',
  'Neither 1 nor 2',
];

/**
 * Parses a statements option into the set of statement numbers it names; a string when it is not
 * in UPSC's wording for n statements (the message says what to write instead).
 */
export function parseStatementSet(option: string, n: number): number[] | string {
  const t = option.trim().replace(/\s+/g, ' ');
  if (/^none of the above$/i.test(t) || /^neither 1 nor 2$/i.test(t)) {
    const want = statementSetWording([], n);
    return t.toLowerCase() === want.toLowerCase() ? [] : `write "${want}" for no statement`;
  }
  const numbers = (t.match(/\d+/g) ?? []).map(Number);
  if (numbers.length === 0) return 'names no statement numbers';
  const outside = numbers.filter((x) => x < 1 || x > n);
  if (outside.length > 0) return `names statement ${outside[0]}, but there are only ${n}`;
  if (new Set(numbers).size !== numbers.length) return 'names a statement twice';
  const set = [...numbers].sort((a, b) => a - b);
  const want = statementSetWording(set, n);
  return t.toLowerCase() === want.toLowerCase() ? set : `is not in UPSC's wording: write "${want}"`;
}

export function sameSet(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** The lines a text surface shows for a question: stem, numbered items, lead-in (in the question's language). */
export function questionBody(q: Question): string[] {
  const w = SURFACE_WORDS[q.lang ?? 'en'];
  const lines = [q.prompt];
  if (q.statements) lines.push(...q.statements.map((s, i) => `${i + 1}. ${s.text}`));
  if (q.pairs) {
    const [left, right] = q.columns ?? ['', ''];
    if (left || right) lines.push(`${left || '—'} — ${right || '—'}`);
    lines.push(...q.pairs.map((p, i) => `${i + 1}. ${p.left} — ${p.right}`));
  }
  if (q.statementI && q.statementII) {
    lines.push(`${w.statementI}: ${q.statementI.text}`, `${w.statementII}: ${q.statementII.text}`);
  }
  if (q.leadIn) lines.push(q.leadIn);
  return lines;
}

/** The solution after answering: one verdict line per statement or pair, then the teaching paragraph. */
export function solutionLines(q: Question): string[] {
  const w = SURFACE_WORDS[q.lang ?? 'en'];
  const verdict = (correct: boolean) => (correct ? w.correct : w.incorrect);
  const lines: string[] = [];
  if (q.statements) lines.push(...q.statements.map((s, i) => `${i + 1}. ${verdict(s.correct)}: ${s.why}`));
  if (q.pairs) {
    lines.push(
      ...q.pairs.map((p, i) => `${i + 1}. ${p.left} — ${p.right}: ${w.matched(p.correct)} ${p.why}`),
    );
  }
  if (q.statementI && q.statementII) {
    lines.push(
      `${w.statementI}: ${verdict(q.statementI.correct)}: ${q.statementI.why}`,
      `${w.statementII}: ${verdict(q.statementII.correct)}: ${q.statementII.why}`,
    );
    if (q.statementI.correct && q.statementII.correct) lines.push(w.explains(q.explains === true));
  }
  if (q.solution) lines.push(q.solution);
  return lines;
}
