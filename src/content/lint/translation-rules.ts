// Translations in `content lint`: what the lenient load could not merge (missing or extra ids,
// counts that differ), figures that differ from the English item, give-aways the translation adds
// (the key becomes the single longest option), and each language's totals.
import { TRANSLATION_LANGUAGES, type TranslationLang } from '../i18n/languages.ts';
import { factFields, figureMismatches, mainsFields, questionFields } from '../i18n/numbers.ts';
import type { Pack } from '../types.ts';
import { proseOptions, singleLongest } from './question-rules.ts';
import type { Finding, LanguageTotals } from './types.ts';

const QUESTION_IN_MESSAGE = /: question "([a-z0-9-]+)"/;

export function translationFindings(pack: Pack): Finding[] {
  const out: Finding[] = [];
  const add = (level: Finding['level'], rule: string, message: string, question?: string) =>
    out.push({ level, rule, pack: pack.id, message, ...(question === undefined ? {} : { question }) });
  // A draft (no pack.yaml yet) is not loaded by the app: its gaps are work in progress, not errors.
  for (const p of pack.translationProblems ?? []) {
    const [level, rule] = p.declared
      ? (['error', 'translation'] as const)
      : (['warning', 'translation-draft'] as const);
    add(level, rule, p.message, QUESTION_IN_MESSAGE.exec(p.message)?.[1]);
  }
  for (const lang of TRANSLATION_LANGUAGES) {
    for (const q of pack.questions) {
      const t = q.i18n?.[lang];
      if (!t) continue;
      for (const m of figureMismatches(questionFields(q), questionFields(t)))
        add('error', 'translation-figures', `${lang}: ${m}`, q.id);
      if (proseOptions(q) && singleLongest(t.options) === q.answer && singleLongest(q.options) !== q.answer) {
        add(
          'warning',
          'translation-longest',
          `${lang}: the key (${'ABCD'[q.answer]}) is the single longest option in ${lang} but not in English`,
          q.id,
        );
      }
      const section = pack.sections.find((s) => s.id === q.section)?.i18n?.[lang];
      if (section && !t.explanation.includes(`(${section.title})`))
        add('error', 'translation-section', `${lang}: explanation must cite "(${section.title})"`, q.id);
    }
    for (const f of pack.facts) {
      const t = f.i18n?.[lang];
      if (!t) continue;
      for (const m of figureMismatches(factFields(f), factFields(t)))
        add('error', 'translation-figures', `${lang}: fact "${f.id}": ${m}`);
    }
    for (const m of pack.mains) {
      const t = m.i18n?.[lang];
      if (!t) continue;
      for (const x of figureMismatches(mainsFields(m), mainsFields(t)))
        add('error', 'translation-figures', `${lang}: mains prompt "${m.id}": ${x}`);
    }
  }
  return out;
}

/** Per translation the pack has (even partly): how much is there, and the longest-option count. */
export function languageTotals(pack: Pack): LanguageTotals[] {
  const out: LanguageTotals[] = [];
  const has = (lang: TranslationLang) =>
    [...pack.facts, ...pack.questions, ...pack.mains, ...pack.sections].some((x) => x.i18n?.[lang]);
  for (const lang of TRANSLATION_LANGUAGES) {
    if (!has(lang) && !(pack.translationProblems ?? []).some((p) => p.message.includes(`/${lang}/`)))
      continue;
    const qs = pack.questions.flatMap((q) => q.i18n?.[lang] ?? []);
    out.push({
      lang,
      complete: pack.languages?.includes(lang) ?? false,
      facts: pack.facts.filter((f) => f.i18n?.[lang]).length,
      questions: qs.length,
      mains: pack.mains.filter((m) => m.i18n?.[lang]).length,
      longestKey: qs.filter((q) => singleLongest(q.options) === q.answer).length,
    });
  }
  return out;
}
