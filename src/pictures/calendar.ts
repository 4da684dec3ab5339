// The heatmap's grid as data (no drawing): twelve calendar weeks, Monday to Sunday, ending with the
// week that holds the member's local "today", like a contributions graph.
import { addDays, daysBetween, weekStart, type LocalDate } from '../core/time.ts';

export type DayState = 'right' | 'wrong' | 'freeze' | 'skipped';
export type CellState = DayState | 'missed';

export interface CalendarCell {
  date: LocalDate;
  /** Column, 0 = oldest week. */
  week: number;
  /** Row, 0 = Monday. */
  weekday: number;
  state: CellState;
}

export interface CalendarGrid {
  cells: CalendarCell[];
  /** Columns that get a month label (0-based month). */
  months: { week: number; month: number }[];
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function calendarGrid(
  today: LocalDate,
  days: readonly { date: LocalDate; state: DayState }[],
  weeks = 12,
): CalendarGrid {
  const first = addDays(weekStart(today), -7 * (weeks - 1));
  const byDate = new Map<LocalDate, DayState>();
  for (const d of days) if (DATE.test(d.date)) byDate.set(d.date, d.state);

  const cells: CalendarCell[] = [];
  const months: { week: number; month: number }[] = [];
  const total = daysBetween(first, today);
  for (let i = 0; i <= total; i++) {
    const date = addDays(first, i);
    const week = Math.floor(i / 7);
    cells.push({ date, week, weekday: i % 7, state: byDate.get(date) ?? 'missed' });
    if (date.endsWith('-01')) months.push({ week, month: Number(date.slice(5, 7)) - 1 });
  }
  // The first column is labelled with its own month unless a month begins right next to it,
  // where the two labels would collide.
  if (!months.some((m) => m.week <= 1)) months.unshift({ week: 0, month: Number(first.slice(5, 7)) - 1 });
  return { cells, months };
}
