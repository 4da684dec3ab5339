// Topic lookup for /fact: exact id/title, then alias, then typo-tolerant fuzzy match; suggestions and
// autocomplete. Every key is normalised once when the index is built, so a lookup only normalises the
// query (capped in length) and compares short strings.
import { distance } from 'fastest-levenshtein';
import { allowedEdits, bigramCounts, bigrams, similarity } from './lookup-fuzzy.ts';
import { FigureIndex } from './lookup-numbers.ts';
import type { Fact } from './schema.ts';
import { compactKey, normalizeKey } from './text.ts';

/** how: exact id/title, alias, a figure found in the fact's text, or a typo-tolerant match. */
export type LookupResult =
  | { kind: 'found'; fact: Fact; how: 'exact' | 'alias' | 'figure' | 'fuzzy' }
  | { kind: 'none'; suggestions: Fact[] };

/** Raw characters looked at (a 10 kB query is cut here, before any work). */
const MAX_RAW_QUERY = 512;
/** Normalised characters used for fuzzy matching (titles are at most 100 characters). */
const MAX_FUZZY_QUERY = 100;
/** Query words considered for phrase windows and suggestions. */
const MAX_QUERY_TOKENS = 8;
const MAX_SUGGESTIONS = 3;
/** A query word counts towards a suggestion only when this similar to a key word. */
const MIN_WORD_SIM = 0.6;
/** Distinct query words scored for suggestions. */
const MAX_RANK_WORDS = 8;
const MIN_SUGGESTION_SCORE = 0.5;
/** A word-level score this high, for one fact only, counts as a match. */
const UNIQUE_WORD_SCORE = 0.85;
const UNIQUE_MARGIN = 0.2;

interface Key {
  text: string;
  fact: number;
  how: 'exact' | 'alias';
  words: number;
  /** indices into the token vocabulary */
  tokens: number[];
}

export class LookupIndex {
  private readonly facts: readonly Fact[];
  private readonly exact = new Map<string, { fact: number; how: 'exact' | 'alias' }>();
  /** keys with digits, spaces removed ("e10", "us2"); -1 when two facts share one */
  private readonly compact = new Map<string, { fact: number; how: 'exact' | 'alias' }>();
  private readonly figures: FigureIndex;
  private readonly keys: Key[] = [];
  private readonly vocab: string[] = [];
  /** bigram -> [key index, occurrences in that key] */
  private readonly keyBigramIndex = new Map<string, [number, number][]>();
  /** bigram -> vocabulary indices containing it */
  private readonly bigramIndex = new Map<string, number[]>();
  /** per fact: vocabulary indices of all its key words */
  private readonly factTokens: number[][] = [];
  /** per fact: normalised title and other keys, for autocomplete */
  private readonly titleKeys: string[] = [];
  private readonly otherKeys: string[][] = [];
  private readonly byTitle: number[];

  constructor(facts: readonly Fact[]) {
    this.facts = facts;
    const vocabIndex = new Map<string, number>();
    const tokenId = (t: string): number => {
      let i = vocabIndex.get(t);
      if (i === undefined) {
        i = this.vocab.length;
        this.vocab.push(t);
        vocabIndex.set(t, i);
      }
      return i;
    };
    facts.forEach((f, fi) => {
      const entries: [string, 'exact' | 'alias'][] = [[normalizeKey(f.id), 'exact']];
      // Every language's title and aliases: "शिंकानसेन" finds the fact as "Shinkansen" does.
      for (const t of f.i18n ? Object.values(f.i18n) : [f]) {
        entries.push([normalizeKey(t.title), 'exact']);
        for (const a of t.aliases) entries.push([normalizeKey(a), 'alias']);
      }
      const seen = new Set<string>();
      const tokens = new Set<number>();
      for (const [text, how] of entries) {
        if (!text || seen.has(text)) continue;
        seen.add(text);
        // First writer wins; the loader rejects keys shared by two facts.
        if (!this.exact.has(text)) this.exact.set(text, { fact: fi, how });
        if (/\d/.test(text)) {
          const c = this.compact.get(compactKey(text));
          if (!c) this.compact.set(compactKey(text), { fact: fi, how });
          else if (c.fact !== fi) c.fact = -1;
        }
        const words = text.split(' ');
        const ids = words.map(tokenId);
        ids.forEach((t) => tokens.add(t));
        this.keys.push({ text, fact: fi, how, words: words.length, tokens: ids });
      }
      this.factTokens.push([...tokens]);
      this.titleKeys.push(normalizeKey(f.title));
      this.otherKeys.push([...seen].filter((k) => k !== normalizeKey(f.title)));
    });
    this.keys.forEach((key, k) => {
      for (const [bg, n] of bigramCounts(key.text)) {
        const list = this.keyBigramIndex.get(bg);
        if (list) list.push([k, n]);
        else this.keyBigramIndex.set(bg, [[k, n]]);
      }
    });
    this.vocab.forEach((word, v) => {
      for (const bg of bigrams(word)) {
        const list = this.bigramIndex.get(bg);
        if (list) list.push(v);
        else this.bigramIndex.set(bg, [v]);
      }
    });
    this.figures = new FigureIndex(facts);
    this.byTitle = facts
      .map((_, i) => i)
      .sort((a, b) => (facts[a] as Fact).title.localeCompare((facts[b] as Fact).title, 'en'));
  }

  lookup(query: string): LookupResult {
    const q = normalizeKey(String(query ?? '').slice(0, MAX_RAW_QUERY));
    if (!q) return { kind: 'none', suggestions: [] };
    const hit = this.exact.get(q);
    if (hit) return { kind: 'found', fact: this.facts[hit.fact] as Fact, how: hit.how };
    const code = /\d/.test(q) ? this.compact.get(compactKey(q)) : undefined;
    if (code && code.fact >= 0) return { kind: 'found', fact: this.facts[code.fact] as Fact, how: code.how };
    const figure = this.figures.find(String(query ?? '').slice(0, MAX_RAW_QUERY));
    if (figure !== undefined) return { kind: 'found', fact: this.facts[figure] as Fact, how: 'figure' };

    const fq = q.slice(0, MAX_FUZZY_QUERY).trim();
    const fuzzy = this.fuzzy(fq);
    if (fuzzy !== undefined) return { kind: 'found', fact: this.facts[fuzzy] as Fact, how: 'fuzzy' };
    const ranked = this.rank(fq);
    // A clear single winner on the words ("guardian", "geriatric") is a match, not a suggestion.
    const [first, second] = ranked;
    if (
      first &&
      first.score >= UNIQUE_WORD_SCORE &&
      (!second || second.score <= first.score - UNIQUE_MARGIN)
    ) {
      return { kind: 'found', fact: this.facts[first.fact] as Fact, how: 'fuzzy' };
    }
    return {
      kind: 'none',
      suggestions: ranked.slice(0, MAX_SUGGESTIONS).map((r) => this.facts[r.fact] as Fact),
    };
  }

  /** Best key within the edit budget: the whole query first, then phrases of the query's words. */
  private fuzzy(q: string): number | undefined {
    const best = { ratio: Infinity, len: 0, fact: -1 };
    const consider = (candidate: string, key: Key, isWindow: boolean) => {
      const budget = isWindow && key.text.length < 4 ? 0 : allowedEdits(key.text.length);
      if (key.text.length < 3) return;
      if (Math.abs(candidate.length - key.text.length) > budget) return;
      const d = budget === 0 ? (candidate === key.text ? 0 : 1) : distance(candidate, key.text);
      if (d > budget) return;
      const ratio = d / key.text.length + (isWindow ? 0.001 : 0);
      if (ratio < best.ratio || (ratio === best.ratio && key.text.length > best.len)) {
        best.ratio = ratio;
        best.len = key.text.length;
        best.fact = key.fact;
      }
    };
    // q-gram filter: every string compared below (q itself or a run of its words) is a substring of q,
    // so a key within its edit budget of one of them shares at least (len - 1) - 2 * budget bigrams
    // with q (each edit destroys at most two bigrams). Only those keys get an edit distance.
    const shared = new Uint16Array(this.keys.length);
    for (const [bg, cq] of bigramCounts(q)) {
      for (const [k, ck] of this.keyBigramIndex.get(bg) ?? [])
        shared[k] = (shared[k] as number) + Math.min(cq, ck);
    }
    const candidates = this.keys.filter(
      (key, k) => (shared[k] as number) >= key.text.length - 1 - 2 * allowedEdits(key.text.length),
    );
    if (q.length >= 4) for (const key of candidates) consider(q, key, false);
    if (best.fact >= 0) return best.fact;

    const words = q.split(' ').slice(0, MAX_QUERY_TOKENS);
    if (words.length < 2) return undefined;
    const windows = new Map<number, string[]>();
    for (const key of candidates) {
      if (key.words >= words.length) continue;
      let list = windows.get(key.words);
      if (!list) {
        list = [];
        for (let i = 0; i + key.words <= words.length; i++)
          list.push(words.slice(i, i + key.words).join(' '));
        windows.set(key.words, list);
      }
      for (const w of list) consider(w, key, true);
    }
    return best.fact >= 0 ? best.fact : undefined;
  }

  /** Facts whose keys look like the query (whole-string or word by word), best first. */
  private rank(q: string): { fact: number; score: number }[] {
    const qWords = [...new Set(q.split(' ').filter((w) => w.length >= 3))].slice(0, MAX_RANK_WORDS);
    if (qWords.length === 0) return [];
    // Similarity of each query word to the vocabulary words sharing at least one bigram with it
    // (an inverted bigram index keeps this to a handful of edit-distance computations per word).
    const shared = new Uint8Array(this.vocab.length);
    const wordSims = qWords.map((w) => {
      shared.fill(0);
      const touched: number[] = [];
      for (const bg of bigrams(w)) {
        for (const v of this.bigramIndex.get(bg) ?? []) {
          if (shared[v] === 0) touched.push(v);
          shared[v] = (shared[v] as number) + 1;
        }
      }
      const sims = new Map<number, number>();
      for (const v of touched) {
        const word = this.vocab[v] as string;
        if (word.length > w.length && word.startsWith(w)) {
          sims.set(v, 0.9);
          continue;
        }
        // q-gram lemma: each edit destroys at most 2 bigrams, so a word within the edit budget of a
        // MIN_WORD_SIM match shares at least this many bigrams; skip the edit distance otherwise.
        const maxEdits = Math.floor((1 - MIN_WORD_SIM) * Math.max(w.length, word.length));
        if ((shared[v] as number) < Math.max(1, w.length - 1 - 2 * maxEdits)) continue;
        const sim = similarity(w, word, MIN_SUGGESTION_SCORE);
        if (sim >= MIN_WORD_SIM) sims.set(v, sim);
      }
      return sims;
    });
    const ranked: { fact: number; score: number }[] = [];
    this.factTokens.forEach((tokens, fact) => {
      let sum = 0;
      for (const sims of wordSims) {
        let bestWord = 0;
        for (const t of tokens) bestWord = Math.max(bestWord, sims.get(t) ?? 0);
        sum += bestWord;
      }
      const score = sum / wordSims.length;
      if (score >= MIN_SUGGESTION_SCORE) ranked.push({ fact, score });
    });
    return ranked.sort((a, b) => b.score - a.score || a.fact - b.fact);
  }

  /**
   * Titles for an autocomplete box: title prefix first, then other-key prefix, word prefix, substring,
   * then typo-tolerant prefix; ties in title order. An empty prefix lists the first titles.
   */
  autocomplete(prefix: string, limit = 25): { id: string; title: string }[] {
    const n = Math.max(0, Math.floor(Number.isFinite(limit) ? limit : 25));
    const p = normalizeKey(String(prefix ?? '').slice(0, MAX_RAW_QUERY)).slice(0, MAX_FUZZY_QUERY);
    const out = (idx: number[]) =>
      idx.slice(0, n).map((i) => ({ id: (this.facts[i] as Fact).id, title: (this.facts[i] as Fact).title }));
    if (!p) return out(this.byTitle);
    const budget = p.length >= 4 ? Math.floor(p.length / 4) : 0;
    const ranked: [number, number][] = [];
    for (const i of this.byTitle) {
      const title = this.titleKeys[i] as string;
      const others = this.otherKeys[i] as string[];
      let rank: number;
      if (title.startsWith(p)) rank = 0;
      else if (others.some((k) => k.startsWith(p))) rank = 1;
      else if (` ${title}`.includes(` ${p}`)) rank = 2;
      else if (others.some((k) => ` ${k}`.includes(` ${p}`))) rank = 3;
      else if (title.includes(p) || others.some((k) => k.includes(p))) rank = 4;
      else if (
        budget > 0 &&
        [title, ...others].some(
          (k) => k.length >= p.length - budget && distance(k.slice(0, p.length), p) <= budget,
        )
      )
        rank = 5;
      else continue;
      ranked.push([rank, i]);
    }
    ranked.sort((a, b) => a[0] - b[0]);
    return out(ranked.map(([, i]) => i));
  }
}
