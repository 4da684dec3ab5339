// Golden images: each card is rendered and compared, pixel by pixel, with a committed PNG, so a
// card that changes by accident fails here. Rendering is deterministic for a given
// @napi-rs/canvas and font version (both pinned by package-lock.json), so the tolerance is tight:
// at most 0.01% of pixels may differ by more than 32 levels in a channel. That still catches a
// changed digit, and absorbs anti-aliasing noise if another CPU rounds an edge differently.
//
// A deliberate change of a card: regenerate the goldens (and the README's example cards in
// docs/images/), look at them, and commit them with the change:
//   UPDATE_GOLDEN=1 npx vitest run tests/unit/pictures/golden.test.ts
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  darkTheme,
  lightTheme,
  renderPodiumCard,
  renderProgressCard,
  renderShareCard,
} from '../../../src/pictures/index.ts';
import { hindiLabels } from './hindi-labels.ts';
import { decode, diffFraction } from './pixels.ts';
import * as s from './samples.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const goldenDir = path.join(root, 'tests/fixtures/golden');
const docsDir = path.join(root, 'docs/images');
const TOLERANCE = 0.0001;
const update = process.env.UPDATE_GOLDEN === '1';

const goldens: Record<string, () => Promise<Buffer>> = {
  'progress-empty': () => renderProgressCard(s.progressEmpty),
  'progress-long-streak': () => renderProgressCard(s.progressLongStreak),
  'progress-hindi': () => renderProgressCard(s.progressHindi, { labels: hindiLabels }),
  'progress-long-name': () => renderProgressCard(s.progressLongName),
  'progress-light': () => renderProgressCard(s.progressExample, { theme: lightTheme }),
  'podium-empty': () => renderPodiumCard(s.podiumEmpty),
  'podium-two': () => renderPodiumCard(s.podiumTwo),
  'podium-hindi': () => renderPodiumCard(s.podiumHindi, { labels: hindiLabels }),
  'podium-long-name': () => renderPodiumCard(s.podiumLongName),
  'share-answered': () => renderShareCard(s.shareAnswered),
  'share-long-streak': () => renderShareCard(s.shareLongStreak),
  'share-hindi': () => renderShareCard(s.shareHindi, { labels: hindiLabels }),
  'share-long-name': () => renderShareCard(s.shareLongName),
};

// The README shows these; checking them here keeps the pictures there true to the code.
const examples: Record<string, () => Promise<Buffer>> = {
  'progress-card': () => renderProgressCard(s.progressExample),
  'podium-card': () => renderPodiumCard(s.podiumExample),
  'share-card': () => renderShareCard(s.shareExample),
};

async function matchesFile(png: Buffer, file: string): Promise<number> {
  return diffFraction(await decode(png), await decode(readFileSync(file)));
}

function check(dir: string, cards: Record<string, () => Promise<Buffer>>) {
  for (const [name, render] of Object.entries(cards)) {
    it(`${name} matches ${path.relative(root, dir)}/${name}.png`, async () => {
      const file = path.join(dir, `${name}.png`);
      const png = await render();
      if (update) {
        mkdirSync(dir, { recursive: true });
        writeFileSync(file, png);
        return;
      }
      expect(existsSync(file), `missing ${file}: run with UPDATE_GOLDEN=1`).toBe(true);
      expect(await matchesFile(png, file)).toBeLessThanOrEqual(TOLERANCE);
    });
  }
}

describe('golden cards', () => {
  check(goldenDir, goldens);
  check(docsDir, examples);
});

describe.skipIf(update)('the golden check rejects changed cards', () => {
  it('a changed colour', async () => {
    const png = await renderProgressCard(s.progressExample, { theme: { ...darkTheme, right: '#22C55E' } });
    expect(await matchesFile(png, path.join(docsDir, 'progress-card.png'))).toBeGreaterThan(TOLERANCE);
  });

  it('a changed number', async () => {
    const png = await renderShareCard({ ...s.shareExample, streak: s.shareExample.streak + 1 });
    expect(await matchesFile(png, path.join(docsDir, 'share-card.png'))).toBeGreaterThan(TOLERANCE);
  });

  it('a different size', async () => {
    const png = await renderShareCard(s.shareExample);
    expect(await matchesFile(png, path.join(docsDir, 'podium-card.png'))).toBe(1);
  });
});
