// The Sunday summary card: the week's top three on a podium, how many answered each day, and
// the question the group found hardest.
import {
  createCard,
  formatNumber,
  oneLine,
  panel,
  percent,
  roundRect,
  text,
  toPng,
  wrap,
  type Ctx,
} from './draw.ts';
import { font } from './fonts.ts';
import type { CardLabels } from './labels.ts';
import { resolveOptions, type CardOptions } from './options.ts';
import type { CardTheme } from './theme.ts';

export const PODIUM_CARD_SIZE = { width: 1080, height: 1080 } as const;

export interface PodiumCardData {
  communityTitle: string;
  /** Already worded by the caller, e.g. "12–18 May 2025". */
  weekLabel: string;
  /** Best first; only the first three are drawn, and fewer leave their places empty. */
  top: readonly { name: string; points: number }[];
  /** The week's days in order (usually seven), with how many members answered on each. */
  participation: readonly { date: string; answered: number }[];
  hardest: { prompt: string; answered: number; correct: number } | null;
}

const PAD = 64;
const BLOCK_WIDTH = 272;
const BLOCK_GAP = 24;
const BASE_Y = 600;
// Drawn left to right: second, first, third, the classic podium.
const PLACES = [
  { rank: 2, height: 180 },
  { rank: 1, height: 250 },
  { rank: 3, height: 130 },
] as const;

function medal(rank: number, theme: CardTheme): string {
  return rank === 1 ? theme.gold : rank === 2 ? theme.silver : theme.bronze;
}

function drawPodium(ctx: Ctx, data: PodiumCardData, labels: CardLabels, theme: CardTheme): void {
  const { width } = PODIUM_CARD_SIZE;
  const startX = (width - 3 * BLOCK_WIDTH - 2 * BLOCK_GAP) / 2;
  PLACES.forEach((place, i) => {
    const x = startX + i * (BLOCK_WIDTH + BLOCK_GAP);
    const top = BASE_Y - place.height;
    const entry = data.top[place.rank - 1];
    const centre = x + BLOCK_WIDTH / 2;
    if (entry) {
      roundRect(ctx, x, top, BLOCK_WIDTH, place.height, 14, medal(place.rank, theme));
      text(ctx, oneLine(entry.name), centre, top - 52, {
        weight: 700,
        size: 28,
        color: theme.text,
        align: 'center',
        maxWidth: BLOCK_WIDTH,
      });
      text(ctx, labels.pointsShort(entry.points), centre, top - 18, {
        weight: 400,
        size: 22,
        color: theme.muted,
        align: 'center',
        maxWidth: BLOCK_WIDTH,
      });
    } else {
      roundRect(ctx, x + 1, top + 1, BLOCK_WIDTH - 2, place.height - 2, 14, theme.panel, theme.panelBorder);
      text(ctx, labels.emptyPlace, centre, top - 18, {
        weight: 400,
        size: 22,
        color: theme.muted,
        align: 'center',
      });
    }
    text(ctx, String(place.rank), centre, top + Math.min(86, place.height - 24), {
      weight: 700,
      size: 64,
      color: entry ? theme.onMedal : theme.muted,
      align: 'center',
    });
  });
}

function drawParticipation(ctx: Ctx, data: PodiumCardData, labels: CardLabels, theme: CardTheme): void {
  const x = PAD;
  const y = 640;
  const w = PODIUM_CARD_SIZE.width - 2 * PAD;
  const h = 230;
  panel(ctx, theme, x, y, w, h);
  text(ctx, labels.participationTitle, x + 24, y + 38, {
    weight: 600,
    size: 22,
    color: theme.text,
    maxWidth: w - 48,
  });
  const days = data.participation.slice(0, 7);
  if (days.length === 0) return;
  const max = Math.max(1, ...days.map((d) => d.answered));
  const slot = (w - 48) / days.length;
  const barWidth = Math.min(64, slot - 24);
  const chartTop = y + 84;
  const chartHeight = 90;
  days.forEach((d, i) => {
    const cx = x + 24 + i * slot + slot / 2;
    const barHeight = d.answered > 0 ? Math.max(6, (d.answered / max) * chartHeight) : 0;
    const bottom = chartTop + chartHeight;
    roundRect(ctx, cx - barWidth / 2, chartTop, barWidth, chartHeight, 8, theme.empty);
    if (barHeight > 0)
      roundRect(ctx, cx - barWidth / 2, bottom - barHeight, barWidth, barHeight, 8, theme.accent);
    text(ctx, formatNumber(d.answered, labels.locale), cx, chartTop - 10, {
      weight: 600,
      size: 18,
      color: theme.text,
      align: 'center',
      maxWidth: slot - 4,
    });
    const weekday = (new Date(`${d.date}T12:00:00Z`).getUTCDay() + 6) % 7;
    text(ctx, labels.weekdaysShort[weekday] ?? '', cx, bottom + 28, {
      weight: 400,
      size: 16,
      color: theme.muted,
      align: 'center',
      maxWidth: slot - 4,
    });
  });
}

function drawHardest(ctx: Ctx, data: PodiumCardData, labels: CardLabels, theme: CardTheme): void {
  const x = PAD;
  const y = 890;
  const w = PODIUM_CARD_SIZE.width - 2 * PAD;
  const h = PODIUM_CARD_SIZE.height - PAD - y;
  panel(ctx, theme, x, y, w, h);
  const scoreWidth = 220;
  text(ctx, labels.hardestTitle, x + 24, y + 36, {
    weight: 600,
    size: 18,
    color: theme.accent,
    maxWidth: w - 48,
  });
  if (!data.hardest) {
    text(ctx, labels.noHardest, x + 24, y + 76, {
      weight: 400,
      size: 22,
      color: theme.muted,
      maxWidth: w - 48,
    });
    return;
  }
  ctx.font = font(400, 22);
  ctx.fillStyle = theme.text;
  ctx.textAlign = 'left';
  wrap(ctx, data.hardest.prompt, w - 48 - scoreWidth, 2).forEach((line, i) =>
    ctx.fillText(line, x + 24, y + 72 + i * 30),
  );
  const pct = percent(data.hardest.correct, data.hardest.answered);
  text(ctx, `${pct}%`, x + w - 24, y + 70, { weight: 700, size: 40, color: theme.wrong, align: 'right' });
  text(ctx, labels.hardestCaption, x + w - 24, y + 98, {
    weight: 400,
    size: 16,
    color: theme.muted,
    align: 'right',
    maxWidth: scoreWidth - 16,
  });
}

export async function renderPodiumCard(data: PodiumCardData, options?: CardOptions): Promise<Buffer> {
  const { labels, theme } = resolveOptions(options);
  const { width, height } = PODIUM_CARD_SIZE;
  const { canvas, ctx } = createCard(width, height, theme);
  text(ctx, `${labels.brand} · ${labels.weeklySummary}`, PAD, 96, {
    weight: 600,
    size: 22,
    color: theme.accent,
    maxWidth: width - 2 * PAD,
  });
  text(ctx, oneLine(data.communityTitle), PAD, 158, {
    weight: 700,
    size: 52,
    color: theme.text,
    maxWidth: width - 2 * PAD,
  });
  text(ctx, oneLine(data.weekLabel), PAD, 204, {
    weight: 400,
    size: 26,
    color: theme.muted,
    maxWidth: width - 2 * PAD,
  });
  drawPodium(ctx, data, labels, theme);
  drawParticipation(ctx, data, labels, theme);
  drawHardest(ctx, data, labels, theme);
  return toPng(canvas);
}
