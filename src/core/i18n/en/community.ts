// English sentences for running a study group (issue 15 items 3-5): error reports, member
// questions, insights and the export. Plain text; adapters escape and format.
import { count, num } from '../format.ts';

export const community = {
  // ── the commands' descriptions and usage (menus, /help)
  'command.report': () => 'Report a mistake in the question you last answered (or its fact)',
  'command.report.usage': () => '/report [fact] <what is wrong>',
  'command.report.problem': () =>
    'What is wrong; start with "fact" to report the fact instead of the question',
  'command.reports': () => "Members' reports of mistakes in this group, to check and resolve",
  'command.reports.usage': () => '/reports [resolve <number>]',
  'command.reports.resolve': () => 'The number of a report you have dealt with',
  'command.insights': () =>
    "The group's last two weeks: participation, hard questions, weak sections, lost streaks",
  'command.insights.usage': () => '/insights',
  'command.export': () => "A spreadsheet (CSV) of every member's points and streaks",
  'command.export.usage': () => '/export',
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
  // ── /insights (admins)
  'insights.title': (p: { days: number }) => `Insights · last ${p.days} days`,
  'insights.empty': () =>
    'Nobody has answered a daily question here in the last two weeks yet, so there is nothing to show.',
  'insights.summary': (p: { answers: number; questions: number }) =>
    `${count('en', p.answers, { one: 'answer', other: 'answers' })} to ${count('en', p.questions, { one: 'daily question', other: 'daily questions' })}.`,
  'insights.participation': () => 'Answers per day',
  'insights.hardest': () => 'Hardest questions',
  'insights.easiest': () => 'Easiest questions',
  'insights.questionLine': (p: { question: string; percent: number; answered: number }) =>
    `${p.percent}% right (${num('en', p.answered)} answered) — ${p.question}`,
  'insights.bySection': () => 'Accuracy by section',
  'insights.byFormat': () => 'Accuracy by format',
  'insights.accuracyLine': (p: { name: string; percent: number; answered: number }) =>
    `${p.name}: ${p.percent}% (${count('en', p.answered, { one: 'answer', other: 'answers' })})`,
  'insights.format.single': () => 'Single answer',
  'insights.format.statements': () => 'Statements (which are correct)',
  'insights.format.how-many': () => 'How many statements',
  'insights.format.pairs': () => 'Pairs',
  'insights.format.assertion-reason': () => 'Statement-I / Statement-II',
  'insights.lostStreaks': (p: { min: number }) => `Streaks of ${p.min}+ days lost this week`,
  'insights.lostLine': (p: { name: string; streak: number; day: string }) =>
    `${p.name} — ${count('en', p.streak, { one: 'day', other: 'days' })}, last answered ${p.day}`,
  'insights.noLostStreaks': () => 'None.',
  'insights.footer': () =>
    'Daily questions only; practice answers are not counted. /export for the full table.',
  // ── /export (admins)
  'export.empty': () => 'Nobody has answered a daily question here yet, so there is nothing to export.',
  'export.caption': (p: { members: number }) =>
    `Points and streaks of ${count('en', p.members, { one: 'member', other: 'members' })}, best first (CSV, opens in any spreadsheet).`,
  'export.sentPrivately': (p: { name: string }) => `${p.name}, I've sent you the file privately.`,
  'export.openPrivateChat': (p: { name: string; bot: string }) =>
    `${p.name}, I can only send the file in a private chat: open one with me (@${p.bot}), press Start, then ask again.`,
  // The terminal saves the CSV and names where (it cannot hand a file over).
  'console.file': (p: { file: string }) => `File: ${p.file}`,
  'report.addDetails': () => 'To say what is wrong, use /report and a few words.',
  'report.gone': () => 'That question is no longer in the pack, so there is nothing to report.',
  'reports.noDetails': () => '(flagged with the button, no details)',
  'report.notYours': () =>
    'This button reports the question you answered; I could not find your answer to it. Use /report with a few words instead.',
};
