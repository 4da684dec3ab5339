// Drawing helpers shared by the cards: a canvas with the theme's background, text that is cut
// with an ellipsis instead of overflowing, word wrapping and rounded shapes.
import { createCanvas, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import { ensureFonts, font, type FontWeight } from './fonts.ts';
import { encodePng } from './png.ts';
import type { CardTheme } from './theme.ts';

export type Ctx = SKRSContext2D;

export function createCard(width: number, height: number, theme: CardTheme): { canvas: Canvas; ctx: Ctx } {
  ensureFonts();
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = theme.background;
  ctx.fillRect(0, 0, width, height);
  return { canvas, ctx };
}

/** PNG bytes, compressed on libuv's thread pool so the bot's event loop keeps serving taps. */
export function toPng(canvas: Canvas): Promise<Buffer> {
  return encodePng(canvas);
}

/** User text on one line: line breaks and runs of spaces become one space. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Grapheme clusters, so a cut never splits a Devanagari conjunct or an accented letter. */
function graphemes(text: string): string[] {
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

/** The longest prefix of text (plus "…") that fits maxWidth in the current font. */
export function ellipsize(ctx: Ctx, text: string, maxWidth: number): string {
  if (ctx.measureText(text).width <= maxWidth) return text;
  const parts = graphemes(text);
  let lo = 0;
  let hi = parts.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    const candidate = parts.slice(0, mid).join('').trimEnd() + '…';
    if (ctx.measureText(candidate).width <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return lo === 0 ? '…' : parts.slice(0, lo).join('').trimEnd() + '…';
}

export interface TextStyle {
  weight: FontWeight;
  size: number;
  color: string;
  align?: 'left' | 'center' | 'right';
  maxWidth?: number;
}

/** Draws one line of text at a baseline, cut to maxWidth; returns the width drawn. */
export function text(ctx: Ctx, value: string, x: number, y: number, style: TextStyle): number {
  ctx.font = font(style.weight, style.size);
  ctx.fillStyle = style.color;
  ctx.textAlign = style.align ?? 'left';
  ctx.textBaseline = 'alphabetic';
  const line = style.maxWidth === undefined ? value : ellipsize(ctx, value, style.maxWidth);
  ctx.fillText(line, x, y);
  return ctx.measureText(line).width;
}

/** Word-wraps text into at most maxLines lines; the last line is ellipsised if text remains. */
export function wrap(ctx: Ctx, value: string, maxWidth: number, maxLines: number): string[] {
  const words = oneLine(value).split(' ');
  const lines: string[] = [];
  let current = '';
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    const candidate = current ? `${current} ${word}` : word;
    if (ctx.measureText(candidate).width <= maxWidth) {
      current = candidate;
      continue;
    }
    if (lines.length === maxLines - 1) {
      lines.push(ellipsize(ctx, `${candidate} ${words.slice(i + 1).join(' ')}`, maxWidth));
      return lines;
    }
    if (current) lines.push(current);
    // A single word wider than the line (a long URL, a name without spaces) is cut.
    current = ctx.measureText(word).width <= maxWidth ? word : ellipsize(ctx, word, maxWidth);
  }
  if (current) lines.push(current);
  return lines;
}

export function roundRect(
  ctx: Ctx,
  x: number,
  y: number,
  w: number,
  h: number,
  r: number,
  fill: string,
  stroke?: string,
): void {
  ctx.beginPath();
  ctx.roundRect(x, y, w, h, Math.min(r, w / 2, h / 2));
  ctx.fillStyle = fill;
  ctx.fill();
  if (stroke) {
    ctx.strokeStyle = stroke;
    ctx.lineWidth = 1;
    ctx.stroke();
  }
}

/** A panel: the theme's raised surface with a hairline border. */
export function panel(ctx: Ctx, theme: CardTheme, x: number, y: number, w: number, h: number): void {
  roundRect(ctx, x + 0.5, y + 0.5, w - 1, h - 1, 16, theme.panel, theme.panelBorder);
}

/** A horizontal bar: the track, then the filled share (0..1) over it. */
export function bar(
  ctx: Ctx,
  x: number,
  y: number,
  w: number,
  h: number,
  share: number,
  track: string,
  fill: string,
): void {
  roundRect(ctx, x, y, w, h, h / 2, track);
  const filled = Math.max(0, Math.min(1, share)) * w;
  if (filled > 0) roundRect(ctx, x, y, Math.max(filled, h), h, h / 2, fill);
}

/** Whole percent, 0 when nothing was answered. */
export function percent(correct: number, answered: number): number {
  return answered > 0 ? Math.round((100 * correct) / answered) : 0;
}

export function formatNumber(value: number, locale: string, fractionDigits = 0): string {
  return value.toLocaleString(locale, {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  });
}
