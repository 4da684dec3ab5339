// Fonts for the cards, shipped with the project as npm packages (@fontsource), never the system's:
// a bare server or CI machine has no fonts for Devanagari, and fontconfig differs from host to host.
import { createRequire } from 'node:module';
import { GlobalFonts } from '@napi-rs/canvas';

const require = createRequire(import.meta.url);

// Our own family names, so a font the host happens to have can never stand in for ours.
const LATIN = 'Studybot Sans';
const LATIN_EXT = 'Studybot Sans Ext';
const DEVANAGARI = 'Studybot Devanagari';

export type FontWeight = 400 | 600 | 700;
const WEIGHTS: readonly FontWeight[] = [400, 600, 700];

// fontsource splits each face into unicode-range subsets; Latin, Latin Extended (names such as
// "Łukasz") and Devanagari cover the members we expect. Skia shapes Devanagari conjuncts itself.
const files = (weight: FontWeight): [string, string][] => [
  [`@fontsource/noto-sans/files/noto-sans-latin-${weight}-normal.woff2`, LATIN],
  [`@fontsource/noto-sans/files/noto-sans-latin-ext-${weight}-normal.woff2`, LATIN_EXT],
  [
    `@fontsource/noto-sans-devanagari/files/noto-sans-devanagari-devanagari-${weight}-normal.woff2`,
    DEVANAGARI,
  ],
];

let registered = false;

/** Registers the card fonts once per process; cheap to call before every render. */
export function ensureFonts(): void {
  if (registered) return;
  for (const weight of WEIGHTS) {
    for (const [specifier, family] of files(weight)) {
      const key = GlobalFonts.registerFromPath(require.resolve(specifier), family);
      if (!key) throw new Error(`could not load the card font ${specifier}`);
    }
  }
  registered = true;
}

/** A CSS font shorthand in our families: Latin first, then Devanagari, then the rarer Latin letters. */
export function font(weight: FontWeight, sizePx: number): string {
  return `${weight} ${sizePx}px "${LATIN}", "${DEVANAGARI}", "${LATIN_EXT}"`;
}
