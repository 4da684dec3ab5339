// The files of a translation folder (`<pack>/<lang>/`): only the text a student reads, keyed by the
// English ids, with the English limits (Telegram's poll limits hold in every language).
import { z } from 'zod';
import {
  IdSchema,
  LIMITS,
  MainsAnswerSchema,
  OptionSchema,
  explanationText,
  text,
  whyText,
} from '../schema.ts';

const column = z
  .string()
  .trim()
  .max(LIMITS.column, `column heading must be at most ${LIMITS.column} characters`);

export const StatementTextSchema = z.strictObject({
  text: text(LIMITS.statement, 'statement'),
  why: whyText,
});
export const PairTextSchema = z.strictObject({
  left: text(LIMITS.pairLeft, 'left'),
  right: text(LIMITS.pairRight, 'right'),
  why: whyText,
});

/** One question's text; which fields its (English) format needs is checked in i18n/question.ts. */
export const QuestionTextSchema = z.strictObject({
  id: IdSchema,
  prompt: text(LIMITS.questionPrompt, 'prompt').optional(),
  statements: z.array(StatementTextSchema).min(1).max(4, 'at most 4 statements are allowed').optional(),
  columns: z.tuple([column, column]).optional(),
  pairs: z.array(PairTextSchema).min(1).max(4, 'at most 4 pairs are allowed').optional(),
  statementI: StatementTextSchema.optional(),
  statementII: StatementTextSchema.optional(),
  options: z.array(OptionSchema).length(4, 'exactly 4 options are required').optional(),
  explanation: explanationText,
  solution: text(LIMITS.solution, 'solution').optional(),
});
export type QuestionText = z.output<typeof QuestionTextSchema>;

export const QuestionsTextFileSchema = z.strictObject({
  questions: z.array(QuestionTextSchema).min(1, 'list at least one question'),
});

export const FactTextSchema = z.strictObject({
  id: IdSchema,
  title: text(LIMITS.title, 'title'),
  aliases: z.array(text(LIMITS.alias, 'alias')).default([]),
  text: text(LIMITS.factText, 'text'),
});
export type FactText = z.output<typeof FactTextSchema>;
export const FactsTextFileSchema = z.strictObject({ facts: z.array(FactTextSchema) });

export const PackTextSchema = z.strictObject({
  /** optional; when written it must be the pack's id */
  id: IdSchema.optional(),
  title: text(LIMITS.title, 'title'),
  source: text(1000, 'source'),
  sections: z.array(z.strictObject({ id: IdSchema, title: text(LIMITS.title, 'title') })),
});
export type PackText = z.output<typeof PackTextSchema>;

export const MainsTextSchema = z.strictObject({
  id: IdSchema,
  prompt: text(2000, 'prompt'),
  note: text(LIMITS.mainsPoint, 'note').optional(),
  answer: MainsAnswerSchema,
});
export type MainsText = z.output<typeof MainsTextSchema>;
export const MainsTextFileSchema = z.strictObject({ mains: z.array(MainsTextSchema) });
