// A member's question (/suggest), from the form's fields to the pack's own format: built as a
// QuestionInput of format "single" and checked by the same zod schema, the same loader
// (loadQuestion) and the same `content lint` rules as a question of questions.yaml. The first
// problem becomes one friendly sentence for the member; nothing is stored unless all pass.
import {
  LIMITS,
  OPTION_LETTERS,
  QuestionInputSchema,
  type ContentLibrary,
  type Question,
  type QuestionInput,
} from '../../content/index.ts';
import { loadQuestion } from '../../content/question.ts';
import { normalizeOption } from '../../content/text.ts';
import { questionIssues } from '../../content/lint/question-rules.ts';
import { t, type Lang, type MessageKey } from '../i18n/index.ts';
import type { FormField, FormValues } from '../forms/types.ts';

/** The fields of the /suggest form, in order (five: Discord's modal holds at most five). */
export const SUGGEST_FIELDS = ['question', 'options', 'answer', 'explanation', 'topic'] as const;
export type SuggestField = (typeof SUGGEST_FIELDS)[number];

/** The options field holds four options and the "A) " each may start with. */
const OPTIONS_MAX = 4 * (LIMITS.option + 6);

const FIELD: Record<SuggestField, Pick<FormField, 'style' | 'max' | 'required'>> = {
  question: { style: 'paragraph', max: LIMITS.questionPrompt, required: true },
  options: { style: 'paragraph', max: OPTIONS_MAX, required: true },
  answer: { style: 'short', max: 3, required: true },
  explanation: { style: 'paragraph', max: LIMITS.explanation, required: true },
  topic: { style: 'short', max: LIMITS.title, required: false },
};

/**
 * The fields a member can get wrong on their own, checked as they are answered (forms/session.ts),
 * so that a field asked one at a time is asked again at once rather than the whole form refused at
 * the end. The same rules as checkSuggestion's (which still checks the whole form on submit).
 */
const CHECK: Partial<Record<SuggestField, (value: string, lang: Lang) => string | undefined>> = {
  options: (value, lang) => {
    const options = splitOptions(value);
    if (options.length !== 4) return t(lang, 'suggest.bad.optionCount', { n: options.length });
    if (options.some((o) => o.length > LIMITS.option))
      return t(lang, 'suggest.bad.tooLong', { field: t(lang, 'suggest.field.options'), max: LIMITS.option });
    const first = new Map<string, number>();
    for (const [i, o] of options.entries()) {
      const same = first.get(normalizeOption(o));
      if (same !== undefined)
        return t(lang, 'suggest.bad.duplicate', { a: OPTION_LETTERS[same]!, b: OPTION_LETTERS[i]! });
      first.set(normalizeOption(o), i);
    }
    return undefined;
  },
  answer: (value, lang) => (answerLetter(value) ? undefined : t(lang, 'suggest.bad.letter')),
  explanation: (value, lang) =>
    (value.match(/\n/g) ?? []).length > LIMITS.explanationLineFeeds
      ? t(lang, 'suggest.bad.lineFeeds')
      : undefined,
};

/** The form's fields, worded in `lang`. */
export function suggestFields(lang: Lang): FormField[] {
  return SUGGEST_FIELDS.map((key) => ({
    key,
    label: t(lang, `suggest.field.${key}`),
    placeholder: t(lang, `suggest.hint.${key}`),
    ...FIELD[key],
    check: CHECK[key] && ((value: string) => CHECK[key]!(value, lang)),
  }));
}

/** Questions without a topic are filed under this section, which has no title to cite. */
export const MEMBER_SECTION = 'members';
const MEMBER_FACT = 'member-question';

export type Checked = { ok: true; input: QuestionInput; question: Question } | { ok: false; problem: string };

/** "A) Tokyo", "(b) Osaka", "C. Kyoto", "d: Nara": the letter a member may type before an option. */
const LETTERED = /^\(?[A-Da-d]\s*[).:]\s+/;

/** Four options: one per line, or (on one line, as a terminal has) separated by "|". */
export function splitOptions(text: string): string[] {
  let parts = text.split(/\r?\n/);
  if (parts.filter((p) => p.trim()).length === 1) parts = text.split('|');
  return parts.map((p) => p.trim().replace(LETTERED, '').trim()).filter((p) => p.length > 0);
}

/** "b", "(B)", "B." -> "B"; undefined for anything but one letter A-D. */
export function answerLetter(text: string): (typeof OPTION_LETTERS)[number] | undefined {
  const m = /^\(?([A-Da-d])\)?\.?$/.exec(text.trim());
  return m ? (m[1]!.toUpperCase() as (typeof OPTION_LETTERS)[number]) : undefined;
}

const LINT_SENTENCE: Record<string, MessageKey> = {
  'lone-number': 'suggest.bad.loneNumber',
  'absolute-word': 'suggest.bad.absoluteWord',
  'format-mismatch': 'suggest.bad.formatMismatch',
  'proposal-wording': 'suggest.bad.proposalWording',
};

/** The schema's field a problem is in, as the form names it. */
const FORM_FIELD: Partial<Record<keyof QuestionInput, SuggestField>> = {
  prompt: 'question',
  options: 'options',
  answer: 'answer',
  explanation: 'explanation',
  topic: 'topic',
};

/** Checks a filled /suggest form; `lang` words the problem. Pure: no I/O. */
export function checkSuggestion(content: ContentLibrary, values: FormValues, lang: Lang): Checked {
  const fail = (problem: string): Checked => ({ ok: false, problem });
  const label = (f: SuggestField) => t(lang, `suggest.field.${f}`);
  const v = Object.fromEntries(SUGGEST_FIELDS.map((f) => [f, (values[f] ?? '').trim()])) as Record<
    SuggestField,
    string
  >;
  for (const f of SUGGEST_FIELDS) {
    if (v[f].length > FIELD[f].max)
      return fail(t(lang, 'suggest.bad.tooLong', { field: label(f), max: FIELD[f].max }));
    if (FIELD[f].required && !v[f]) return fail(t(lang, 'suggest.bad.empty', { field: label(f) }));
  }
  const options = splitOptions(v.options);
  if (options.length !== 4) return fail(t(lang, 'suggest.bad.optionCount', { n: options.length }));
  const answer = answerLetter(v.answer);
  if (!answer) return fail(t(lang, 'suggest.bad.letter'));
  let fact: { id: string; title: string; section: string } | undefined;
  const topic = v.topic === '-' ? '' : v.topic;
  if (topic) {
    const found = content.lookup(topic);
    if (found.kind !== 'found') return fail(t(lang, 'suggest.bad.topic', { topic }));
    fact = found.fact;
  }

  const parsed = QuestionInputSchema.safeParse({
    id: 'suggestion',
    factId: fact?.id ?? MEMBER_FACT,
    section: fact?.section ?? MEMBER_SECTION,
    format: 'single',
    paper: 'GS-II',
    topic: fact?.title ?? 'Member question',
    difficulty: 'medium',
    prompt: v.question,
    options,
    answer,
    explanation: v.explanation,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = FORM_FIELD[issue.path[0] as keyof QuestionInput] ?? 'question';
    if (issue.code === 'too_big')
      return fail(t(lang, 'suggest.bad.tooLong', { field: label(field), max: Number(issue.maximum) }));
    if (issue.code === 'too_small') return fail(t(lang, 'suggest.bad.empty', { field: label(field) }));
    if (field === 'explanation' && /line feeds/.test(issue.message))
      return fail(t(lang, 'suggest.bad.lineFeeds'));
    return fail(t(lang, 'suggest.bad.other', { field: label(field) }));
  }
  const input = parsed.data;

  // The loader, as for the pack: a member cannot know the pack's section titles, so the explanation
  // is not asked to cite one ("cite your source" is the form's own wording); the rest is the same.
  const problems: string[] = [];
  const question = loadQuestion(input, 'suggestion', problems, {
    fact: (id) => (id === MEMBER_FACT ? { section: MEMBER_SECTION } : content.fact(id)),
    sectionTitle: (id) => (id === MEMBER_SECTION ? 'Member questions' : content.section(id)?.title),
    citeSection: false,
  });
  // Any problem refuses the question; the one a member can make here is two equal options.
  const duplicate = problems.map((p) => / options ([A-D]) and ([A-D]) are the same/.exec(p)).find(Boolean);
  if (duplicate) return fail(t(lang, 'suggest.bad.duplicate', { a: duplicate[1]!, b: duplicate[2]! }));
  if (!question || problems.length > 0)
    return fail(t(lang, 'suggest.bad.other', { field: label('options') }));

  const issues = questionIssues(question, {
    fact: fact && content.fact(fact.id),
    section: fact && content.section(fact.section),
  });
  const error = issues.find((i) => i.level === 'error');
  if (error) return fail(t(lang, LINT_SENTENCE[error.rule] ?? 'suggest.bad.formatMismatch'));
  return { ok: true, input, question };
}
