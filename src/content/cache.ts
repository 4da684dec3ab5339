// The build's content cache: `npm run build` validates the content folder once and stores the
// packs as JSON next to the compiled code, keyed by a hash of every pack file's text. A start whose
// content folder hashes the same revives the packs from it, with no YAML parsing and no zod
// validation (most of a warm start's time before). Any edit to a content file changes the key, and
// the content is then read and validated in full, as before: the cache never lets an unchecked
// file through. The cache belongs to the code beside it: the build empties dist/ before compiling,
// and the sources (src/, run through tsx) have no cache, so they always validate.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { attach } from './i18n/attach.ts';
import type { TranslationLang } from './i18n/languages.ts';
import type { Localizable, Pack } from './types.ts';
import { readSources, type LoadOptions, type PackSource } from './sources.ts';
import { CODE_DIR } from '../paths.ts';

/** dist/content-cache.json for the compiled code (src/content-cache.json, never written, for tsx). */
export const CACHE_FILE = path.join(CODE_DIR, 'content-cache.json');

/** Changes whenever the stored shape does, so an old file is a miss, not a misreading. */
const FORMAT = 'studybot-content-cache 1';

/** The hash of what the loader reads: folder names and every file's text (not where it was read from). */
export function sourcesKey(sources: readonly PackSource[]): string {
  const what = sources.map((s) => ({
    folder: s.folder,
    files: s.files,
    translations: (s.translations ?? []).map((t) => ({
      lang: t.lang,
      files: t.files,
      questions: t.questions,
    })),
  }));
  return createHash('sha256').update(FORMAT).update(JSON.stringify(what)).digest('hex');
}

type Stored<T> = T & { $i18n?: Record<string, T> };

/** An item with its translations inline (they are non-enumerable on the loaded item). */
function store<T extends Localizable<T>>(item: T): Stored<T> {
  const map = item.i18n as Record<string, T> | undefined;
  if (!map) return item;
  return { ...item, $i18n: Object.fromEntries(Object.entries(map).filter(([lang]) => lang !== 'en')) };
}

function revive<T extends Localizable<T>>(stored: Stored<T>): T {
  const { $i18n, ...item } = stored;
  for (const [lang, tr] of Object.entries($i18n ?? {})) attach(item as T, lang as TranslationLang, tr);
  return item as T;
}

function storePack(p: Pack): Pack {
  return {
    ...p,
    sections: p.sections.map(store),
    facts: p.facts.map(store),
    questions: p.questions.map(store),
    mains: p.mains.map(store),
  };
}

function revivePack(p: Pack): Pack {
  return {
    ...p,
    sections: p.sections.map(revive),
    facts: p.facts.map(revive),
    questions: p.questions.map(revive),
    mains: p.mains.map(revive),
  };
}

/** The validated packs for these sources if the cache holds them; undefined otherwise (validate). */
export async function cachedPacks(
  sources: readonly PackSource[],
  options: LoadOptions = {},
): Promise<Pack[] | undefined> {
  const file = options.cache ?? CACHE_FILE;
  if (file === false || options.translations === 'lenient') return undefined;
  const text = await readFile(file, 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  const newline = text.indexOf('\n');
  if (text.slice(0, newline) !== sourcesKey(sources)) return undefined;
  try {
    return (JSON.parse(text.slice(newline + 1)) as Pack[]).map(revivePack);
  } catch {
    return undefined; // a damaged file: validate as if there were none
  }
}

/**
 * Validates contentDir (throws ContentError as a start would) and writes the cache for it. Run by
 * `npm run build` from the compiled code, so the cache sits next to the code that wrote it.
 */
export async function writeContentCache(contentDir: string, file = CACHE_FILE): Promise<number> {
  const sources = await readSources(contentDir);
  const { validatePacks } = await import('./loader.ts');
  const packs = validatePacks(sources, path.resolve(contentDir));
  await writeFile(file, `${sourcesKey(sources)}\n${JSON.stringify(packs.map(storePack))}`);
  return packs.length;
}
