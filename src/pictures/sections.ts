// Accuracy by section as horizontal bars. A pack may have many sections; the card shows the first
// few and folds the rest into one summary row, so the panel never overflows.
import { bar, percent, text, type Ctx } from './draw.ts';
import type { CardLabels } from './labels.ts';
import type { CardTheme } from './theme.ts';

export interface SectionScore {
  title: string;
  answered: number;
  correct: number;
}

export const MAX_SECTION_ROWS = 8;

/** At most maxRows rows: the sections as given, the overflow folded into the last row. */
export function sectionRows(
  sections: readonly SectionScore[],
  labels: CardLabels,
  maxRows = MAX_SECTION_ROWS,
): SectionScore[] {
  if (sections.length <= maxRows) return [...sections];
  const shown = sections.slice(0, maxRows - 1);
  const rest = sections.slice(maxRows - 1);
  return [
    ...shown,
    {
      title: labels.otherSections(rest.length),
      answered: rest.reduce((s, r) => s + r.answered, 0),
      correct: rest.reduce((s, r) => s + r.correct, 0),
    },
  ];
}

export interface BarsBox {
  x: number;
  y: number;
  width: number;
  rowHeight: number;
}

export function drawSectionBars(
  ctx: Ctx,
  box: BarsBox,
  sections: readonly SectionScore[],
  labels: CardLabels,
  theme: CardTheme,
): void {
  const titleWidth = Math.round(box.width * 0.34);
  const valueWidth = 104;
  const barX = box.x + titleWidth + 16;
  const barWidth = box.width - titleWidth - 16 - valueWidth - 12;
  sectionRows(sections, labels).forEach((s, i) => {
    const y = box.y + i * box.rowHeight;
    const pct = percent(s.correct, s.answered);
    text(ctx, s.title, box.x, y + 17, { weight: 400, size: 16, color: theme.text, maxWidth: titleWidth });
    bar(
      ctx,
      barX,
      y + 6,
      barWidth,
      12,
      s.answered > 0 ? s.correct / s.answered : 0,
      theme.empty,
      theme.accent,
    );
    const right = box.x + box.width;
    const w = text(ctx, `${pct}%`, right, y + 17, {
      weight: 600,
      size: 16,
      color: theme.text,
      align: 'right',
    });
    text(ctx, `${s.correct}/${s.answered}`, right - w - 8, y + 17, {
      weight: 400,
      size: 14,
      color: theme.muted,
      align: 'right',
      maxWidth: valueWidth - w - 8,
    });
  });
}
