// One question of questions.yaml, checked against the rules of its format and turned into a loaded
// Question: the standard lead-in and option sets are generated, the key is derived from the
// correct flags, and every problem names the question and what to write instead.
import {
  AR_OPTIONS,
  AR_POLL_OPTIONS,
  DEFAULT_AR_STEM,
  HOW_MANY_OPTIONS,
  LEAD_INS,
  PAIRS_OPTIONS,
  TWO_STATEMENT_OPTIONS,
  assertionReasonKey,
  countOption,
  parseStatementSet,
  sameSet,
  statementSetWording,
} from './formats.ts';
import {
  OPTION_LETTERS,
  type Fact,
  type Question,
  type QuestionFormat,
  type QuestionInput,
} from './schema.ts';
import { normalizeOption } from './text.ts';

type Field = keyof QuestionInput;

/** Fields a format may carry beyond the common ones; anything else present is an error. */
const ALLOWED: Record<QuestionFormat, readonly Field[]> = {
  single: ['prompt', 'options', 'answer'],
  statements: ['prompt', 'statements', 'options'],
  'how-many': ['prompt', 'statements'],
  pairs: ['prompt', 'columns', 'pairs'],
  'assertion-reason': ['prompt', 'statementI', 'statementII', 'explains'],
};
const REQUIRED: Record<QuestionFormat, readonly Field[]> = {
  single: ['prompt', 'options', 'answer'],
  statements: ['prompt', 'statements', 'options'],
  'how-many': ['prompt', 'statements'],
  pairs: ['prompt', 'pairs'],
  'assertion-reason': ['statementI', 'statementII'],
};
const FORMAT_FIELDS: readonly Field[] = [
  'prompt',
  'statements',
  'columns',
  'pairs',
  'statementI',
  'statementII',
  'explains',
  'options',
  'answer',
];

const WHY_NOT: Partial<Record<Field, string>> = {
  answer: 'the key is derived from the correct flags',
  options: 'the standard UPSC options are generated',
};

/** The format-specific part of a loaded question, or undefined when `problems` got entries. */
type Shape = Pick<
  Question,
  | 'prompt'
  | 'options'
  | 'pollOptions'
  | 'answer'
  | 'leadIn'
  | 'statements'
  | 'pairs'
  | 'columns'
  | 'statementI'
  | 'statementII'
  | 'explains'
>;

/** Checks the fields of q's format and derives options and key; pushes "<where>: <problem>" entries. */
export function questionShape(q: QuestionInput, where: string, problems: string[]): Shape | undefined {
  const start = problems.length;
  const say = (m: string) => problems.push(`${where}: ${m}`);
  const f = q.format;
  for (const field of FORMAT_FIELDS) {
    const present = q[field] !== undefined;
    if (present && !ALLOWED[f].includes(field)) {
      const why = WHY_NOT[field] ? ` (${WHY_NOT[field]})` : '';
      say(`format ${f} does not take "${field}"${why}`);
    } else if (!present && REQUIRED[f].includes(field)) say(`format ${f} needs "${field}"`);
  }
  if (problems.length > start) return undefined;

  const duplicates = (options: readonly string[]) => {
    const seen = new Map<string, number>();
    options.forEach((o, i) => {
      const k = normalizeOption(o);
      const prev = seen.get(k);
      if (prev !== undefined) {
        say(
          `options ${OPTION_LETTERS[prev]} and ${OPTION_LETTERS[i]} are the same ("${o}"); the 4 options must be distinct (case-insensitive)`,
        );
      } else seen.set(k, i);
    });
  };

  if (f === 'single') {
    const options = q.options as string[];
    duplicates(options);
    const answer = OPTION_LETTERS.indexOf(q.answer as 'A');
    return { prompt: q.prompt as string, options: [...options], pollOptions: [...options], answer };
  }
  if (f === 'assertion-reason') {
    const i = q.statementI!;
    const ii = q.statementII!;
    if (q.explains === undefined && i.correct && ii.correct) {
      say('explains is required when both statements are correct (does Statement-II explain Statement-I?)');
    }
    if (q.explains === true && !(i.correct && ii.correct)) {
      say('explains: true needs both statements correct');
    }
    const answer = assertionReasonKey(i.correct, ii.correct, q.explains ?? false);
    if (answer === undefined) {
      say('Statement-I and Statement-II are both incorrect: UPSC has no option for that; make one correct');
    }
    if (problems.length > start || answer === undefined) return undefined;
    return {
      prompt: q.prompt ?? DEFAULT_AR_STEM,
      statementI: i,
      statementII: ii,
      explains: q.explains ?? false,
      leadIn: LEAD_INS[f],
      options: [...AR_OPTIONS],
      pollOptions: [...AR_POLL_OPTIONS],
      answer,
    };
  }
  if (f === 'pairs') {
    const pairs = q.pairs!;
    const n = pairs.length as 3 | 4;
    const options = [...PAIRS_OPTIONS[n]];
    const answer = countOption(pairs.filter((p) => p.correct).length, n);
    if (answer === undefined)
      say('4 pairs need at least one correct pair (the options start at "Only one pair")');
    if (answer === undefined) return undefined;
    return {
      prompt: q.prompt as string,
      pairs,
      columns: q.columns ?? ['', ''],
      leadIn: LEAD_INS[f],
      options,
      pollOptions: options,
      answer,
    };
  }
  const statements = q.statements!;
  const n = statements.length;
  if (f === 'how-many') {
    if (n < 3) {
      say('how-many needs 3 or 4 statements');
      return undefined;
    }
    const options = [...HOW_MANY_OPTIONS[n as 3 | 4]];
    const answer = countOption(statements.filter((s) => s.correct).length, n as 3 | 4);
    if (answer === undefined) {
      say('4 statements need at least one correct statement (the options start at "Only one")');
      return undefined;
    }
    return {
      prompt: q.prompt as string,
      statements,
      leadIn: LEAD_INS[f],
      options,
      pollOptions: options,
      answer,
    };
  }
  // statements: the author picks 4 of UPSC's combination options; exactly one names the correct set.
  const options = q.options as string[];
  const correct = statements.flatMap((s, i) => (s.correct ? [i + 1] : []));
  const keyWording = statementSetWording(correct, n);
  if (n === 2 && !options.every((o, i) => o.trim() === TWO_STATEMENT_OPTIONS[i])) {
    say(
      `2 statements take exactly the options ${TWO_STATEMENT_OPTIONS.map((o) => `"${o}"`).join(', ')}, in this order`,
    );
    return undefined;
  }
  const sets = options.map((o, i) => {
    const set = parseStatementSet(o, n);
    if (typeof set === 'string') say(`option ${OPTION_LETTERS[i]} "${o}" ${set}`);
    return set;
  });
  if (problems.length > start) return undefined;
  const parsed = sets as number[][];
  parsed.forEach((s, i) => {
    const j = parsed.findIndex((t) => sameSet(s, t));
    if (j < i) say(`options ${OPTION_LETTERS[j]} and ${OPTION_LETTERS[i]} name the same statements`);
  });
  const keys = parsed.flatMap((s, i) => (sameSet(s, correct) ? [i] : []));
  if (keys.length === 0) {
    say(`no option names the correct statements: add "${keyWording}" (from the correct flags)`);
  }
  if (problems.length > start) return undefined;
  return {
    prompt: q.prompt as string,
    statements,
    leadIn: LEAD_INS[f],
    options: [...options],
    pollOptions: [...options],
    answer: keys[0] as number,
  };
}

/** What a question refers to: the facts and section titles of its pack. */
export interface QuestionRefs {
  fact(id: string): Pick<Fact, 'section'> | undefined;
  sectionTitle(id: string): string | undefined;
  /** false: the explanation need not cite its section's title (members cannot know the titles). */
  citeSection?: boolean;
}

/**
 * One question of questions.yaml as the app loads it: its fact and section must exist, its
 * explanation must cite the section's title, its format's fields are checked and its options and
 * key derived. Pushes "<where>: <problem>" entries; undefined when the question cannot be loaded.
 * Members' questions (/suggest) go through this same function.
 */
export function loadQuestion(
  q: QuestionInput,
  where: string,
  problems: string[],
  refs: QuestionRefs,
): Question | undefined {
  const fact = refs.fact(q.factId);
  if (!fact) problems.push(`${where}: factId "${q.factId}" does not match any fact in facts.yaml`);
  const section = q.section ?? fact?.section;
  const sectionTitle = section === undefined ? undefined : refs.sectionTitle(section);
  if (section !== undefined && sectionTitle === undefined) {
    problems.push(`${where}: section "${section}" is not defined in pack.yaml`);
  }
  const shape = questionShape(q, where, problems);
  const cite = refs.citeSection ?? true;
  if (cite && sectionTitle !== undefined && !q.explanation.includes(`(${sectionTitle})`)) {
    problems.push(`${where}: explanation must cite its section as "(${sectionTitle})"`);
  }
  if (section === undefined || !shape) return undefined;
  return {
    id: q.id,
    factId: q.factId,
    section,
    difficulty: q.difficulty,
    format: q.format,
    paper: q.paper,
    topic: q.topic,
    proposal: q.proposal,
    ...shape,
    explanation: q.explanation,
    ...(q.solution === undefined ? {} : { solution: q.solution }),
  };
}
