// Small pure helpers shared by the loader, the lookup index and the rotation.

/**
 * Lookup normalisation: Unicode-decomposed, accents dropped, lower-case, Devanagari folded (see
 * foldDevanagari), every run of characters other than a-z / 0-9 / Devanagari letters and signs
 * collapsed to one space, trimmed. "China+1" -> "china 1", "US-2" -> "us 2", "ज़ापान" -> "जापान".
 */
export function normalizeKey(s: string): string {
  return (
    foldDevanagari(s.normalize('NFKD'))
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      // Devanagari vowel signs are combining marks: kept on purpose, as whole ranges.
      // eslint-disable-next-line no-misleading-character-class
      .replace(/[^a-z0-9\u0900-\u0963\u0971-\u097f]+/g, ' ')
      .trim()
      .replace(/[a-z]{4,}/g, britishSpelling)
  );
}

/**
 * One spelling per Devanagari word, as students type it either way: nukta dropped (ज़ -> ज, after
 * NFKD splits क़ into क + nukta), chandrabindu as anusvara (ँ -> ं), a nasal half-consonant before a
 * consonant as anusvara (हिन्दी -> हिंदी), joiners removed, Devanagari digits as 0-9.
 */
export function foldDevanagari(s: string): string {
  return s
    .replace(/[\u093c\u200c\u200d]/g, '')
    .replace(/\u0901/g, '\u0902')
    .replace(/[\u0919\u091e\u0923\u0928\u092e]\u094d(?=[\u0915-\u0939])/g, '\u0902')
    .replace(/[\u0966-\u096f]/g, (d) => String(d.charCodeAt(0) - 0x0966));
}

/** US spellings a student may type, mapped to the British spellings the content uses. */
const US_WORDS: Record<string, string> = {
  defense: 'defence',
  defenses: 'defences',
  labor: 'labour',
  center: 'centre',
  centers: 'centres',
  aging: 'ageing',
  program: 'programme',
  programs: 'programmes',
  favor: 'favour',
  catalog: 'catalogue',
};

/**
 * One spelling per word, on both sides of a lookup: "organization", "civilizational", "stabilizing"
 * and "defense" become "organisation", "civilisational", "stabilising" and "defence".
 */
function britishSpelling(word: string): string {
  const mapped = US_WORDS[word];
  if (mapped) return mapped;
  // -ize/-ization family, for words long enough not to be "size" or "prize".
  return word.length >= 6 ? word.replace(/iz(e|es|ed|ing|ation|ations|ational|er|ers)$/, 'is$1') : word;
}

/** A key without spaces, so "e-10", "e 10" and "e10" meet (codes mixing letters and digits). */
export function compactKey(key: string): string {
  return key.replace(/ /g, '');
}

/** Option comparison for the "4 distinct options" rule: trimmed, case-folded, inner spaces collapsed. */
export function normalizeOption(s: string): string {
  return s.trim().toLowerCase().replace(/\s+/g, ' ');
}

/** FNV-1a 32-bit hash followed by a murmur3 finaliser: a stable seed from a string. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** mulberry32: a tiny deterministic PRNG returning floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher-Yates shuffle of a copy, driven by a seeded PRNG. */
export function seededShuffle<T>(items: readonly T[], seed: number): T[] {
  const out = items.slice();
  const rnd = mulberry32(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    const tmp = out[i] as T;
    out[i] = out[j] as T;
    out[j] = tmp;
  }
  return out;
}

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of a local calendar date 'YYYY-MM-DD'; throws RangeError on anything else. */
export function dayIndex(localDate: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(localDate);
  if (!m) throw new RangeError(`invalid local date ${JSON.stringify(localDate)}: expected 'YYYY-MM-DD'`);
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) {
    throw new RangeError(`invalid local date ${JSON.stringify(localDate)}: no such day`);
  }
  return Math.round(t / MS_PER_DAY);
}

/** Inverse of dayIndex (UTC calendar arithmetic, no time zone involved). */
export function dateOfDayIndex(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}
