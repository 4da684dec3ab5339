// `content export --format json`: every pack with its facts, questions and mains prompts, and each
// translation the pack has as the same items in that language (same ids, structure, key and order).
import { solutionLines } from './formats.ts';
import { TRANSLATION_LANGUAGES, type Lang } from './i18n/languages.ts';
import {
  localizeFact,
  localizeMains,
  localizeQuestion,
  localizeSection,
  packTitle,
} from './i18n/localize.ts';
import type { Fact, MainsPrompt, Pack, Question } from './types.ts';

const factJson = (f: Fact) => ({
  id: f.id,
  title: f.title,
  aliases: f.aliases,
  text: f.text,
  section: f.section,
  proposal: f.proposal,
  tags: f.tags,
});

const questionJson = (q: Question) => ({
  id: q.id,
  format: q.format,
  paper: q.paper,
  topic: q.topic,
  proposal: q.proposal,
  prompt: q.prompt,
  ...(q.statements ? { statements: q.statements } : {}),
  ...(q.pairs ? { columns: q.columns, pairs: q.pairs } : {}),
  ...(q.statementI ? { statementI: q.statementI, statementII: q.statementII, explains: q.explains } : {}),
  ...(q.leadIn ? { leadIn: q.leadIn } : {}),
  options: q.options,
  ...(q.pollOptions.some((o, i) => o !== q.options[i]) ? { pollOptions: q.pollOptions } : {}),
  answer: q.answer,
  explanation: q.explanation,
  solution: q.solution,
  /** the full solution as a member reads it: per-statement verdicts, then the paragraph */
  solutionText: solutionLines(q).join('\n'),
  factId: q.factId,
  section: q.section,
  difficulty: q.difficulty,
});

/** A Mains prompt without its language bookkeeping. */
const mainsJson = (m: MainsPrompt) => {
  const { lang: _lang, ...rest } = m;
  return rest;
};

/** The text of a pack in one of its translations. */
function translationJson(p: Pack, lang: Lang) {
  return {
    ...packTitle(p, lang),
    sections: p.sections.map((s) => ({ id: s.id, title: localizeSection(s, lang).title })),
    facts: p.facts.map((f) => factJson(localizeFact(f, lang))),
    questions: p.questions.map((q) => questionJson(localizeQuestion(q, lang))),
    mains: p.mains.map((m) => mainsJson(localizeMains(m, lang))),
  };
}

export function exportJson(packs: readonly Pack[]): string {
  return JSON.stringify(
    {
      packs: packs.map((p) => {
        const translated = TRANSLATION_LANGUAGES.filter((l) => p.languages?.includes(l));
        return {
          id: p.id,
          title: p.title,
          languages: p.languages ?? ['en'],
          facts: p.facts.map(factJson),
          questions: p.questions.map(questionJson),
          mains: p.mains.map(mainsJson),
          ...(translated.length > 0
            ? { translations: Object.fromEntries(translated.map((l) => [l, translationJson(p, l)])) }
            : {}),
        };
      }),
    },
    null,
    2,
  );
}
