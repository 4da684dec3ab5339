// The lint report as text: findings grouped by question, then each pack's totals and a verdict line.
import { FORMATS, OPTION_LETTERS } from '../schema.ts';
import type { LintReport } from './types.ts';

const pct = (n: number, of: number) => (of === 0 ? '0%' : `${Math.round((n / of) * 100)}%`);

export function formatLintReport(report: LintReport): string {
  const lines: string[] = [];
  const ruleWidth = Math.max(0, ...report.findings.map((f) => f.rule.length));
  for (const t of report.totals) {
    const mine = report.findings.filter((f) => f.pack === t.pack);
    lines.push(`pack ${t.pack}`);
    let current: string | undefined;
    for (const f of mine.filter((x) => x.question !== undefined)) {
      if (f.question !== current) {
        current = f.question;
        lines.push(`  ${f.question}`);
      }
      lines.push(
        `    ${f.level === 'error' ? 'error  ' : 'warning'}  ${f.rule.padEnd(ruleWidth)}  ${f.message}`,
      );
    }
    lines.push(`  totals: ${t.questions} questions`);
    lines.push(`    formats: ${FORMATS.map((f) => `${f} ${t.formats[f]}`).join(', ')}`);
    lines.push(
      `    answer positions: ${t.positions.map((n, i) => `${OPTION_LETTERS[i]} ${n} (${pct(n, t.questions)})`).join(', ')}`,
    );
    lines.push(
      `    key is the single longest option: ${t.longestKey} of ${t.questions} (${pct(t.longestKey, t.questions)})`,
    );
    lines.push(
      `    languages: en${t.languages.map((l) => `, ${l.lang}${l.complete ? '' : ' (draft or incomplete: not loaded)'}`).join('')}`,
    );
    for (const l of t.languages) {
      lines.push(
        `    ${l.lang}: ${l.questions} of ${t.questions} questions, ${l.facts} facts, ${l.mains} mains prompts; key is the single longest option: ${l.longestKey} of ${l.questions} (${pct(l.longestKey, l.questions)})`,
      );
    }
    for (const f of mine.filter((x) => x.question === undefined)) {
      lines.push(`    ${f.level === 'error' ? 'error  ' : 'warning'}  ${f.rule}  ${f.message}`);
    }
  }
  const errors = report.findings.filter((f) => f.level === 'error').length;
  const warnings = report.findings.length - errors;
  lines.push(`${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`);
  return lines.join('\n');
}
