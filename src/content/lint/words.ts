// Word-level helpers for the lint rules: tokens, distinctive words, similarity.
import { normalizeKey } from '../text.ts';

/** Words too common to make a stem echo or a duplicate. */
const STOPWORDS = new Set(
  (
    'a an the of and or in on at to for by with from as is are was were be been has have had it its ' +
    'this that these those which what who whom whose when where why how does do did india japan ' +
    'indian japanese editorial following given above under about between into than their there they ' +
    'according per most more'
  ).split(' '),
);

export const ABSOLUTE_WORDS = ['only', 'always', 'never', 'all', 'none', 'solely', 'entirely'] as const;
const ABSOLUTE = new RegExp(`\\b(${ABSOLUTE_WORDS.join('|')})\\b`, 'i');

export function absoluteWord(text: string): string | undefined {
  return ABSOLUTE.exec(text)?.[1]?.toLowerCase();
}

export function tokens(text: string): string[] {
  return normalizeKey(text).split(' ').filter(Boolean);
}

/** Content words: no stopwords, at least 4 characters or containing a digit. */
export function contentWords(text: string): Set<string> {
  return new Set(tokens(text).filter((w) => !STOPWORDS.has(w) && (w.length >= 4 || /\d/.test(w))));
}

/** Crude stem so "invests" meets "investment": the first 5 characters of a long word. */
export const stem = (w: string): string => (w.length > 5 ? w.slice(0, 5) : w);

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared += 1;
  return shared / (a.size + b.size - shared);
}

/** A figure standing on its own ("$68 billion", "15th", "2019"); digits inside a name ("G20", "China+1") are not. */
export const hasNumber = (text: string): boolean => /(?:^|[\s(])[$₹]?\d/.test(text);

/**
 * A proper name in an option: an acronym (2+ capitals) anywhere, or a capitalised word that is not
 * the option's first word (the first word is capitalised anyway).
 */
export function hasName(text: string): boolean {
  const words = text
    .replace(/["“”'‘’()]/g, '')
    .split(/\s+/)
    .filter(Boolean);
  return words.some((w, i) => /^[A-Z]{2,}/.test(w) || (i > 0 && /^[A-Z][a-z]/.test(w)));
}
