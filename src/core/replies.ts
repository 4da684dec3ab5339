// Small builders for the neutral Reply, so commands read as what they say.
import { questionBody, solutionLines, type Fact, type Question } from '../content/index.ts';
import { t, type Lang } from './i18n/index.ts';
import type { QuestionCard, Reply } from './types.ts';

export const LETTERS = ['a', 'b', 'c', 'd', 'e', 'f'] as const;

/**
 * An option's label as UPSC prints it: (a), (b), (c), (d). The exam numbers statements 1, 2, 3 and
 * letters options, so "(b) 1 and 3 only" never reads as a statement number; every platform uses it.
 */
export const letter = (index: number): string => `(${LETTERS[index] ?? String(index + 1)})`;

/** 'A'/'b'/'(c)'/'1' -> 0-based index, or undefined. */
export function parseChoice(text: string, optionCount: number): number | undefined {
  const t = text
    .trim()
    .replace(/^\((.)\)$/, '$1')
    .toUpperCase();
  if (/^[A-Z]$/.test(t)) {
    const i = t.charCodeAt(0) - 65;
    return i < optionCount ? i : undefined;
  }
  if (/^\d$/.test(t)) {
    const i = Number(t) - 1;
    return i >= 0 && i < optionCount ? i : undefined;
  }
  return undefined;
}

export function info(lines: string[], extra: Partial<Reply> = {}): Reply {
  return { visibility: 'public', tone: 'info', lines, ...extra };
}

export function privateInfo(lines: string[], extra: Partial<Reply> = {}): Reply {
  return { visibility: 'ephemeral', tone: 'info', lines, ...extra };
}

/** One clear sentence, seen only by the caller. */
export function problem(sentence: string, extra: Partial<Reply> = {}): Reply {
  return { visibility: 'ephemeral', tone: 'error', lines: [sentence], ...extra };
}

export function factReply(
  fact: Fact,
  sectionTitle: string | undefined,
  visibility: Reply['visibility'],
  lang: Lang,
): Reply {
  return {
    visibility,
    tone: 'info',
    title: fact.title,
    lines: [fact.text],
    footer: sectionTitle ? t(lang, 'fact.source', { section: sectionTitle }) : undefined,
  };
}

export function questionCard(
  question: Question,
  kind: QuestionCard['kind'],
  ref: string,
  sectionTitle: string,
  closesAt?: Date,
  lang?: Lang,
): QuestionCard {
  const card: QuestionCard = {
    kind,
    ref,
    questionId: question.id,
    // Text surfaces that know only `prompt` still show every statement and the lead-in.
    prompt: questionBody(question).join('\n'),
    options: [...question.options],
    correct: question.answer,
    explanation: question.explanation,
    section: sectionTitle,
    closesAt,
    format: question.format,
    stem: question.prompt,
    pollQuestion: question.format === 'single' ? question.prompt : question.leadIn,
    pollOptions: [...question.pollOptions],
    solution: solutionLines(question),
  };
  if (question.statements) card.statements = question.statements.map((s) => s.text);
  if (question.pairs) {
    card.pairs = question.pairs.map(({ left, right }) => ({ left, right }));
    card.columns = question.columns;
  }
  if (question.statementI) card.statementI = question.statementI.text;
  if (question.statementII) card.statementII = question.statementII.text;
  if (question.leadIn) card.leadIn = question.leadIn;
  if (lang) card.lang = lang;
  return card;
}

/** The option list as text lines, for text-only surfaces. */
export function optionLines(card: QuestionCard): string[] {
  return card.options.map((o, i) => `${letter(i)} ${o}`);
}
