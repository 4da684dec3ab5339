// A question and its solution as terminal text, wrapped to 80 columns with hanging indents so a
// numbered statement or an option reads as one block. Pairs are a real two-column table that
// fits 80 columns: cells wrap inside their column.
import { questionPieces, type QuestionPiece } from '../../core/question-layout.ts';
import { t, type Lang } from '../../core/i18n/index.ts';
import type { QuestionCard } from '../../core/types.ts';

export const WIDTH = 80;

/** Words of `text` in lines of at most `width` (a longer word is cut). */
export function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (let word of text.split(/\s+/).filter(Boolean)) {
    while (word.length > width) {
      if (current) lines.push(current);
      current = '';
      lines.push(word.slice(0, width));
      word = word.slice(width);
    }
    if (!word) continue;
    if (!current) current = word;
    else if (current.length + 1 + word.length <= width) current += ` ${word}`;
    else {
      lines.push(current);
      current = word;
    }
  }
  if (current || lines.length === 0) lines.push(current);
  return lines;
}

/** `label text`, wrapped, with continuation lines indented under the text. */
export function hanging(label: string, text: string, indent = '', width = WIDTH): string[] {
  const head = `${indent}${label}${label ? ' ' : ''}`;
  const pad = ' '.repeat(head.length);
  return wrapWords(text, width - head.length).map((l, i) => (i === 0 ? head : pad) + l);
}

type PairPiece = Extract<QuestionPiece, { kind: 'pair' | 'columns' }>;

/** The pairs as a table: number, left column, right column; the left is at most a third of the width. */
function pairsTable(pieces: PairPiece[], indent: string): string[] {
  const rows = pieces.map((p) => (p.kind === 'columns' ? ['', p.left, p.right] : [p.label, p.left, p.right]));
  const numberWidth = Math.max(...rows.map((r) => r[0]!.length));
  const room = WIDTH - indent.length - numberWidth - 1 - 3;
  const leftWidth = Math.min(Math.max(...rows.map((r) => r[1]!.length)), Math.floor(room / 3));
  const rightWidth = room - leftWidth;
  const out: string[] = [];
  rows.forEach(([n, left, right], i) => {
    const l = wrapWords(left!, leftWidth);
    const r = wrapWords(right!, rightWidth);
    for (let k = 0; k < Math.max(l.length, r.length); k++) {
      const number = k === 0 ? n!.padEnd(numberWidth) : ' '.repeat(numberWidth);
      out.push(`${indent}${number} ${(l[k] ?? '').padEnd(leftWidth)} | ${r[k] ?? ''}`.trimEnd());
    }
    // A rule under the headings.
    if (i === 0 && pieces[0]!.kind === 'columns') {
      out.push(`${indent}${' '.repeat(numberWidth)} ${'-'.repeat(leftWidth)}-+-${'-'.repeat(rightWidth)}`);
    }
  });
  return out;
}

/** The question as lines of at most 80 columns. */
export function questionLines(card: QuestionCard, heading: string): string[] {
  const pieces = questionPieces(card);
  const out: string[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    switch (piece.kind) {
      case 'stem':
        out.push(...hanging(heading, piece.text));
        break;
      case 'statement':
      case 'assertion':
        out.push(...hanging(piece.label, piece.text, '  '));
        break;
      case 'columns':
      case 'pair': {
        let end = i;
        while (pieces[end + 1]?.kind === 'pair') end++;
        out.push(...pairsTable(pieces.slice(i, end + 1) as PairPiece[], '  '));
        i = end;
        break;
      }
      case 'leadIn':
        out.push(...hanging('', piece.text));
        break;
      case 'option':
        out.push(...hanging(piece.label, piece.text, '  '));
        break;
    }
  }
  return out;
}

/** The full solution after answering, wrapped. */
export function solutionLinesText(lines: readonly string[] | undefined, lang: Lang): string[] {
  if (!lines || lines.length === 0) return [];
  return ['', t(lang, 'console.solution'), ...lines.flatMap((l) => hanging('', l, '  '))];
}
