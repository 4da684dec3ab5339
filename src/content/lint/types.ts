// What lint reports: findings per question, and totals per pack.
import type { QuestionFormat } from '../schema.ts';

export type Level = 'error' | 'warning';

export interface Finding {
  level: Level;
  /** a stable rule name, e.g. "lone-number" */
  rule: string;
  pack: string;
  /** absent for pack-level findings */
  question?: string;
  message: string;
}

export interface PackTotals {
  pack: string;
  questions: number;
  formats: Record<QuestionFormat, number>;
  /** correct answers at A, B, C, D */
  positions: number[];
  /** questions whose key is the single longest displayed option */
  longestKey: number;
  /** each translation the pack has, even in part */
  languages: LanguageTotals[];
}

export interface LanguageTotals {
  lang: string;
  /** declared and complete: the app loads it */
  complete: boolean;
  facts: number;
  questions: number;
  mains: number;
  /** translated questions whose key is the single longest option in that language */
  longestKey: number;
}

export interface LintOptions {
  /** issue 11's exam profile: format counts and pack size become errors */
  exam?: boolean;
}

export interface LintReport {
  findings: Finding[];
  totals: PackTotals[];
}
