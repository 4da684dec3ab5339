// A translation folder validated and merged onto its English pack by id. A declared translation is
// complete: every section, fact, question and mains prompt has its entry, with the same number of
// statements, pairs and points; each problem names the file, the id and what is wrong.
import { validateFile } from '../problems.ts';
import { normalizeKey } from '../text.ts';
import type { Fact, MainsPrompt, Pack } from '../types.ts';
import { attach } from './attach.ts';
import { translateQuestion } from './question.ts';
import type { TranslationSource } from './read.ts';
import {
  FactsTextFileSchema,
  MainsTextFileSchema,
  PackTextSchema,
  QuestionsTextFileSchema,
  type MainsText,
  type QuestionText,
} from './schema.ts';

/** Entries by id; a duplicate or an id the English lacks is a problem. */
function byId<T extends { id: string }>(
  entries: { entry: T; file: string }[],
  english: ReadonlySet<string>,
  kind: string,
  problems: string[],
): Map<string, T> {
  const out = new Map<string, T>();
  const fileOf = new Map<string, string>();
  for (const { entry, file } of entries) {
    const where = `${file}: ${kind} "${entry.id}"`;
    const first = fileOf.get(entry.id);
    if (first !== undefined) problems.push(`${where}: duplicate id (already in ${first})`);
    else if (!english.has(entry.id)) problems.push(`${where}: no ${kind} with this id in the English pack`);
    else {
      out.set(entry.id, entry);
      fileOf.set(entry.id, file);
    }
  }
  return out;
}

function missing(file: string, kind: string, id: string, lang: string): string {
  return `${file}: ${kind} "${id}": missing (a declared "${lang}" translation needs every ${kind})`;
}

/** Validates `src` against `pack` and attaches what is valid; returns false when problems were found. */
export function applyTranslation(pack: Pack, src: TranslationSource, problems: string[]): boolean {
  const start = problems.length;
  const { lang } = src;
  const file = (name: string) => `${src.displayDir}/${name}`;
  const need = (name: 'pack' | 'facts' | 'mains'): string | undefined => {
    const text = src.files[name];
    if (text === undefined)
      problems.push(`${file(`${name}.yaml`)}: file is missing (a declared translation needs it)`);
    return text;
  };

  const packText = need('pack');
  const manifest = packText && validateFile(file('pack.yaml'), packText, PackTextSchema, problems);
  if (manifest) {
    if (manifest.id !== undefined && manifest.id !== pack.id)
      problems.push(`${file('pack.yaml')}: id "${manifest.id}" must be the pack's id "${pack.id}"`);
    pack.i18n = { ...pack.i18n, [lang]: { title: manifest.title, source: manifest.source } };
    const titles = byId(
      manifest.sections.map((entry) => ({ entry, file: file('pack.yaml') })),
      new Set(pack.sections.map((s) => s.id)),
      'section',
      problems,
    );
    for (const s of pack.sections) {
      const t = titles.get(s.id);
      if (t) attach(s, lang, { ...s, lang, title: t.title });
      else problems.push(missing(file('pack.yaml'), 'section', s.id, lang));
    }
  }

  const factsText = need('facts');
  const facts = factsText && validateFile(file('facts.yaml'), factsText, FactsTextFileSchema, problems);
  if (facts) {
    const texts = byId(
      facts.facts.map((entry) => ({ entry, file: file('facts.yaml') })),
      new Set(pack.facts.map((f) => f.id)),
      'fact',
      problems,
    );
    const owner = keyOwners(pack.facts);
    for (const f of pack.facts) {
      const t = texts.get(f.id);
      if (!t) {
        problems.push(missing(file('facts.yaml'), 'fact', f.id, lang));
        continue;
      }
      const before = problems.length;
      for (const [key, what] of [[t.title, 'title'], ...t.aliases.map((a) => [a, 'alias'])] as const) {
        const k = normalizeKey(key);
        const other = owner.get(k);
        const where = `${file('facts.yaml')}: fact "${f.id}": ${what} "${key}"`;
        if (!k) problems.push(`${where} has no letters or digits to look up`);
        else if (other !== undefined && other !== f.id)
          problems.push(
            `${where} is ambiguous: it normalises to "${k}", which already names fact "${other}"`,
          );
        else owner.set(k, f.id);
      }
      if (problems.length === before) {
        attach<Fact>(f, lang, { ...f, lang, title: t.title, aliases: t.aliases, text: t.text });
      }
    }
  }

  if (src.questions.length === 0)
    problems.push(`${src.displayDir}: no questions*.yaml file (a declared translation needs every question)`);
  const questionEntries: { entry: QuestionText; file: string }[] = [];
  for (const { name, text } of src.questions) {
    const valid = validateFile(file(name), text, QuestionsTextFileSchema, problems);
    for (const entry of valid?.questions ?? []) questionEntries.push({ entry, file: file(name) });
  }
  const fileOf = new Map(questionEntries.map((e) => [e.entry.id, e.file]));
  const questions = byId(questionEntries, new Set(pack.questions.map((q) => q.id)), 'question', problems);
  for (const q of pack.questions) {
    const t = questions.get(q.id);
    const where = `${fileOf.get(q.id) ?? file('questions*.yaml')}: question "${q.id}"`;
    if (!t) {
      problems.push(missing(file('questions*.yaml'), 'question', q.id, lang));
      continue;
    }
    const tr = translateQuestion(q, t, lang, where, problems);
    if (tr) attach(q, lang, tr);
  }

  const mainsText = pack.mains.length > 0 ? need('mains') : src.files.mains;
  const mains = mainsText && validateFile(file('mains.yaml'), mainsText, MainsTextFileSchema, problems);
  if (mains) {
    const texts = byId(
      mains.mains.map((entry) => ({ entry, file: file('mains.yaml') })),
      new Set(pack.mains.map((m) => m.id)),
      'mains prompt',
      problems,
    );
    for (const m of pack.mains) {
      const t = texts.get(m.id);
      if (!t) problems.push(missing(file('mains.yaml'), 'mains prompt', m.id, lang));
      else if (sameMainsShape(m, t, `${file('mains.yaml')}: mains prompt "${m.id}"`, problems)) {
        const tr: MainsPrompt = { ...m, lang, prompt: t.prompt, answer: t.answer };
        if (t.note !== undefined) tr.note = t.note;
        attach(m, lang, tr);
      }
    }
  }
  const ok = problems.length === start;
  if (ok) pack.languages = [...(pack.languages ?? ['en']), lang];
  return ok;
}

/** Normalised English keys (id, title, aliases) of every fact -> fact id. */
function keyOwners(facts: readonly Fact[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of facts) for (const k of [f.id, f.title, ...f.aliases]) out.set(normalizeKey(k), f.id);
  return out;
}

function sameMainsShape(m: MainsPrompt, t: MainsText, where: string, problems: string[]): boolean {
  const start = problems.length;
  const say = (s: string) => problems.push(`${where}: ${s}`);
  if ((m.note === undefined) !== (t.note === undefined))
    say(
      m.note === undefined
        ? '"note" is not in the English prompt'
        : 'missing "note" (the English prompt has it)',
    );
  const a = m.answer;
  const b = t.answer;
  for (const part of ['introduction', 'wayForward', 'conclusion'] as const) {
    if (a[part].length !== b[part].length)
      say(`answer.${part}: ${b[part].length} points but the English has ${a[part].length}`);
  }
  if (a.body.length !== b.body.length)
    say(`answer.body: ${b.body.length} dimensions but the English has ${a.body.length}`);
  else
    a.body.forEach((d, i) => {
      const n = b.body[i]!.points.length;
      if (n !== d.points.length)
        say(`answer.body[${i}] ("${d.dimension}"): ${n} points but the English has ${d.points.length}`);
    });
  return problems.length === start;
}
