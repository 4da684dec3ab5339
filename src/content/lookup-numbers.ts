// Figures a student types ("17.69", "5.15 billion", "2019 g20") are looked up in the facts' texts:
// a figure is rarely a title or an alias, but it names its fact as well as any word does.
import type { Fact } from './schema.ts';
import { normalizeKey } from './text.ts';

/** A standalone figure: not part of a code such as "G20" or "FY24"; thousands separators allowed. */
const FIGURE = /(?<![A-Za-z\d.])\d+(?:[.,]\d+)*/g;

function figures(text: string): string[] {
  return (text.match(FIGURE) ?? []).map((n) => n.replace(/,(?=\d{3}\b)/g, '').replace(/\.$/, ''));
}

export class FigureIndex {
  private readonly figures: Set<string>[];
  private readonly words: Set<string>[];

  constructor(facts: readonly Fact[]) {
    this.figures = facts.map((f) => new Set(figures(`${f.title}\n${f.text}`)));
    // Words of every language, so "500 GW लक्ष्य" ranks its fact as "500 GW target" does.
    this.words = facts.map(
      (f) =>
        new Set(
          normalizeKey(
            (f.i18n ? Object.values(f.i18n) : [f]).flatMap((t) => [t.title, t.text, ...t.aliases]).join(' '),
          ).split(' '),
        ),
    );
  }

  /**
   * The one fact whose text holds every figure of the query; among several, the one sharing the
   * most other query words (a tie is no answer).
   */
  find(query: string): number | undefined {
    const wanted = figures(query);
    if (wanted.length === 0) return undefined;
    const candidates = this.figures.flatMap((set, i) => (wanted.every((n) => set.has(n)) ? [i] : []));
    if (candidates.length <= 1) return candidates[0];
    const rest = normalizeKey(query.replace(FIGURE, ' '))
      .split(' ')
      .filter((w) => w.length >= 2);
    const scored = candidates
      .map((i) => ({ i, score: rest.filter((w) => this.words[i]!.has(w)).length }))
      .sort((a, b) => b.score - a.score);
    const [first, second] = scored;
    return first && first.score > 0 && first.score > (second?.score ?? 0) ? first.i : undefined;
  }
}
