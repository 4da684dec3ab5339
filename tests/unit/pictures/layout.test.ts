// The data behind the drawings: the heatmap's grid, the section rows, and cutting text to fit.
import { createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { calendarGrid } from '../../../src/pictures/calendar.ts';
import { ellipsize, wrap } from '../../../src/pictures/draw.ts';
import { ensureFonts, font } from '../../../src/pictures/fonts.ts';
import { englishLabels } from '../../../src/pictures/index.ts';
import { sectionRows } from '../../../src/pictures/sections.ts';
import { HINDI_NAME, LONG_NAME } from './samples.ts';

describe('calendarGrid', () => {
  const grid = calendarGrid('2025-05-14', [
    { date: '2025-05-14', state: 'right' },
    { date: '2025-05-13', state: 'freeze' },
    { date: '2025-05-12', state: 'skipped' },
    { date: '2025-02-23', state: 'wrong' }, // a Sunday, the day before the grid starts
    { date: 'yesterday', state: 'right' },
  ]);

  it('spans twelve Monday-first weeks and ends today', () => {
    expect(grid.cells[0]).toMatchObject({ date: '2025-02-24', week: 0, weekday: 0 });
    expect(grid.cells.at(-1)).toMatchObject({ date: '2025-05-14', week: 11, weekday: 2 });
    expect(grid.cells).toHaveLength(7 * 11 + 3);
  });

  it('marks each day with its state and every other day as missed', () => {
    const state = (date: string) => grid.cells.find((c) => c.date === date)?.state;
    expect([state('2025-05-14'), state('2025-05-13'), state('2025-05-12')]).toEqual([
      'right',
      'freeze',
      'skipped',
    ]);
    expect(grid.cells.filter((c) => c.state === 'missed')).toHaveLength(grid.cells.length - 3);
  });

  it('labels the columns where a month begins', () => {
    expect(grid.months).toEqual([
      { week: 0, month: 2 },
      { week: 5, month: 3 },
      { week: 9, month: 4 },
    ]);
  });

  it('labels the first column with its own month when no month begins near it', () => {
    expect(calendarGrid('2025-05-21', []).months).toEqual([
      { week: 0, month: 2 },
      { week: 4, month: 3 },
      { week: 8, month: 4 },
    ]);
  });
});

describe('sectionRows', () => {
  const sections = Array.from({ length: 11 }, (_, i) => ({ title: `S${i}`, answered: 10, correct: i }));

  it('folds the sections past the seventh into one summary row', () => {
    const rows = sectionRows(sections, englishLabels);
    expect(rows).toHaveLength(8);
    expect(rows.at(-1)).toEqual({ title: '4 more sections', answered: 40, correct: 7 + 8 + 9 + 10 });
  });

  it('shows up to eight sections as they are', () => {
    expect(sectionRows(sections.slice(0, 8), englishLabels)).toEqual(sections.slice(0, 8));
  });
});

describe('fitting text', () => {
  ensureFonts();
  const ctx = createCanvas(10, 10).getContext('2d');
  ctx.font = font(700, 40);

  it('cuts a long name with an ellipsis to the width given', () => {
    const cut = ellipsize(ctx, LONG_NAME, 400);
    expect(cut.endsWith('…')).toBe(true);
    expect(ctx.measureText(cut).width).toBeLessThanOrEqual(400);
    expect(LONG_NAME.startsWith(cut.slice(0, -1))).toBe(true);
  });

  it('never splits a Devanagari conjunct or leaves a dangling vowel sign', () => {
    for (let w = 40; w < ctx.measureText(HINDI_NAME).width; w += 7) {
      const kept = ellipsize(ctx, HINDI_NAME, w).replace('…', '');
      // A cut grapheme would end in a virama (्) or start a new cluster with a combining mark.
      expect(kept).not.toMatch(/\u094D$/);
      const next = HINDI_NAME.slice(kept.length, kept.length + 1);
      expect(next).not.toMatch(/[\u093E-\u094D\u0902]/);
    }
  });

  it('leaves text that fits alone', () => {
    expect(ellipsize(ctx, HINDI_NAME, 1000)).toBe(HINDI_NAME);
  });

  it('wraps a question prompt into two lines, the last one cut', () => {
    ctx.font = font(400, 22);
    const prompt = 'Consider the following statements about the partnership between India and Japan. '.repeat(
      4,
    );
    const lines = wrap(ctx, prompt, 600, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]?.endsWith('…')).toBe(true);
    for (const line of lines) expect(ctx.measureText(line).width).toBeLessThanOrEqual(600);
  });
});
