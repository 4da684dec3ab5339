// `content lint`: every give-away in every question, plus pack totals. Pure: packs in, report out.
import type { Pack } from '../schema.ts';
import { duplicateFindings, packTotals, totalsFindings } from './pack-rules.ts';
import { questionIssues } from './question-rules.ts';
import { translationFindings } from './translation-rules.ts';
import type { Finding, LintOptions, LintReport } from './types.ts';

export type { Finding, LanguageTotals, LintOptions, LintReport, PackTotals } from './types.ts';
export { EXAM_PROFILE, LONGEST_SHARE, NEAR_DUPLICATE } from './pack-rules.ts';
export { formatLintReport } from './report.ts';

export function lintPacks(packs: readonly Pack[], options: LintOptions = {}): LintReport {
  const findings: Finding[] = [];
  const totals = packs.map(packTotals);
  packs.forEach((pack, i) => {
    const facts = new Map(pack.facts.map((f) => [f.id, f]));
    const sections = new Map(pack.sections.map((s) => [s.id, s]));
    const perQuestion: Finding[] = [];
    for (const q of pack.questions) {
      const ctx = { fact: facts.get(q.factId), section: sections.get(q.section) };
      for (const issue of questionIssues(q, ctx))
        perQuestion.push({ ...issue, pack: pack.id, question: q.id });
    }
    perQuestion.push(...duplicateFindings(pack), ...translationFindings(pack));
    // Findings of one question together, in file order.
    const order = new Map(pack.questions.map((q, k) => [q.id, k]));
    perQuestion.sort((a, b) => (order.get(a.question ?? '') ?? 0) - (order.get(b.question ?? '') ?? 0));
    findings.push(...perQuestion, ...totalsFindings(totals[i]!, options));
  });
  return { findings, totals };
}
