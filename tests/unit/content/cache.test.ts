// The build's content cache (src/content/cache.ts): a start whose content files are byte for byte
// the ones the build validated gets the same library without the YAML and zod work; any other
// content is validated in full, so an edit after the build is still caught.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeContentCache } from '../../../src/content/cache.ts';
import {
  ContentError,
  hasLanguage,
  loadContent,
  localizeFact,
  localizeMains,
  localizeQuestion,
} from '../../../src/content/index.ts';
import { contentDir } from './helpers.ts';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'studybot-content-cache-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A copy of the real content folder with its cache written beside it. */
async function cachedCopy(name: string): Promise<{ dir: string; cache: string }> {
  const dir = path.join(tmp, name);
  cpSync(contentDir, dir, { recursive: true });
  const cache = path.join(tmp, `${name}.json`);
  await writeContentCache(dir, cache);
  return { dir, cache };
}

describe('content cache', () => {
  it('gives the library a full validation gives, translations included', async () => {
    const { dir, cache } = await cachedCopy('same');
    const fresh = await loadContent(dir, { cache: false });
    const fromCache = await loadContent(dir, { cache });
    expect(fromCache.packs).toStrictEqual(fresh.packs);
    for (const q of fresh.questions) {
      const c = fromCache.question(q.id)!;
      expect(hasLanguage(c, 'hi')).toBe(hasLanguage(q, 'hi'));
      expect(localizeQuestion(c, 'hi')).toStrictEqual(localizeQuestion(q, 'hi'));
      expect(localizeQuestion(localizeQuestion(c, 'hi'), 'en')).toBe(c);
    }
    for (const f of fresh.facts)
      expect(localizeFact(fromCache.fact(f.id)!, 'hi')).toStrictEqual(localizeFact(f, 'hi'));
    fresh.mains.forEach((m, i) =>
      expect(localizeMains(fromCache.mains[i]!, 'hi')).toStrictEqual(localizeMains(m, 'hi')),
    );
    expect(fromCache.lookup('bullet train')).toStrictEqual(fresh.lookup('bullet train'));
    expect(fromCache.daily('2026-11-27')).toStrictEqual(fresh.daily('2026-11-27'));
    expect(fromCache.sectionTitle(fresh.packs[0]!.sections[0]!.id, 'hi')).toBe(
      fresh.sectionTitle(fresh.packs[0]!.sections[0]!.id, 'hi'),
    );
  });

  it('is what a start with the same files uses', async () => {
    const { dir, cache } = await cachedCopy('used');
    const [key, json] = readFileSync(cache, 'utf8').split('\n', 2) as [string, string];
    writeFileSync(cache, `${key}\n${json.replace('India-Japan', 'Cached India-Japan')}`);
    const lib = await loadContent(dir, { cache });
    expect(lib.packs[0]!.title).toMatch(/^Cached India-Japan/);
  });

  it('is not used once a content file changes: the edit is validated and a mistake reported', async () => {
    const { dir, cache } = await cachedCopy('edited');
    const facts = path.join(dir, 'india-japan', 'facts.yaml');
    writeFileSync(
      facts,
      readFileSync(facts, 'utf8').replace(/^(\s*)section: \S+/m, '$1section: no-such-section'),
    );
    const err = await loadContent(dir, { cache }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ContentError);
    expect((err as ContentError).problems.join('\n')).toMatch(/section "no-such-section" is not defined/);
  });

  it('when damaged, is ignored and the content validated', async () => {
    const { dir, cache } = await cachedCopy('damaged');
    const [key] = readFileSync(cache, 'utf8').split('\n', 1);
    writeFileSync(cache, `${key}\n[{"id": "india-ja`);
    const lib = await loadContent(dir, { cache });
    expect(lib.packs.map((p) => p.id)).toEqual(['india-japan']);
    expect(lib.questions.length).toBeGreaterThan(0);
  });
});
