// Reads content/<pack>/*.yaml, validates each file with its zod schema, then cross-checks the pack.
// Every problem names the file, the entry id and the exact problem; all problems are collected
// (not just the first) so an editor can fix a pack in one pass.
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import YAML from 'yaml';
import type { z } from 'zod';
import {
  FactsFileSchema,
  MainsFileSchema,
  OPTION_LETTERS,
  PackManifestSchema,
  QuestionsFileSchema,
  type Fact,
  type MainsPrompt,
  type Pack,
  type Question,
} from './schema.ts';
import { normalizeKey, normalizeOption } from './text.ts';

export class ContentError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    const n = problems.length;
    super(
      `invalid content: ${n} problem${n === 1 ? '' : 's'}\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
    this.name = 'ContentError';
    this.problems = problems;
  }
}

export const PACK_FILES = {
  pack: 'pack.yaml',
  facts: 'facts.yaml',
  questions: 'questions.yaml',
  mains: 'mains.yaml',
} as const;
type FileKind = keyof typeof PACK_FILES;

/** The raw text of one pack folder's files (undefined = file absent). */
export interface PackSource {
  /** folder name, which must equal the pack id */
  folder: string;
  /** folder path used in messages */
  displayDir: string;
  files: Record<FileKind, string | undefined>;
}

/** Paths in messages: relative to the working directory when inside it, absolute otherwise. */
export function displayPath(abs: string): string {
  const rel = path.relative(process.cwd(), abs);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : abs;
}

const ENTRY_NAMES: Record<string, string> = {
  facts: 'fact',
  questions: 'question',
  mains: 'mains prompt',
  sections: 'section',
};

function describeEntry(raw: unknown, p: readonly PropertyKey[]): { where: string; rest: PropertyKey[] } {
  const [list, index, ...rest] = p;
  if (typeof list === 'string' && typeof index === 'number' && raw && typeof raw === 'object') {
    const arr = (raw as Record<string, unknown>)[list];
    const entry = Array.isArray(arr) ? (arr[index] as unknown) : undefined;
    const id =
      entry && typeof entry === 'object' && typeof (entry as { id?: unknown }).id === 'string'
        ? (entry as { id: string }).id
        : undefined;
    const name = ENTRY_NAMES[list] ?? list;
    const where = id ? `${name} "${id}" (entry ${index + 1})` : `${name} #${index + 1} (no valid id)`;
    return { where, rest };
  }
  return { where: '', rest: [...p] };
}

function formatPath(p: readonly PropertyKey[]): string {
  let s = '';
  for (const k of p) s += typeof k === 'number' ? `[${k}]` : s ? `.${String(k)}` : String(k);
  return s;
}

function zodProblems(file: string, raw: unknown, error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const { where, rest } = describeEntry(raw, issue.path);
    const field = formatPath(rest);
    const parts = [file, where, field].filter(Boolean);
    return `${parts.join(': ')}: ${issue.message}`;
  });
}

function parseYaml(file: string, text: string, problems: string[]): { ok: boolean; value: unknown } {
  const doc = YAML.parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      const pos = e.linePos?.[0];
      const at = pos ? ` at line ${pos.line}, column ${pos.col}` : '';
      const message = (e.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
      problems.push(`${file}: YAML syntax error${at}: ${message}`);
    }
    return { ok: false, value: undefined };
  }
  return { ok: true, value: doc.toJS() as unknown };
}

function validateFile<S extends z.ZodType>(
  file: string,
  text: string,
  schema: S,
  problems: string[],
): z.output<S> | undefined {
  const { ok, value: raw } = parseYaml(file, text, problems);
  if (!ok) return undefined;
  const res = schema.safeParse(raw ?? null);
  if (!res.success) {
    problems.push(...zodProblems(file, raw, res.error));
    return undefined;
  }
  return res.data;
}

/** Validate one pack from its sources. Returns the pack, or undefined with problems filled. */
export function buildPack(src: PackSource, problems: string[]): Pack | undefined {
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
    const fact = facts.get(q.factId);
    if (!fact) problems.push(`${where}: factId "${q.factId}" does not match any fact in facts.yaml`);
    const section = q.section ?? fact?.section;
    const sectionTitle = section === undefined ? undefined : sections.get(section);
    if (section !== undefined && sectionTitle === undefined) {
      problems.push(`${where}: section "${section}" is not defined in pack.yaml`);
    }
    const seen = new Map<string, number>();
    q.options.forEach((o, i) => {
      const k = normalizeOption(o);
      const prev = seen.get(k);
      if (prev !== undefined) {
        problems.push(
          `${where}: options ${OPTION_LETTERS[prev]} and ${OPTION_LETTERS[i]} are the same ("${o}"); the 4 options must be distinct (case-insensitive)`,
        );
      } else seen.set(k, i);
    });
    const answer = OPTION_LETTERS.indexOf(q.answer);
    if (answer < 0 || answer >= q.options.length) {
      problems.push(`${where}: answer "${q.answer}" is out of range for ${q.options.length} options`);
    }
    if (sectionTitle !== undefined && !q.explanation.includes(`(${sectionTitle})`)) {
      problems.push(`${where}: explanation must cite its section as "(${sectionTitle})"`);
    }
    if (section !== undefined) {
      questions.push({
        id: q.id,
        prompt: q.prompt,
        options: [...q.options],
        answer,
        explanation: q.explanation,
        factId: q.factId,
        section,
        difficulty: q.difficulty,
      });
    }
  }

  const mains: MainsPrompt[] = [];
  const mainsIds = new Set<string>();
  for (const m of mainsFile?.mains ?? []) {
    if (mainsIds.has(m.id)) problems.push(`${file('mains')}: mains prompt "${m.id}": duplicate id`);
    mainsIds.add(m.id);
    mains.push(m);
  }

  if (!questionsFile || !mainsFile || problems.length > start) return undefined;
  return {
    id: manifest.id,
    title: manifest.title,
    source: manifest.source,
    sections: manifest.sections,
    facts: [...facts.values()],
    questions,
    mains,
  };
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
      for (const k of new Set([f.id, f.title, ...f.aliases].map(normalizeKey))) {
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

/** Pack folders: sub-directories not starting with '.' or '_' (a leading '_' parks a draft). */
function isPackFolder(name: string): boolean {
  return !name.startsWith('.') && !name.startsWith('_');
}

function finish(sources: PackSource[], contentDir: string): Pack[] {
  const problems: string[] = [];
  if (sources.length === 0) {
    problems.push(
      `${displayPath(contentDir)}: no content pack found (expected ${contentDir}/<pack>/pack.yaml)`,
    );
  }
  const packs: Pack[] = [];
  const dirs = new Map<string, string>();
  for (const src of sources) {
    const pack = buildPack(src, problems);
    if (pack) {
      packs.push(pack);
      dirs.set(pack.id, src.displayDir);
    }
  }
  if (problems.length === 0) checkAcrossPacks(packs, (id) => dirs.get(id) ?? id, problems);
  if (problems.length > 0) throw new ContentError(problems);
  return packs;
}

/** Reads and validates every pack under contentDir; throws ContentError listing every problem. */
export async function readPacks(contentDir: string): Promise<Pack[]> {
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
    sources.push({ folder: name, displayDir: displayPath(dir), files });
  }
  return finish(sources, abs);
}
