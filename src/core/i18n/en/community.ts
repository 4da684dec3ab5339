// English sentences for running a study group (issue 15 items 3-5): error reports, member
// questions, insights and the export. Plain text; adapters escape and format.
import { count, num } from '../format.ts';

export const community = {
  // ── /report and the "Report a problem" button
  'report.empty': () =>
    'Tell me what is wrong in a few words, e.g. /report the answer should be (b) — the treaty was signed in 2011.',
  'report.tooLong': (p: { max: number }) =>
    `That report is too long; please keep it under ${num('en', p.max)} characters.`,
  'report.filedQuestion': (p: { id: number; item: string }) =>
    `Thank you: report #${p.id} on the question "${p.item}" is with the group's admins.`,
  'report.filedFact': (p: { id: number; item: string }) =>
    `Thank you: report #${p.id} on the fact "${p.item}" is with the group's admins.`,
  'report.button': () => 'Report a problem',
  'report.buttonHint': () =>
    'What is wrong with it? Reply with /report and a few words, e.g. /report the answer should be (b).',
  // ── /reports (admins)
  'reports.title': (p: { n: number }) =>
    `Open reports: ${count('en', p.n, { one: 'report', other: 'reports' })}`,
  'reports.none': () => 'No open reports. Members can report a mistake with /report.',
  'reports.lineQuestion': (p: { id: number; item: string; text: string; who: string; day: string }) =>
    `#${p.id} · question "${p.item}": ${p.text} — ${p.who}, ${p.day}`,
  'reports.lineFact': (p: { id: number; item: string; text: string; who: string; day: string }) =>
    `#${p.id} · fact "${p.item}": ${p.text} — ${p.who}, ${p.day}`,
  'reports.howToResolve': (p: { more: number; example: number }) =>
    `${p.more > 0 ? `${num('en', p.more)} more not shown. ` : ''}When one is dealt with: /reports resolve ${p.example}`,
  'reports.badNumber': () => 'Give the number of the report to resolve, e.g. /reports resolve 3.',
  'reports.notFound': (p: { id: number }) =>
    `There is no open report #${p.id} in this group; /reports lists the open ones.`,
  'reports.resolved': (p: { id: number }) => `Report #${p.id} is resolved.`,
};
