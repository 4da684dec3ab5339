// Give-aways a student can exploit in one question, without knowing the answer. Unambiguous ones
// are errors; heuristics (longest option, stem echo, lone name) are warnings a writer weighs.
import { STANDARD_OPTIONS } from '../formats.ts';
import { OPTION_LETTERS, type Fact, type Question, type Section } from '../schema.ts';
import type { Level } from './types.ts';
import { absoluteWord, contentWords, hasName, hasNumber, stem } from './words.ts';

export interface QuestionIssue {
  level: Level;
  rule: string;
  message: string;
}

export interface QuestionContext {
  fact?: Fact | undefined;
  section?: Section | undefined;
}

/** Index of the option strictly longer than all others, if any. */
export function singleLongest(options: readonly string[]): number | undefined {
  const lengths = options.map((o) => o.length);
  const max = Math.max(...lengths);
  const at = lengths.flatMap((l, i) => (l === max ? [i] : []));
  return at.length === 1 ? at[0] : undefined;
}

/** "1 only", "Both I and II", "Neither 1 nor 2", "None of the above": a combination, not prose. */
const NUMBER_SET =
  /^(?:(?:both|neither)\s+)?(?:[1-9]|I{1,3}|IV)(?:(?:,\s*|\s+and\s+|\s+nor\s+)(?:[1-9]|I{1,3}|IV))*(?:\s+only)?$|^none of the above$/i;

/** Options the author wrote as prose (the word-level rules look at these only). */
export const proseOptions = (q: Question): boolean =>
  q.format === 'single' && !q.options.every((o) => STANDARD_OPTIONS.has(o) || NUMBER_SET.test(o.trim()));

const PROPOSAL_WORDING =
  /\b(editorial|author|article|writer)\b[^?]*\b(suggest|propos|recommend|urge|advocat|calls? for)|\b(suggested|proposed|recommended) (by|in) the (editorial|article)/i;

/** Reads like a multi-statement question written as a single one (numbered or Roman statements). */
const MULTI_SHAPE =
  /(^|\n)\s*(I{1,3}|IV|[1-4])[.)]\s|which of the (statements|pairs) given above|how many of the (above|pairs)|consider the following (statements|pairs)/i;

const letter = (i: number) => OPTION_LETTERS[i] ?? String(i + 1);

export function questionIssues(q: Question, ctx: QuestionContext): QuestionIssue[] {
  const out: QuestionIssue[] = [];
  const add = (level: Level, rule: string, message: string) => out.push({ level, rule, message });
  const key = q.options[q.answer] as string;
  const distractors = q.options.filter((_, i) => i !== q.answer);

  const longest = singleLongest(q.options);
  if (longest === q.answer && proseOptions(q)) {
    const next = Math.max(...distractors.map((d) => d.length));
    add(
      'warning',
      'longest-option',
      `the key (${letter(q.answer)}) is the single longest option (${key.length} characters, next ${next})`,
    );
  }

  if (proseOptions(q)) {
    const stemWords = new Set([...contentWords(q.prompt)].map(stem));
    const inDistractors = new Set(distractors.flatMap((d) => [...contentWords(d)].map(stem)));
    const echoed = [...contentWords(key)].filter(
      (w) => stemWords.has(stem(w)) && !inDistractors.has(stem(w)),
    );
    if (echoed.length > 0) {
      add(
        'warning',
        'stem-echo',
        `the key repeats "${echoed.join('", "')}" from the stem and no distractor does`,
      );
    }
    if (hasNumber(key) && !distractors.some(hasNumber)) {
      add('error', 'lone-number', `the key "${key}" is the only option with a number`);
    }
    if (hasName(key) && !distractors.some(hasName)) {
      add('warning', 'lone-name', `the key "${key}" is the only option with a proper name`);
    }
  }

  // Absolute words in wrong items only: prose options, or the statements themselves.
  const items: { text: string; correct: boolean }[] = proseOptions(q)
    ? q.options.map((o, i) => ({ text: o, correct: i === q.answer }))
    : [
        ...(q.statements ?? []),
        ...(q.statementI ? [q.statementI] : []),
        ...(q.statementII ? [q.statementII] : []),
      ];
  const wrongAbsolute = items.filter((it) => !it.correct).flatMap((it) => absoluteWord(it.text) ?? []);
  if (wrongAbsolute.length > 0 && !items.some((it) => it.correct && absoluteWord(it.text))) {
    const what = proseOptions(q) ? 'distractors' : 'incorrect statements';
    add(
      'error',
      'absolute-word',
      `absolute words ("${[...new Set(wrongAbsolute)].join('", "')}") appear only in ${what}`,
    );
  }

  if (q.format === 'single' && MULTI_SHAPE.test(q.prompt)) {
    add(
      'error',
      'format-mismatch',
      'the prompt lists statements or pairs: write it as format statements, how-many or pairs',
    );
  }
  if (
    q.format !== 'single' &&
    MULTI_SHAPE.test(q.prompt.replace(/consider the following (statements|pairs)/i, ''))
  ) {
    add(
      'error',
      'format-mismatch',
      `the stem of a ${q.format} question must not list items or a lead-in: they are generated`,
    );
  }

  const proposalSection = /^Measures\b/i.test(ctx.section?.title ?? '');
  const expected = q.proposal || ctx.fact?.proposal === true || proposalSection;
  if (expected && !PROPOSAL_WORDING.test(q.prompt)) {
    add(
      'error',
      'proposal-wording',
      'it tests the editorial\'s proposal: the prompt must say so ("The editorial suggests ...")',
    );
  }
  if (!q.proposal && (ctx.fact?.proposal === true || proposalSection)) {
    add('warning', 'proposal-flag', 'it tests a proposal: mark it proposal: true');
  }
  return out;
}
