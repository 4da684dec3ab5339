// The content library: every pack under content/, validated, indexed for lookup, with the daily rotation.
import path from 'node:path';
import { cachedPacks } from './cache.ts';
import { ContentError } from './errors.ts';
import type { Lang } from './i18n/languages.ts';
import { localizeFact, localizeSection } from './i18n/localize.ts';
import { LookupIndex, type LookupResult } from './lookup.ts';
import { Rotation } from './rotation.ts';
import type { Fact, MainsPrompt, Pack, Question, Section } from './schema.ts';
import { readSources, type LoadOptions } from './sources.ts';
import { dayIndex } from './text.ts';

export { ContentError };
export type { LookupResult };

export class ContentLibrary {
  readonly packs: Pack[];
  /** all packs, in pack then file order */
  readonly facts: Fact[];
  readonly questions: Question[];
  readonly mains: MainsPrompt[];
  private readonly factById = new Map<string, Fact>();
  private readonly questionById = new Map<string, Question>();
  private readonly sectionById = new Map<string, Section>();
  /** Built on the first lookup: a start that answers no /fact yet need not pay for it. */
  private lookupIndex: LookupIndex | undefined;
  private readonly rotation: Rotation;

  /** Trusts its input: build packs with loadContent, which validates them. */
  constructor(packs: Pack[]) {
    this.packs = packs;
    this.facts = packs.flatMap((p) => p.facts);
    this.questions = packs.flatMap((p) => p.questions);
    this.mains = packs.flatMap((p) => p.mains);
    const packOf = new Map<object, string>();
    for (const p of packs) {
      for (const s of p.sections) if (!this.sectionById.has(s.id)) this.sectionById.set(s.id, s);
      for (const f of p.facts) {
        this.factById.set(f.id, f);
        packOf.set(f, p.id);
      }
      for (const q of p.questions) {
        this.questionById.set(q.id, q);
        packOf.set(q, p.id);
      }
      for (const m of p.mains) packOf.set(m, p.id);
    }
    this.rotation = new Rotation(
      packs.map((p) => p.id),
      this.facts,
      this.questions,
      this.mains,
      (item) => `${packOf.get(item) ?? ''}\u0000${item.id}`,
    );
  }

  private get index(): LookupIndex {
    return (this.lookupIndex ??= new LookupIndex(this.facts));
  }

  fact(id: string): Fact | undefined {
    return this.factById.get(id);
  }

  question(id: string): Question | undefined {
    return this.questionById.get(id);
  }

  /** Section by id (section ids are per pack; with several packs the first pack defining the id wins). */
  section(id: string): Section | undefined {
    return this.sectionById.get(id);
  }

  /** A section's title in `lang` (English when its pack has no such translation). */
  sectionTitle(id: string, lang: Lang = 'en'): string | undefined {
    const s = this.sectionById.get(id);
    return s && localizeSection(s, lang).title;
  }

  /** /fact: exact id or title, then alias, then fuzzy; otherwise up to 3 suggestions. Never throws. */
  lookup(query: string): LookupResult {
    return this.index.lookup(query);
  }

  /**
   * The best titles for an autocomplete prefix (empty prefix: the first titles alphabetically),
   * matched in every language, shown in `lang`.
   */
  autocomplete(prefix: string, limit = 25, lang: Lang = 'en'): { id: string; title: string }[] {
    return this.index
      .autocomplete(prefix, limit)
      .map(({ id }) => ({ id, title: localizeFact(this.factById.get(id)!, lang).title }));
  }

  /** The fact and question of a local date 'YYYY-MM-DD' (throws RangeError on a malformed date). */
  daily(localDate: string): { fact: Fact; question: Question } {
    const day = dayIndex(localDate);
    return { fact: this.rotation.factOfDay(day), question: this.rotation.questionOfDay(day) };
  }

  /** A practice question; pass a seeded random in tests. */
  randomQuestion(random: () => number = Math.random): Question {
    const n = this.questions.length;
    if (n === 0) throw new Error('the content library has no questions');
    const r = random();
    const i = Number.isFinite(r) ? Math.min(n - 1, Math.max(0, Math.floor(r * n))) : 0;
    return this.questions[i] as Question;
  }

  /** The mains prompt of the (Monday-based) week containing localDate. */
  mainsOfWeek(localDate: string): MainsPrompt {
    return this.rotation.mainsOfWeek(dayIndex(localDate));
  }
}

/**
 * Loads and validates every pack folder under dir. Throws ContentError (file, entry id, problem).
 * Files exactly as the build validated them come from its cache; the validator (YAML, zod) is loaded
 * only when something has to be validated.
 */
export async function loadContent(dir: string, options: LoadOptions = {}): Promise<ContentLibrary> {
  const sources = await readSources(dir);
  const packs =
    (await cachedPacks(sources, options)) ??
    (await import('./loader.ts')).validatePacks(sources, path.resolve(dir), options);
  return new ContentLibrary(packs);
}
