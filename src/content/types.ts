// The loaded (validated) content types. An item may carry its translations: the same item in
// another language, with the same ids, structure and key (see src/content/i18n). They are attached
// non-enumerably, so JSON output and deep equality of an item see only its own language.
import type { z } from 'zod';
import type { Lang, TranslationLang } from './i18n/languages.ts';
import type {
  Difficulty,
  FactSchema,
  MainsPromptSchema,
  Pair,
  Paper,
  QuestionFormat,
  SectionSchema,
  Statement,
} from './schema.ts';

/** An item in one language, and the same item in every language it has (non-enumerable). */
export interface Localizable<T> {
  /** the language of this object's text; absent means English */
  lang?: Lang;
  /** every language of this item, the English one included; absent when the pack has no translation */
  readonly i18n?: Partial<Record<Lang, T>>;
}

export interface Section extends z.infer<typeof SectionSchema>, Localizable<Section> {}
export interface Fact extends z.output<typeof FactSchema>, Localizable<Fact> {}
export type MainsPrompt = z.infer<typeof MainsPromptSchema> & Localizable<z.infer<typeof MainsPromptSchema>>;

/**
 * A loaded question. For the multi-statement formats the standard UPSC lead-in, options and key
 * are derived from the statements or pairs; `prompt` stays as written (the stem).
 */
export interface Question extends Localizable<Question> {
  id: string;
  factId: string;
  section: string;
  difficulty: Difficulty;
  format: QuestionFormat;
  paper: Paper;
  topic: string;
  proposal: boolean;
  /** as written: the whole question for single, the stem for the other formats */
  prompt: string;
  statements?: Statement[];
  pairs?: Pair[];
  columns?: [string, string];
  statementI?: Statement;
  statementII?: Statement;
  explains?: boolean;
  /** multi formats: the standard question line shown after the statements or pairs */
  leadIn?: string;
  /** exactly 4, full wording */
  options: string[];
  /** exactly 4, each within the quiz-poll option limit (= options unless UPSC's wording is longer) */
  pollOptions: string[];
  /** 0-based index into options (derived for multi formats) */
  answer: number;
  explanation: string;
  solution?: string;
}

export interface Pack {
  id: string;
  title: string;
  source: string;
  sections: Section[];
  facts: Fact[];
  questions: Question[];
  mains: MainsPrompt[];
  /** the languages every item of the pack has: 'en' plus each translation (absent: English only) */
  languages?: Lang[];
  /** pack title and source per translation */
  i18n?: Partial<Record<TranslationLang, { title: string; source: string }>>;
  /**
   * translation problems kept instead of failing the load (loadContent's lenient mode, for lint);
   * declared: false for a draft folder (no pack.yaml yet), which the app does not load
   */
  translationProblems?: { message: string; declared: boolean }[];
}
