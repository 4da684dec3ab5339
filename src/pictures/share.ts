// The card a member forwards after the daily answer: which day, which pack, their streak, and
// whether they got it right. Its data has no field for the answer, so it cannot give one away.
import { createCard, oneLine, panel, roundRect, text, toPng, type Ctx } from './draw.ts';
import { resolveOptions, type CardOptions } from './options.ts';
import type { CardTheme } from './theme.ts';

export const SHARE_CARD_SIZE = { width: 800, height: 418 } as const;

export interface ShareCardData {
  name: string;
  /** The pack's day number, "Day 23". */
  day: number;
  packTitle: string;
  /** 'correct' says so; 'answered' is used for a wrong answer too, so nothing is spoiled. */
  outcome: 'correct' | 'answered';
  streak: number;
}

const PAD = 48;

/** A tick in a circle (correct) or a plain filled circle (answered). */
function badge(ctx: Ctx, x: number, y: number, r: number, correct: boolean, theme: CardTheme): void {
  ctx.beginPath();
  ctx.arc(x, y, r, 0, Math.PI * 2);
  ctx.fillStyle = correct ? theme.right : theme.muted;
  ctx.fill();
  ctx.strokeStyle = theme.background;
  ctx.lineWidth = 3;
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  ctx.beginPath();
  if (correct) {
    ctx.moveTo(x - r * 0.42, y + r * 0.02);
    ctx.lineTo(x - r * 0.1, y + r * 0.34);
    ctx.lineTo(x + r * 0.45, y - r * 0.3);
  } else {
    ctx.moveTo(x - r * 0.4, y);
    ctx.lineTo(x + r * 0.4, y);
  }
  ctx.stroke();
}

/** A small flame for the streak, drawn as a path (the fonts have no emoji). */
function flame(ctx: Ctx, x: number, y: number, size: number, colour: string): void {
  ctx.beginPath();
  ctx.moveTo(x, y - size);
  ctx.bezierCurveTo(x + size * 0.9, y - size * 0.35, x + size * 0.65, y + size * 0.55, x, y + size * 0.6);
  ctx.bezierCurveTo(
    x - size * 0.65,
    y + size * 0.55,
    x - size * 0.8,
    y - size * 0.1,
    x - size * 0.25,
    y - size * 0.45,
  );
  ctx.bezierCurveTo(
    x - size * 0.2,
    y - size * 0.15,
    x - size * 0.05,
    y - size * 0.05,
    x + size * 0.05,
    y - size * 0.2,
  );
  ctx.bezierCurveTo(x + size * 0.2, y - size * 0.45, x + size * 0.05, y - size * 0.75, x, y - size);
  ctx.closePath();
  ctx.fillStyle = colour;
  ctx.fill();
}

export async function renderShareCard(data: ShareCardData, options?: CardOptions): Promise<Buffer> {
  const { labels, theme } = resolveOptions(options);
  const { width, height } = SHARE_CARD_SIZE;
  const { canvas, ctx } = createCard(width, height, theme);
  const inner = width - 2 * PAD;
  const correct = data.outcome === 'correct';

  // A quiet accent stripe on the left edge, in the result's colour.
  roundRect(ctx, 0, 0, 10, height, 0, correct ? theme.right : theme.accent);

  text(ctx, labels.brand, PAD, 66, { weight: 600, size: 20, color: theme.accent, maxWidth: inner });
  text(ctx, labels.dayNumber(data.day), PAD, 150, {
    weight: 700,
    size: 68,
    color: theme.text,
    maxWidth: inner,
  });
  text(ctx, oneLine(data.packTitle), PAD, 200, {
    weight: 600,
    size: 30,
    color: theme.muted,
    maxWidth: inner,
  });

  badge(ctx, PAD + 16, 244, 16, correct, theme);
  text(ctx, correct ? labels.answeredCorrectly : labels.answered, PAD + 44, 253, {
    weight: 600,
    size: 26,
    color: correct ? theme.right : theme.text,
    maxWidth: inner - 44,
  });

  // Bottom strip: who, and their streak.
  const stripY = 298;
  panel(ctx, theme, PAD, stripY, inner, 72);
  const streakText = labels.streak(data.streak);
  const streakWidth = text(ctx, streakText, width - PAD - 24, stripY + 45, {
    weight: 600,
    size: 22,
    color: theme.text,
    align: 'right',
    maxWidth: inner / 2,
  });
  flame(ctx, width - PAD - 24 - streakWidth - 18, stripY + 36, 14, theme.gold);
  text(ctx, oneLine(data.name), PAD + 24, stripY + 45, {
    weight: 600,
    size: 22,
    color: theme.text,
    maxWidth: inner - 48 - streakWidth - 56,
  });
  return toPng(canvas);
}
