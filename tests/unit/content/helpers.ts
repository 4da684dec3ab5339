// Shared fixtures for the content tests.
import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import { loadContent, type ContentLibrary } from '../../../src/content/index.ts';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const contentDir = path.join(repoRoot, 'content');
/**
 * The editorial the pack was written from is not part of the project: STUDYBOT_EDITORIAL names the
 * .txt file where a checkout has it (CI does, see .ci/run). Without it, the tests that compare the
 * pack with the editorial are skipped with one line saying so.
 */
export const EDITORIAL_ENV = 'STUDYBOT_EDITORIAL';

let cached: Promise<ContentLibrary> | undefined;
/** The real content library (loaded once per test file). */
export function library(): Promise<ContentLibrary> {
  cached ??= loadContent(contentDir);
  return cached;
}

let warned = false;
/** The editorial's text, or undefined (with one warning) when STUDYBOT_EDITORIAL is unset or missing. */
export function editorial(): string | undefined {
  const file = process.env[EDITORIAL_ENV];
  if (file && existsSync(file)) return readFileSync(file, 'utf8');
  if (!warned) {
    warned = true;
    console.warn(
      `Skipping the checks against the source editorial: ${EDITORIAL_ENV} ${file ? `names ${file}, which does not exist` : 'is not set'} (set it to the editorial's .txt file to run them).`,
    );
  }
  return undefined;
}

/** Every number in a text: thousands separators removed, ordinals and suffixes dropped ("15th" -> 15, "FY24" -> 24). */
export function numbersIn(text: string): string[] {
  return (text.match(/\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g) ?? []).map((n) =>
    String(Number(n.replace(/,/g, ''))),
  );
}

/** A minimal structured Mains answer (introduction, two body dimensions, way forward, conclusion). */
export function mainsAnswer() {
  return {
    introduction: ['intro'],
    body: [
      { dimension: 'One', points: ['a'] },
      { dimension: 'Two', points: ['b'] },
    ],
    wayForward: ['way'],
    conclusion: ['end'],
  };
}

/** A small valid pack as plain objects; tests mutate a copy and write it with writePack. */
export function miniPack() {
  return {
    pack: {
      id: 'mini',
      title: 'Mini pack',
      source: 'A test source',
      sections: [
        { id: 'one', title: 'Section One' },
        { id: 'two', title: 'Section Two' },
      ],
    },
    facts: {
      facts: [
        {
          id: 'alpha',
          title: 'Alpha fact',
          aliases: ['first'],
          text: 'Alpha text.',
          section: 'one',
          tags: ['prelims'],
        },
        {
          id: 'beta',
          title: 'Beta fact',
          aliases: ['second'],
          text: 'Beta text.',
          section: 'two',
          tags: ['mains'],
        },
        {
          id: 'gamma',
          title: 'Gamma fact',
          aliases: [],
          text: 'Gamma text.',
          section: 'two',
          tags: ['mains'],
        },
      ],
    },
    questions: {
      questions: [
        {
          id: 'q-one',
          factId: 'alpha',
          difficulty: 'easy',
          paper: 'GS-II',
          topic: 'Bilateral relations',
          prompt: 'Which is alpha?',
          options: ['Alpha', 'Beta', 'Gamma', 'Delta'],
          answer: 'A',
          explanation: 'Alpha is alpha. (Section One)',
        },
        {
          id: 'q-two',
          factId: 'beta',
          difficulty: 'hard',
          paper: 'GS-III',
          topic: 'Bilateral relations',
          prompt: 'Which is beta?',
          options: ['Alpha', 'Beta', 'Gamma', 'Delta'],
          answer: 'B',
          explanation: 'Beta is beta. (Section Two)',
        },
      ],
    },
    mains: {
      mains: [
        { id: 'm-one', kind: 'pyq', year: 2020, paper: 'GS-II', prompt: 'Discuss.', answer: mainsAnswer() },
        { id: 'm-two', kind: 'editorial', paper: 'GS-II', prompt: 'Explain.', answer: mainsAnswer() },
      ],
    },
  };
}
export type MiniPack = ReturnType<typeof miniPack>;

const tempDirs: string[] = [];
/** Removes the temp dirs made by writeContent (call from afterAll). */
export function removeTempContent(): void {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Writes packs into a fresh temp content dir; a string value is written verbatim. */
export function writeContent(packs: Record<string, Partial<Record<keyof MiniPack, unknown>>>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'studybot-content-'));
  tempDirs.push(dir);
  for (const [folder, files] of Object.entries(packs)) {
    mkdirSync(path.join(dir, folder));
    for (const [kind, value] of Object.entries(files)) {
      if (value === undefined) continue;
      const text = typeof value === 'string' ? value : YAML.stringify(value);
      writeFileSync(path.join(dir, folder, `${kind}.yaml`), text);
    }
  }
  return dir;
}
