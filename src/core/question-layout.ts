// A question card as the exam prints it, piece by piece: the stem, the numbered statements, the
// pairs table or Statement-I/II, the lead-in and the lettered options. Every adapter walks the same
// pieces and styles each in its own way, so the order and the numbering are the same everywhere.
import { t } from './i18n/index.ts';
import { letter } from './replies.ts';
import type { QuestionCard } from './types.ts';

export type QuestionPiece =
  | { kind: 'stem'; text: string }
  /** a numbered statement: "1." */
  | { kind: 'statement'; label: string; text: string }
  /** the headings of the pairs table (absent when the author gave none) */
  | { kind: 'columns'; left: string; right: string }
  | { kind: 'pair'; label: string; left: string; right: string }
  /** "Statement-I:" / "Statement-II:" */
  | { kind: 'assertion'; label: string; text: string }
  | { kind: 'leadIn'; text: string }
  /** "(a)" */
  | { kind: 'option'; label: string; text: string };

export interface LayoutOptions {
  /** Leave out the lead-in and the options: a quiz poll right after the message asks them. */
  forPoll?: boolean;
}

export const isMultiFormat = (card: QuestionCard): boolean =>
  card.format !== undefined && card.format !== 'single';

export function questionPieces(card: QuestionCard, options: LayoutOptions = {}): QuestionPiece[] {
  // Cards without structure (single questions, older cards) carry everything in `prompt`.
  const multi = isMultiFormat(card);
  const lang = card.lang ?? 'en';
  const pieces: QuestionPiece[] = [{ kind: 'stem', text: multi ? (card.stem ?? card.prompt) : card.prompt }];
  if (multi) {
    (card.statements ?? []).forEach((text, i) =>
      pieces.push({ kind: 'statement', label: `${i + 1}.`, text }),
    );
    if (card.pairs) {
      const [left, right] = card.columns ?? ['', ''];
      if (left || right) pieces.push({ kind: 'columns', left, right });
      card.pairs.forEach((p, i) =>
        pieces.push({ kind: 'pair', label: `${i + 1}.`, left: p.left, right: p.right }),
      );
    }
    if (card.statementI !== undefined && card.statementII !== undefined) {
      pieces.push(
        { kind: 'assertion', label: t(lang, 'question.statementI'), text: card.statementI },
        { kind: 'assertion', label: t(lang, 'question.statementII'), text: card.statementII },
      );
    }
    if (card.leadIn && !options.forPoll) pieces.push({ kind: 'leadIn', text: card.leadIn });
  }
  if (!options.forPoll) {
    card.options.forEach((text, i) => pieces.push({ kind: 'option', label: letter(i), text }));
  }
  return pieces;
}
