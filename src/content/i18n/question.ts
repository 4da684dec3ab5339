// One question's translation checked against its English question and merged onto it: the English
// keeps the structure (format, correct flags, key, option order); the translation brings the text,
// and the standard lead-in and option sets come in the translation's own UPSC wording.
import { DEFAULT_AR_STEM, parseStatementSet } from '../formats.ts';
import { OPTION_LETTERS } from '../schema.ts';
import { normalizeOption } from '../text.ts';
import type { Question } from '../types.ts';
import type { TranslationLang } from './languages.ts';
import type { QuestionText } from './schema.ts';
import { FORMAT_WORDING } from './wording.ts';

type Field = Exclude<keyof QuestionText, 'id' | 'explanation'>;

/** Whether the English question has this text field, so its translation must have it too. */
function englishHas(q: Question, field: Field): boolean {
  switch (field) {
    case 'prompt':
      return q.format !== 'assertion-reason' || q.prompt !== DEFAULT_AR_STEM;
    case 'options':
      return q.format === 'single';
    case 'columns':
      return q.columns !== undefined && q.columns.some((c) => c !== '');
    case 'solution':
      return q.solution !== undefined;
    default:
      return q[field] !== undefined;
  }
}

const FIELDS: readonly Field[] = [
  'prompt',
  'statements',
  'columns',
  'pairs',
  'statementI',
  'statementII',
  'options',
  'solution',
];

/** The question in `lang`, or undefined after pushing "<where>: <problem>" entries. */
export function translateQuestion(
  q: Question,
  t: QuestionText,
  lang: TranslationLang,
  where: string,
  problems: string[],
): Question | undefined {
  const start = problems.length;
  const say = (m: string) => problems.push(`${where}: ${m}`);
  for (const field of FIELDS) {
    const has = englishHas(q, field);
    const present = t[field] !== undefined;
    // An assertion-reason stem may be translated even when the English uses the default one.
    const optional = field === 'prompt' && q.format === 'assertion-reason';
    if (present && !has && !optional) {
      const why = field === 'options' ? ' (the standard options are generated in every language)' : '';
      say(`"${field}" is not in the English question (format ${q.format})${why}`);
    } else if (!present && has) say(`missing "${field}" (the English question has it)`);
  }
  const count = (what: string, en: number, tr: number | undefined) => {
    if (tr !== undefined && tr !== en) say(`${tr} ${what} but the English question has ${en}`);
  };
  count('statements', q.statements?.length ?? 0, t.statements?.length);
  count('pairs', q.pairs?.length ?? 0, t.pairs?.length);
  if (q.columns && t.columns) {
    q.columns.forEach((c, i) => {
      if ((c === '') !== (t.columns![i] === ''))
        say(`column ${i + 1} must be empty exactly when the English one is`);
    });
  }
  if (t.options) {
    const seen = new Map<string, number>();
    t.options.forEach((o, i) => {
      const prev = seen.get(normalizeOption(o));
      if (prev !== undefined)
        say(`options ${OPTION_LETTERS[prev]} and ${OPTION_LETTERS[i]} are the same ("${o}")`);
      else seen.set(normalizeOption(o), i);
    });
  }
  if (problems.length > start) return undefined;

  const w = FORMAT_WORDING[lang];
  const { options, pollOptions } = standardOptions(q, t, lang);
  const out: Question = {
    ...q,
    lang,
    prompt: t.prompt ?? (q.format === 'assertion-reason' ? w.defaultArStem : q.prompt),
    options,
    pollOptions,
    explanation: t.explanation,
  };
  if (q.format !== 'single') out.leadIn = w.leadIns[q.format];
  if (t.solution !== undefined) out.solution = t.solution;
  if (q.statements) out.statements = q.statements.map((s, i) => ({ ...s, ...t.statements![i]! }));
  if (q.pairs) out.pairs = q.pairs.map((p, i) => ({ ...p, ...t.pairs![i]! }));
  if (q.columns) out.columns = t.columns ?? q.columns;
  if (q.statementI) out.statementI = { ...q.statementI, ...t.statementI! };
  if (q.statementII) out.statementII = { ...q.statementII, ...t.statementII! };
  return out;
}

/** The options in `lang`, in the English order: written for single, UPSC's wording for the rest. */
function standardOptions(
  q: Question,
  t: QuestionText,
  lang: TranslationLang,
): { options: string[]; pollOptions: string[] } {
  const w = FORMAT_WORDING[lang];
  const same = (o: readonly string[]) => ({ options: [...o], pollOptions: [...o] });
  switch (q.format) {
    case 'single':
      return same(t.options!);
    case 'how-many':
      return same(w.howMany[q.statements!.length as 3 | 4]);
    case 'pairs':
      return same(w.pairs[q.pairs!.length as 3 | 4]);
    case 'assertion-reason':
      return { options: [...w.arOptions], pollOptions: [...w.arPollOptions] };
    case 'statements': {
      // The loader accepted these options, so each parses to its set of statement numbers.
      const n = q.statements!.length;
      return same(q.options.map((o) => w.statementSet(parseStatementSet(o, n) as number[], n)));
    }
  }
}
