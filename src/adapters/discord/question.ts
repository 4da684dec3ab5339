// A question and its solution as Discord embed text. Statements are numbered 1, 2, 3 and options
// lettered (a)-(d), as the exam prints them. Pairs are one row per line, the left column in bold
// under the column headings: cells run to 60 and 80 characters, so a padded code-block table would
// wrap mid-cell at phone width (about 40 monospace characters), and two inline fields lose the row
// alignment as soon as one cell wraps; a row per line stays a row on any screen.
import { questionPieces, type QuestionPiece } from '../../core/question-layout.ts';
import { t, type Lang } from '../../core/i18n/index.ts';
import type { QuestionCard } from '../../core/types.ts';
import { escape } from './render.ts';

function line(piece: QuestionPiece): string {
  switch (piece.kind) {
    case 'stem':
      return escape(piece.text);
    case 'statement':
    case 'assertion':
      return `**${piece.label}** ${escape(piece.text)}`;
    case 'columns':
      return `*${escape(piece.left || '—')}* — *${escape(piece.right || '—')}*`;
    case 'pair':
      return `**${piece.label} ${escape(piece.left)}** — ${escape(piece.right)}`;
    case 'leadIn':
      return `**${escape(piece.text)}**`;
    case 'option':
      return `**${piece.label}** ${escape(piece.text)}`;
  }
}

/** The question block of an embed's description. */
export function questionText(card: QuestionCard): string {
  const out = [`**${t(card.lang ?? 'en', 'render.question')}** · ${escape(card.section)}`];
  let previous: QuestionPiece['kind'] | undefined;
  for (const piece of questionPieces(card)) {
    // A blank line before the lead-in and before the options, as on the question paper.
    if (piece.kind === 'leadIn' || (piece.kind === 'option' && previous !== 'option')) out.push('');
    out.push(line(piece));
    previous = piece.kind;
  }
  return out.join('\n');
}

/** The full solution after answering (only in an ephemeral reply). */
export function solutionText(lines: readonly string[] | undefined, lang: Lang): string {
  if (!lines || lines.length === 0) return '';
  return [`**${t(lang, 'render.solution')}**`, ...lines.map(escape)].join('\n');
}
