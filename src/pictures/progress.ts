// The /stats card: who, how regular (a 12-week heatmap and streaks), how many points, how well
// (net UPSC-marked score and accuracy by section).
import type { DayState } from './calendar.ts';
import { createCard, formatNumber, oneLine, panel, percent, text, toPng, type Ctx } from './draw.ts';
import { drawHeatmap } from './heatmap.ts';
import { resolveOptions, type CardOptions } from './options.ts';
import { drawSectionBars, type SectionScore } from './sections.ts';
import type { CardTheme } from './theme.ts';

export const PROGRESS_CARD_SIZE = { width: 1200, height: 630 } as const;

export interface ProgressCardData {
  name: string;
  /** The member's local date, 'YYYY-MM-DD': the heatmap ends with its week. */
  today: string;
  /** Days with something to show; any day not listed is drawn as missed. */
  days: readonly { date: string; state: DayState }[];
  currentStreak: number;
  bestStreak: number;
  points: number;
  /** +2 per right answer, −2/3 per wrong one (UPSC prelims marking); drawn with 2 decimals. */
  netScore: number;
  answered: number;
  correct: number;
  sections: readonly SectionScore[];
}

const PAD = 48;

function tile(ctx: Ctx, theme: CardTheme, x: number, w: number, value: string, unit: string, label: string) {
  const y = 136;
  panel(ctx, theme, x, y, w, 96);
  const valueWidth = text(ctx, value, x + 20, y + 52, {
    weight: 700,
    size: 34,
    color: theme.text,
    maxWidth: w - 40,
  });
  if (unit)
    text(ctx, unit, x + 20 + valueWidth + 8, y + 52, {
      weight: 400,
      size: 18,
      color: theme.muted,
      maxWidth: Math.max(0, w - 48 - valueWidth),
    });
  text(ctx, label, x + 20, y + 80, { weight: 400, size: 16, color: theme.muted, maxWidth: w - 40 });
}

/** A signed score with two decimals and a real minus sign. */
function signedScore(value: number, locale: string): string {
  const abs = formatNumber(Math.abs(value), locale, 2);
  if (Math.abs(value) < 0.005) return formatNumber(0, locale, 2);
  return value > 0 ? `+${abs}` : `\u2212${abs}`;
}

export async function renderProgressCard(data: ProgressCardData, options?: CardOptions): Promise<Buffer> {
  const { labels, theme } = resolveOptions(options);
  const { width, height } = PROGRESS_CARD_SIZE;
  const { canvas, ctx } = createCard(width, height, theme);
  const inner = width - 2 * PAD;

  // Header: the name, a one-line summary, and where the picture comes from.
  const brandWidth = text(ctx, `${labels.brand} · ${labels.progressTitle}`, width - PAD, 70, {
    weight: 600,
    size: 18,
    color: theme.accent,
    align: 'right',
    maxWidth: 300,
  });
  text(ctx, oneLine(data.name), PAD, 80, {
    weight: 700,
    size: 40,
    color: theme.text,
    maxWidth: inner - brandWidth - 32,
  });
  const summary =
    data.answered > 0
      ? labels.answeredSummary(data.answered, percent(data.correct, data.answered))
      : labels.noAnswersYet;
  text(ctx, summary, PAD, 114, { weight: 400, size: 20, color: theme.muted, maxWidth: inner });

  // Four figures in a row.
  const gap = 16;
  const tileWidth = (inner - 3 * gap) / 4;
  const figures: [string, string, string][] = [
    [formatNumber(data.currentStreak, labels.locale), labels.days(data.currentStreak), labels.currentStreak],
    [formatNumber(data.bestStreak, labels.locale), labels.days(data.bestStreak), labels.bestStreak],
    [formatNumber(data.points, labels.locale), '', labels.points],
    [signedScore(data.netScore, labels.locale), '', labels.netScore],
  ];
  figures.forEach(([value, unit, label], i) =>
    tile(ctx, theme, PAD + i * (tileWidth + gap), tileWidth, value, unit, label),
  );

  // Lower left: the heatmap; lower right: accuracy by section.
  const top = 256;
  const leftWidth = 440;
  panel(ctx, theme, PAD, top, leftWidth, height - PAD - top);
  text(ctx, labels.calendarTitle, PAD + 20, top + 34, {
    weight: 600,
    size: 18,
    color: theme.text,
    maxWidth: leftWidth - 40,
  });
  drawHeatmap(ctx, { x: PAD + 20, y: top + 52, width: leftWidth - 40 }, data.today, data.days, labels, theme);

  const rightX = PAD + leftWidth + gap;
  const rightWidth = width - PAD - rightX;
  panel(ctx, theme, rightX, top, rightWidth, height - PAD - top);
  text(ctx, labels.sectionsTitle, rightX + 20, top + 34, {
    weight: 600,
    size: 18,
    color: theme.text,
    maxWidth: rightWidth - 40,
  });
  if (data.sections.length === 0)
    text(ctx, labels.noAnswersYet, rightX + rightWidth / 2, top + 170, {
      weight: 400,
      size: 18,
      color: theme.muted,
      align: 'center',
      maxWidth: rightWidth - 40,
    });
  else
    drawSectionBars(
      ctx,
      { x: rightX + 20, y: top + 52, width: rightWidth - 40, rowHeight: 32 },
      data.sections,
      labels,
      theme,
    );

  return toPng(canvas);
}
