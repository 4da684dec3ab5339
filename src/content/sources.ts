// Reading a content folder: the raw text of every pack's files, as they are on disk. Reading is
// cheap and has no YAML or zod in it: the text is what the build's content cache is keyed on
// (cache.ts), and what the loader validates (loader.ts) when the cache does not hold it.
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { ContentError, displayPath } from './errors.ts';
import { readTranslations, type TranslationSource } from './i18n/read.ts';

export const PACK_FILES = {
  pack: 'pack.yaml',
  facts: 'facts.yaml',
  questions: 'questions.yaml',
  mains: 'mains.yaml',
} as const;
export type FileKind = keyof typeof PACK_FILES;

/** The raw text of one pack folder's files (undefined = file absent). */
export interface PackSource {
  /** folder name, which must equal the pack id */
  folder: string;
  /** folder path used in messages */
  displayDir: string;
  files: Record<FileKind, string | undefined>;
  /** the pack's `<lang>/` folders (absent or empty: English only) */
  translations?: TranslationSource[];
}

export interface LoadOptions {
  /**
   * 'strict' (default): an incomplete or mismatched translation fails the load, like any problem
   * (a `<lang>/` folder without its pack.yaml is a draft and is not loaded).
   * 'lenient': the load keeps what is valid and lists the translation problems in
   * pack.translationProblems, so `content lint` can report them as findings.
   */
  translations?: 'strict' | 'lenient';
  /**
   * The content cache to try before validating (strict loads only); default: the one `npm run build`
   * writes next to the compiled code, see cache.ts. `false`: always validate.
   */
  cache?: string | false;
}

/** Pack folders: sub-directories not starting with '.' or '_' (a leading '_' parks a draft). */
function isPackFolder(name: string): boolean {
  return !name.startsWith('.') && !name.startsWith('_');
}

/** The text of every pack folder under contentDir; throws ContentError when the folder is unreadable. */
export async function readSources(contentDir: string): Promise<PackSource[]> {
  const abs = path.resolve(contentDir);
  let names: string[];
  try {
    names = (await readdir(abs)).sort();
  } catch (e) {
    throw new ContentError([`${displayPath(abs)}: cannot read content directory (${(e as Error).message})`]);
  }
  const sources: PackSource[] = [];
  for (const name of names) {
    if (!isPackFolder(name)) continue;
    const dir = path.join(abs, name);
    if (!(await stat(dir)).isDirectory()) continue;
    const files = {} as Record<FileKind, string | undefined>;
    for (const [kind, fname] of Object.entries(PACK_FILES) as [FileKind, string][]) {
      files[kind] = await readFile(path.join(dir, fname), 'utf8').catch((e: NodeJS.ErrnoException) => {
        if (e.code === 'ENOENT') return undefined;
        throw e;
      });
    }
    sources.push({
      folder: name,
      displayDir: displayPath(dir),
      files,
      translations: await readTranslations(dir),
    });
  }
  return sources;
}
