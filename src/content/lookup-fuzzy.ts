// String helpers of the fuzzy lookup: edit budgets, bigram counts, similarity.
import { distance } from 'fastest-levenshtein';

/** Edits tolerated for a key of this length: about one in four characters, none below 4 characters. */
export function allowedEdits(len: number): number {
  return len < 4 ? 0 : Math.max(1, Math.floor(len / 4));
}

export function bigramCounts(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i + 2 <= text.length; i++) {
    const bg = text.slice(i, i + 2);
    out.set(bg, (out.get(bg) ?? 0) + 1);
  }
  return out;
}

export function bigrams(word: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 2 <= word.length; i++) out.add(word.slice(i, i + 2));
  return out;
}

/** 1 - edit distance / length; 0 when the lengths alone rule out reaching `min`. */
export function similarity(a: string, b: string, min: number): number {
  const max = Math.max(a.length, b.length);
  if (max === 0) return 1;
  // Cheap bound first: the distance is at least the length difference.
  if (Math.abs(a.length - b.length) / max > 1 - min) return 0;
  return 1 - distance(a, b) / max;
}
