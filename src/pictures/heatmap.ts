// Draws the calendar heatmap and its legend inside a panel of the progress card.
import { calendarGrid, type CellState, type DayState } from './calendar.ts';
import { roundRect, text, type Ctx } from './draw.ts';
import type { CardLabels } from './labels.ts';
import type { CardTheme } from './theme.ts';

const CELL = 24;
const GAP = 6;
const STEP = CELL + GAP;
const LABEL_COLUMN = 44;

export interface HeatmapBox {
  x: number;
  y: number;
  width: number;
}

function cellColour(state: CellState, theme: CardTheme): string {
  switch (state) {
    case 'right':
      return theme.right;
    case 'wrong':
      return theme.wrong;
    case 'freeze':
      return theme.freeze;
    case 'skipped':
    case 'missed':
      return theme.empty;
  }
}

/** One day: a filled square; a day without a post is an outlined square with a slash. */
function cell(ctx: Ctx, x: number, y: number, size: number, state: CellState, theme: CardTheme): void {
  roundRect(ctx, x, y, size, size, 5, cellColour(state, theme));
  if (state !== 'skipped') return;
  ctx.strokeStyle = theme.skipped;
  ctx.lineWidth = 2;
  ctx.beginPath();
  ctx.moveTo(x + size * 0.28, y + size * 0.72);
  ctx.lineTo(x + size * 0.72, y + size * 0.28);
  ctx.stroke();
}

/** Draws month labels, weekday labels, the grid and the legend; returns the height used. */
export function drawHeatmap(
  ctx: Ctx,
  box: HeatmapBox,
  today: string,
  days: readonly { date: string; state: DayState }[],
  labels: CardLabels,
  theme: CardTheme,
): number {
  const grid = calendarGrid(today, days);
  const gridX = box.x + LABEL_COLUMN;
  const gridY = box.y + 22;
  const small = { weight: 400, size: 14, color: theme.muted } as const;

  for (const m of grid.months)
    text(ctx, labels.monthsShort[m.month] ?? '', gridX + m.week * STEP, box.y + 12, {
      ...small,
      maxWidth: STEP * 3 - 4,
    });
  for (const row of [0, 2, 4])
    text(ctx, labels.weekdaysShort[row] ?? '', box.x, gridY + row * STEP + CELL - 8, {
      ...small,
      maxWidth: LABEL_COLUMN - 6,
    });
  for (const c of grid.cells)
    cell(ctx, gridX + c.week * STEP, gridY + c.weekday * STEP, CELL, c.state, theme);
  // Today gets a ring, so "where am I" needs no counting.
  const last = grid.cells[grid.cells.length - 1];
  if (last) {
    ctx.beginPath();
    ctx.roundRect(gridX + last.week * STEP - 3, gridY + last.weekday * STEP - 3, CELL + 6, CELL + 6, 7);
    ctx.strokeStyle = theme.text;
    ctx.lineWidth = 2;
    ctx.stroke();
  }

  const legendY = gridY + 7 * STEP + 12;
  const items: [CellState, string][] = [
    ['right', labels.legend.right],
    ['wrong', labels.legend.wrong],
    ['freeze', labels.legend.freeze],
    ['skipped', labels.legend.skipped],
    ['missed', labels.legend.missed],
  ];
  const slot = box.width / items.length;
  items.forEach(([state, label], i) => {
    const x = box.x + i * slot;
    cell(ctx, x, legendY, 16, state, theme);
    text(ctx, label, x + 22, legendY + 13, { ...small, maxWidth: slot - 28 });
  });
  return legendY + 16 - box.y;
}
