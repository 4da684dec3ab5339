// Validates content/<pack>/*.yaml (as read by sources.ts): each file with its zod schema, then the pack.
// Every problem names the file, the entry id and the exact problem; all problems are collected
// (not just the first) so an editor can fix a pack in one pass.
import { applyTranslation } from './i18n/apply.ts';
import { ContentError, displayPath, validateFile } from './problems.ts';
import { loadQuestion } from './question.ts';
import {
  FactsFileSchema,
  MainsFileSchema,
  PackManifestSchema,
  QuestionsFileSchema,
  type Fact,
  type MainsPrompt,
  type Pack,
  type Question,
} from './schema.ts';
import { PACK_FILES, type FileKind, type LoadOptions, type PackSource } from './sources.ts';
import { normalizeKey } from './text.ts';

export { ContentError, displayPath, PACK_FILES, type LoadOptions, type PackSource };

/** Validate one pack from its sources. Returns the pack, or undefined with problems filled. */
export function buildPack(src: PackSource, problems: string[], options: LoadOptions = {}): Pack | undefined {
  const start = problems.length;
  const file = (k: FileKind) => `${src.displayDir}/${PACK_FILES[k]}`;
  const need = (k: FileKind): string | undefined => {
    const text = src.files[k];
    if (text === undefined) problems.push(`${file(k)}: file is missing (every pack needs ${PACK_FILES[k]})`);
    return text;
  };
  const manifestText = need('pack');
  const factsText = need('facts');
  const questionsText = need('questions');
  const mainsText = src.files.mains;

  const manifest =
    manifestText === undefined
      ? undefined
      : validateFile(file('pack'), manifestText, PackManifestSchema, problems);
  const factsFile =
    factsText === undefined ? undefined : validateFile(file('facts'), factsText, FactsFileSchema, problems);
  const questionsFile =
    questionsText === undefined
      ? undefined
      : validateFile(file('questions'), questionsText, QuestionsFileSchema, problems);
  const mainsFile =
    mainsText === undefined
      ? { mains: [] }
      : validateFile(file('mains'), mainsText, MainsFileSchema, problems);
  // ── cross-references (each runs when the files it needs are valid, so one run reports the most) ──
  if (manifest && manifest.id !== src.folder) {
    problems.push(`${file('pack')}: id "${manifest.id}" must equal the folder name "${src.folder}"`);
  }
  if (!manifest) return undefined;
  const sections = new Map<string, string>();
  for (const s of manifest.sections) {
    if (sections.has(s.id)) problems.push(`${file('pack')}: section "${s.id}": duplicate section id`);
    sections.set(s.id, s.title);
  }

  if (!factsFile) return undefined;
  const facts = new Map<string, Fact>();
  const keyOwner = new Map<string, { factId: string; what: string }>();
  for (const f of factsFile.facts) {
    const where = `${file('facts')}: fact "${f.id}"`;
    if (facts.has(f.id)) problems.push(`${where}: duplicate fact id`);
    else facts.set(f.id, f);
    if (!sections.has(f.section))
      problems.push(`${where}: section "${f.section}" is not defined in pack.yaml`);
    const keys: [string, string][] = [
      [normalizeKey(f.id), `id "${f.id}"`],
      [normalizeKey(f.title), `title "${f.title}"`],
      ...f.aliases.map((a): [string, string] => [normalizeKey(a), `alias "${a}"`]),
    ];
    for (const [key, what] of keys) {
      if (!key) {
        problems.push(`${where}: ${what} has no letters or digits to look up`);
        continue;
      }
      const owner = keyOwner.get(key);
      if (owner && owner.factId !== f.id) {
        problems.push(
          `${where}: ${what} is ambiguous: it normalises to "${key}", already used by ${owner.what} of fact "${owner.factId}"`,
        );
      } else if (!owner) keyOwner.set(key, { factId: f.id, what });
    }
  }

  const questions: Question[] = [];
  const questionIds = new Set<string>();
  for (const q of questionsFile?.questions ?? []) {
    const where = `${file('questions')}: question "${q.id}"`;
    if (questionIds.has(q.id)) problems.push(`${where}: duplicate question id`);
    questionIds.add(q.id);
    const question = loadQuestion(q, where, problems, {
      fact: (id) => facts.get(id),
      sectionTitle: (id) => sections.get(id),
    });
    if (question) questions.push(question);
  }

  const mains: MainsPrompt[] = [];
  const mainsIds = new Set<string>();
  for (const m of mainsFile?.mains ?? []) {
    if (mainsIds.has(m.id)) problems.push(`${file('mains')}: mains prompt "${m.id}": duplicate id`);
    mainsIds.add(m.id);
    mains.push(m);
  }

  if (!questionsFile || !mainsFile || problems.length > start) return undefined;
  const pack: Pack = {
    id: manifest.id,
    title: manifest.title,
    source: manifest.source,
    sections: manifest.sections,
    facts: [...facts.values()],
    questions,
    mains,
    languages: ['en'],
  };
  // Translations merge onto a valid English pack only: it is their structure.
  const lenient = options.translations === 'lenient';
  const translationProblems: { message: string; declared: boolean }[] = [];
  for (const t of src.translations ?? []) {
    // Strict loads take declared translations only (pack.yaml written); lint looks at drafts too.
    const declared = t.files.pack !== undefined;
    if (lenient) {
      const found: string[] = [];
      applyTranslation(pack, t, found);
      translationProblems.push(...found.map((message) => ({ message, declared })));
    } else if (declared) applyTranslation(pack, t, problems);
  }
  if (lenient) pack.translationProblems = translationProblems;
  return problems.length > start ? undefined : pack;
}

/** Checks that span packs: ids and lookup keys are global across the library. */
export function checkAcrossPacks(packs: Pack[], dirOf: (packId: string) => string, problems: string[]): void {
  const factIds = new Map<string, string>();
  const questionIds = new Map<string, string>();
  const mainsIds = new Map<string, string>();
  const keys = new Map<string, { pack: string; fact: string }>();
  for (const p of packs) {
    const dir = dirOf(p.id);
    for (const f of p.facts) {
      const other = factIds.get(f.id);
      if (other) problems.push(`${dir}/facts.yaml: fact "${f.id}": id already used in pack "${other}"`);
      else factIds.set(f.id, p.id);
      const translated = Object.values(f.i18n ?? {}).flatMap((t) => [t.title, ...t.aliases]);
      for (const k of new Set([f.id, f.title, ...f.aliases, ...translated].map(normalizeKey))) {
        const o = keys.get(k);
        if (o && o.pack !== p.id) {
          problems.push(
            `${dir}/facts.yaml: fact "${f.id}": "${k}" also names fact "${o.fact}" in pack "${o.pack}"`,
          );
        } else if (!o) keys.set(k, { pack: p.id, fact: f.id });
      }
    }
    for (const q of p.questions) {
      const other = questionIds.get(q.id);
      if (other)
        problems.push(`${dir}/questions.yaml: question "${q.id}": id already used in pack "${other}"`);
      else questionIds.set(q.id, p.id);
    }
    for (const m of p.mains) {
      const other = mainsIds.get(m.id);
      if (other)
        problems.push(`${dir}/mains.yaml: mains prompt "${m.id}": id already used in pack "${other}"`);
      else mainsIds.set(m.id, p.id);
    }
  }
}

/** Validates the packs read from contentDir; throws ContentError listing every problem. */
export function validatePacks(sources: PackSource[], contentDir: string, options: LoadOptions = {}): Pack[] {
  const problems: string[] = [];
  if (sources.length === 0) {
    problems.push(
      `${displayPath(contentDir)}: no content pack found (expected ${contentDir}/<pack>/pack.yaml)`,
    );
  }
  const packs: Pack[] = [];
  const dirs = new Map<string, string>();
  for (const src of sources) {
    const pack = buildPack(src, problems, options);
    if (pack) {
      packs.push(pack);
      dirs.set(pack.id, src.displayDir);
    }
  }
  if (problems.length === 0) checkAcrossPacks(packs, (id) => dirs.get(id) ?? id, problems);
  if (problems.length > 0) throw new ContentError(problems);
  return packs;
}
