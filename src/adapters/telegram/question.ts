// A question and its solution as Telegram text blocks: the stem in bold, statements numbered 1, 2, 3,
// pairs one per line under their column headings (a phone is too narrow for a padded table), then
// the lead-in and the options (a)-(d). Before a quiz poll the message stops at the statements: the
// poll, sent as a reply to it, asks the lead-in.
import { questionPieces, type QuestionPiece } from '../../core/question-layout.ts';
import { t, type Lang } from '../../core/i18n/index.ts';
import type { QuestionCard } from '../../core/types.ts';
import type { Block } from './render.ts';

function block(piece: QuestionPiece, first: boolean): Block {
  switch (piece.kind) {
    case 'stem':
      return { text: piece.text, style: 'b', gap: true };
    case 'statement':
    case 'assertion':
      return { text: `${piece.label} ${piece.text}` };
    case 'columns':
      return { text: `${piece.left || '—'} — ${piece.right || '—'}`, style: 'i' };
    case 'pair':
      return { text: `${piece.label} ${piece.left} — ${piece.right}` };
    case 'leadIn':
      return { text: piece.text, style: 'b', gap: true };
    case 'option':
      return { text: `${piece.label} ${piece.text}`, gap: first };
  }
}

/**
 * The question's blocks. `forPoll`: only the stem and the statements (or pairs, or Statement-I/II),
 * in a message of their own, for the poll to quote.
 */
export function questionBlocks(card: QuestionCard, options: { forPoll?: boolean } = {}): Block[] {
  const pieces = questionPieces(card, { forPoll: options.forPoll });
  // A blank line sets the options apart from a multi-statement body, not from a one-line question.
  const spaced = pieces.some((p) => p.kind === 'leadIn');
  const blocks = pieces.map((p, i) =>
    block(p, spaced && p.kind === 'option' && pieces[i - 1]?.kind !== 'option'),
  );
  if (options.forPoll && blocks[0]) blocks[0] = { ...blocks[0], newMessage: true };
  return blocks;
}

/** The full solution after answering: seen only by the member (a private chat). */
export function solutionBlocks(lines: readonly string[] | undefined, lang: Lang): Block[] {
  if (!lines || lines.length === 0) return [];
  return [{ text: t(lang, 'render.solution'), style: 'b', gap: true }, ...lines.map((text) => ({ text }))];
}
