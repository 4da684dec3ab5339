// `studybot content check|export|lint`: wired into src/cli.ts by the lead engineer.
import { ContentError, loadContent, type ContentLibrary } from './library.ts';
import { formatLintReport, lintPacks } from './lint/index.ts';
import type { LoadOptions } from './sources.ts';
import { questionBody, solutionLines } from './formats.ts';
import { csvField } from './csv.ts';
import { exportJson } from './export-json.ts';
import { OPTION_LETTERS, type Pack } from './schema.ts';

export interface CliOutput {
  log(s: string): void;
  error(s: string): void;
}

const USAGE = [
  'usage: studybot content <command>',
  '  check                          validate every pack; print counts per section and totals',
  '  export --format json|csv [--pack <id>]',
  '                                 json: packs with facts and questions (answer = 0-based index)',
  '                                       and each translation (same ids, structure and key)',
  '                                 csv:  Anki import file, columns front,back',
  "  reports                        members' error reports from the database, grouped by item",
  '  lint [dir] [--exam]            list give-aways per question and pack totals; exit 1 on errors',
  '                                 --exam: also require the exam profile (110 questions, 45 multi-format)',
].join('\n');

/** Runs a content sub-command; returns the process exit code (0 ok, 1 invalid content, 2 usage). */
export async function runContentCli(argv: string[], out: CliOutput, contentDir: string): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    (command === undefined ? out.error : out.log)(USAGE);
    return command === undefined ? 2 : 0;
  }
  if (command === 'lint') return lint(rest, out, contentDir);
  if (command === 'reports') return (await import('./reports-cli.ts')).contentReports(out, contentDir);
  if (command !== 'check' && command !== 'export') {
    out.error(`unknown content command "${command}"\n${USAGE}`);
    return 2;
  }
  const opts = parseOptions(rest);
  if (typeof opts === 'string') {
    out.error(`${opts}\n${USAGE}`);
    return 2;
  }
  if (command === 'check' && (opts.format !== undefined || opts.pack !== undefined)) {
    out.error(`check takes no options\n${USAGE}`);
    return 2;
  }
  const format = opts.format ?? 'json';
  if (format !== 'json' && format !== 'csv') {
    out.error(`unknown export format "${format}" (expected json or csv)`);
    return 2;
  }

  const library = await load(contentDir, out);
  if (!library) return 1;

  if (command === 'check') {
    out.log(checkReport(library));
    return 0;
  }
  let packs = library.packs;
  if (opts.pack !== undefined) {
    packs = packs.filter((p) => p.id === opts.pack);
    if (packs.length === 0) {
      out.error(`no pack with id "${opts.pack}" (packs: ${library.packs.map((p) => p.id).join(', ')})`);
      return 2;
    }
  }
  out.log(format === 'json' ? exportJson(packs) : exportCsv(packs));
  return 0;
}

/** The validated library, or undefined after printing every problem. */
async function load(
  contentDir: string,
  out: CliOutput,
  options: LoadOptions = {},
): Promise<ContentLibrary | undefined> {
  try {
    return await loadContent(contentDir, options);
  } catch (e) {
    if (e instanceof ContentError) {
      out.error(`content check failed: ${e.problems.length} problem(s) in ${contentDir}`);
      for (const p of e.problems) out.error(`  - ${p}`);
      return undefined;
    }
    out.error(`content check failed: ${(e as Error).message}`);
    return undefined;
  }
}

async function lint(args: string[], out: CliOutput, contentDir: string): Promise<number> {
  const exam = args.includes('--exam');
  const rest = args.filter((a) => a !== '--exam');
  const unknown = rest.find((a) => a.startsWith('-'));
  if (unknown !== undefined || rest.length > 1) {
    out.error(`${unknown ? `unknown argument "${unknown}"` : 'lint takes one directory'}\n${USAGE}`);
    return 2;
  }
  // Lenient: translation problems become findings instead of failing the load.
  const library = await load(rest[0] ?? contentDir, out, { translations: 'lenient' });
  if (!library) return 1;
  const report = lintPacks(library.packs, { exam });
  out.log(formatLintReport(report));
  return report.findings.some((f) => f.level === 'error') ? 1 : 0;
}

function parseOptions(args: string[]): { format?: string; pack?: string } | string {
  const res: { format?: string; pack?: string } = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const m = /^--(format|pack)(?:=(.*))?$/.exec(arg);
    if (!m) return `unknown argument "${arg}"`;
    const name = m[1] as 'format' | 'pack';
    const value = m[2] ?? args[++i];
    if (value === undefined || value === '') return `--${name} needs a value`;
    res[name] = value;
  }
  return res;
}

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}

export function checkReport(library: ContentLibrary): string {
  const lines: string[] = [];
  for (const p of library.packs) {
    lines.push(`pack ${p.id}: ${p.title}`);
    const idWidth = Math.max(7, ...p.sections.map((s) => s.id.length));
    lines.push(`  ${pad('section', idWidth)}  facts  questions  title`);
    for (const s of p.sections) {
      const f = p.facts.filter((x) => x.section === s.id).length;
      const q = p.questions.filter((x) => x.section === s.id).length;
      lines.push(`  ${pad(s.id, idWidth)}  ${pad(String(f), 5)}  ${pad(String(q), 9)}  ${s.title}`);
    }
    lines.push(
      `  ${pad('total', idWidth)}  ${pad(String(p.facts.length), 5)}  ${pad(String(p.questions.length), 9)}  (${p.mains.length} mains prompts)`,
    );
  }
  const n = library.packs.length;
  lines.push(
    `OK: ${n} pack${n === 1 ? '' : 's'}, ${library.facts.length} facts, ${library.questions.length} questions, ${library.mains.length} mains prompts`,
  );
  return lines.join('\n');
}

/**
 * Anki-importable CSV (Anki 2.1.55+ reads the '#' header lines): one note per question
 * (front: prompt + lettered options; back: correct letter and option + explanation) and one per fact
 * (front: title; back: text).
 */
export function exportCsv(packs: readonly Pack[]): string {
  const rows: string[] = ['#separator:comma', '#html:false', '#columns:front,back'];
  for (const p of packs) {
    for (const q of p.questions) {
      const front = [...questionBody(q), ...q.options.map((o, i) => `${OPTION_LETTERS[i]}. ${o}`)].join('\n');
      const letter = OPTION_LETTERS[q.answer] as string;
      const back = [`${letter}. ${q.options[q.answer] as string}`, q.explanation, ...solutionLines(q)].join(
        '\n',
      );
      rows.push(`${csvField(front)},${csvField(back)}`);
    }
    for (const f of p.facts) rows.push(`${csvField(f.title)},${csvField(f.text)}`);
  }
  return rows.join('\n') + '\n';
}
