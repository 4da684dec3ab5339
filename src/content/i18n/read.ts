// Reading a pack's translation folders: `<pack>/<lang>/` for each known language. Its pack.yaml
// declares the translation (from then on it must be complete); a folder without one is a translation
// in progress, which the app does not load and `content lint` reports. Questions may be split over
// several questions*.yaml files (e.g. questions-single.yaml and questions-multi.yaml).
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { displayPath } from '../errors.ts';
import { TRANSLATION_LANGUAGES, type TranslationLang } from './languages.ts';

export interface TranslationSource {
  lang: TranslationLang;
  /** folder path used in messages */
  displayDir: string;
  files: { pack?: string; facts?: string; mains?: string };
  /** every questions*.yaml of the folder, by file name, sorted */
  questions: { name: string; text: string }[];
}

/** A questions file of a translation: questions.yaml, questions-single.yaml, questions-multi.yaml ... */
export const QUESTIONS_FILE = /^questions(?:[-_.][a-z0-9-]+)?\.yaml$/;

async function optional(file: string): Promise<string | undefined> {
  return readFile(file, 'utf8').catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return undefined;
    throw e;
  });
}

export async function readTranslations(packDir: string): Promise<TranslationSource[]> {
  const out: TranslationSource[] = [];
  for (const lang of TRANSLATION_LANGUAGES) {
    const dir = path.join(packDir, lang);
    const isDir = await stat(dir).then(
      (s) => s.isDirectory(),
      () => false,
    );
    if (!isDir) continue;
    const names = (await readdir(dir)).filter((n) => QUESTIONS_FILE.test(n)).sort();
    out.push({
      lang,
      displayDir: displayPath(dir),
      files: {
        pack: await optional(path.join(dir, 'pack.yaml')),
        facts: await optional(path.join(dir, 'facts.yaml')),
        mains: await optional(path.join(dir, 'mains.yaml')),
      },
      questions: await Promise.all(
        names.map(async (name) => ({ name, text: await readFile(path.join(dir, name), 'utf8') })),
      ),
    });
  }
  return out;
}
