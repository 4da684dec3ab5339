// Each card renders, at its fixed size, for the cases the issue names: no history, a 400-day
// streak, a Hindi name and a 100-character name. Real rendering with the shipped fonts.
import { GlobalFonts } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import {
  PODIUM_CARD_SIZE,
  PROGRESS_CARD_SIZE,
  SHARE_CARD_SIZE,
  renderPodiumCard,
  renderProgressCard,
  renderShareCard,
} from '../../../src/pictures/index.ts';
import { hindiLabels } from './hindi-labels.ts';
import { decode, diffFraction, inkIn } from './pixels.ts';
import * as s from './samples.ts';

const cases = {
  progress: {
    size: PROGRESS_CARD_SIZE,
    empty: () => renderProgressCard(s.progressEmpty),
    longStreak: () => renderProgressCard(s.progressLongStreak),
    hindi: () => renderProgressCard(s.progressHindi, { labels: hindiLabels }),
    longName: () => renderProgressCard(s.progressLongName),
  },
  podium: {
    size: PODIUM_CARD_SIZE,
    empty: () => renderPodiumCard(s.podiumEmpty),
    longStreak: () => renderPodiumCard({ ...s.podiumExample, top: [{ name: 'Arjun', points: 123_456 }] }),
    hindi: () => renderPodiumCard(s.podiumHindi, { labels: hindiLabels }),
    longName: () => renderPodiumCard(s.podiumLongName),
  },
  share: {
    size: SHARE_CARD_SIZE,
    empty: () => renderShareCard(s.shareAnswered),
    longStreak: () => renderShareCard(s.shareLongStreak),
    hindi: () => renderShareCard(s.shareHindi, { labels: hindiLabels }),
    longName: () => renderShareCard(s.shareLongName),
  },
};

describe.each(Object.entries(cases))('%s card', (_card, c) => {
  it.each(['empty', 'longStreak', 'hindi', 'longName'] as const)(
    'renders a PNG of its fixed size: %s',
    async (which) => {
      const png = await c[which]();
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      const img = await decode(png);
      expect({ width: img.width, height: img.height }).toEqual(c.size);
      // Well under Telegram's 10 MB photo and Discord's 10 MiB attachment limits.
      expect(png.length).toBeLessThan(512 * 1024);
    },
  );
});

describe('names', () => {
  it('draws a Devanagari name where an empty name leaves the header blank', async () => {
    const header = { x: 48, y: 40, w: 500, h: 50 };
    const hindi = await decode(await renderProgressCard(s.progressHindi));
    const blank = await decode(await renderProgressCard({ ...s.progressHindi, name: '' }));
    expect(inkIn(blank, header)).toBe(0);
    expect(inkIn(hindi, header)).toBeGreaterThan(1500);
  });

  it('shapes Devanagari conjuncts with the shipped font, not a fallback', async () => {
    await renderShareCard(s.shareHindi); // registers the fonts
    expect(GlobalFonts.has('Studybot Devanagari')).toBe(true);
    const { createCanvas } = await import('@napi-rs/canvas');
    const ctx = createCanvas(10, 10).getContext('2d');
    ctx.font = '400 40px "Studybot Devanagari"';
    const width = (t: string) => ctx.measureText(t).width;
    // प + ् + र shaped as one conjunct is narrower than the three glyphs side by side.
    expect(width('प्र')).toBeLessThan(width('प') + width('्') + width('र') - 5);
  });

  it('keeps a 100-character name above its own podium place', async () => {
    expect(s.LONG_NAME.length).toBe(100);
    const img = await decode(await renderPodiumCard(s.podiumLongName));
    // The winner's name sits over the middle block (x 404..676); either side of it, at the
    // height of that line, the card must stay empty.
    const band = { y: 262, h: 40 };
    expect(inkIn(img, { x: 108, ...band, w: 290 })).toBe(0);
    expect(inkIn(img, { x: 682, ...band, w: 290 })).toBe(0);
  });

  it('cuts a long name before the progress card brand', async () => {
    const long = await decode(await renderProgressCard(s.progressLongName));
    const short = await decode(await renderProgressCard(s.progressExample));
    // The strip between the name's room and the brand: empty for both names.
    const gap = { x: 955, y: 30, w: 20, h: 70 };
    expect(inkIn(short, gap)).toBe(0);
    expect(inkIn(long, gap)).toBe(0);
    expect(diffFraction(long, short)).toBeGreaterThan(0);
  });
});

describe('share card', () => {
  it('says "answered correctly" only for a correct answer: any other is just "answered"', async () => {
    const correct = await decode(await renderShareCard(s.shareExample));
    const answered = await decode(await renderShareCard({ ...s.shareExample, outcome: 'answered' }));
    expect(diffFraction(correct, answered)).toBeGreaterThan(0.001);
  });
});
