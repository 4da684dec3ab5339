// Rules across a pack: duplicate questions, and the totals the exam profile holds a pack to.
import { questionBody } from '../formats.ts';
import { FORMATS, type Pack, type QuestionFormat } from '../schema.ts';
import { proseOptions, singleLongest } from './question-rules.ts';
import { languageTotals } from './translation-rules.ts';
import type { Finding, LintOptions, PackTotals } from './types.ts';
import { contentWords, jaccard, tokens } from './words.ts';

/** Token-set similarity from which two stems or option sets count as near-duplicates. */
export const NEAR_DUPLICATE = 0.8;
/** The key may be the single longest option in at most this share of a pack's questions. */
export const LONGEST_SHARE = 0.3;
/** Below this many questions the longest-option share is too noisy to be an error. */
const SHARE_MIN_QUESTIONS = 20;

/** Issue 11's exam standard for a pack. */
export const EXAM_PROFILE = {
  questions: 110,
  multi: 45,
  formats: { statements: 10, 'how-many': 10, pairs: 6, 'assertion-reason': 6 } as Record<
    Exclude<QuestionFormat, 'single'>,
    number
  >,
};

export function duplicateFindings(pack: Pack): Finding[] {
  const out: Finding[] = [];
  const qs = pack.questions.map((q) => ({
    q,
    body: contentWords(questionBody(q).join(' ')),
    options: proseOptions(q) ? new Set(q.options.flatMap(tokens)) : undefined,
    key: tokens(q.options[q.answer] as string).join(' '),
  }));
  for (let i = 0; i < qs.length; i++) {
    for (let j = 0; j < i; j++) {
      const a = qs[i]!;
      const b = qs[j]!;
      const add = (level: Finding['level'], rule: string, message: string) =>
        out.push({ level, rule, pack: pack.id, question: a.q.id, message });
      const stems = jaccard(a.body, b.body);
      if (stems >= NEAR_DUPLICATE) {
        add('error', 'duplicate-stem', `its question is ${pct(stems)} the same as "${b.q.id}"`);
        continue;
      }
      if (a.options && b.options) {
        const sim = jaccard(a.options, b.options);
        if (sim >= NEAR_DUPLICATE) {
          const sameKey = a.key === b.key;
          add(
            sameKey ? 'error' : 'warning',
            'duplicate-options',
            `its options are ${pct(sim)} those of "${b.q.id}"${sameKey ? ' with the same answer: it asks the same thing' : ''}`,
          );
        }
      }
    }
  }
  return out;
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

export function packTotals(pack: Pack): PackTotals {
  const formats = Object.fromEntries(FORMATS.map((f) => [f, 0])) as Record<QuestionFormat, number>;
  const positions = [0, 0, 0, 0];
  let longestKey = 0;
  for (const q of pack.questions) {
    formats[q.format] += 1;
    positions[q.answer] = (positions[q.answer] ?? 0) + 1;
    if (singleLongest(q.options) === q.answer) longestKey += 1;
  }
  return {
    pack: pack.id,
    questions: pack.questions.length,
    formats,
    positions,
    longestKey,
    languages: languageTotals(pack),
  };
}

export function totalsFindings(t: PackTotals, options: LintOptions): Finding[] {
  const out: Finding[] = [];
  const add = (level: Finding['level'], rule: string, message: string) =>
    out.push({ level, rule, pack: t.pack, message });
  const share = t.questions === 0 ? 0 : t.longestKey / t.questions;
  if (share > LONGEST_SHARE) {
    add(
      t.questions >= SHARE_MIN_QUESTIONS || options.exam ? 'error' : 'warning',
      'longest-share',
      `the key is the single longest option in ${t.longestKey} of ${t.questions} questions (${pct(share)}; at most ${pct(LONGEST_SHARE)})`,
    );
  }
  if (!options.exam) return out;
  if (t.questions < EXAM_PROFILE.questions) {
    add(
      'error',
      'exam-size',
      `${t.questions} questions; the exam profile needs at least ${EXAM_PROFILE.questions}`,
    );
  }
  const multi = t.questions - t.formats.single;
  if (multi < EXAM_PROFILE.multi) {
    add(
      'error',
      'exam-formats',
      `${multi} multi-statement questions; the exam profile needs at least ${EXAM_PROFILE.multi}`,
    );
  }
  for (const [f, min] of Object.entries(EXAM_PROFILE.formats) as [QuestionFormat, number][]) {
    if (t.formats[f] < min)
      add('error', 'exam-formats', `${t.formats[f]} ${f} questions; the exam profile needs at least ${min}`);
  }
  return out;
}
