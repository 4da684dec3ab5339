// Picking and reading the shipped pack's questions in the rendering tests of both platforms.
import type { ContentLibrary, Question } from '../../src/content/index.ts';

/** The pack's first question of a format. */
export const firstOfFormat = (content: ContentLibrary, format: Question['format']) =>
  content.questions.find((q) => q.format === format)!;

/** The reasons of a question's solution: shown only after answering, or once the day is over. */
export const reasons = (q: Question) => [
  ...(q.statements ?? []).map((s) => s.why),
  ...(q.pairs ?? []).map((p) => p.why),
  ...(q.statementI && q.statementII ? [q.statementI.why, q.statementII.why] : []),
];
