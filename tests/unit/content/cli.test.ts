import { afterAll, describe, expect, it } from 'vitest';
import { OPTION_LETTERS, questionBody, runContentCli, solutionLines } from '../../../src/content/index.ts';
import { contentDir, library, miniPack, removeTempContent, writeContent } from './helpers.ts';

afterAll(removeTempContent);

async function run(argv: string[], dir = contentDir) {
  const log: string[] = [];
  const error: string[] = [];
  const code = await runContentCli(argv, { log: (s) => log.push(s), error: (s) => error.push(s) }, dir);
  return { code, out: log.join('\n'), err: error.join('\n') };
}

/** RFC 4180 parser (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

const lib = await library();

describe('content check', () => {
  it('prints counts per section and totals for the real content', async () => {
    const { code, out } = await run(['check']);
    expect(code).toBe(0);
    const pack = lib.packs[0]!;
    for (const s of pack.sections) {
      const facts = pack.facts.filter((f) => f.section === s.id).length;
      const questions = pack.questions.filter((q) => q.section === s.id).length;
      expect(out).toMatch(new RegExp(`^\\s+${s.id}\\s+${facts}\\s+${questions}\\s+`, 'm'));
    }
    expect(out).toContain(
      `OK: 1 pack, ${lib.facts.length} facts, ${lib.questions.length} questions, ${lib.mains.length} mains prompts`,
    );
  });

  it('exits 1 and lists the problems for an invalid pack', async () => {
    const p = miniPack();
    p.questions.questions[0]!.factId = 'missing-fact';
    const { code, err, out } = await run(['check'], writeContent({ mini: p }));
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toMatch(/questions\.yaml: question "q-one": factId "missing-fact" does not match any fact/);
  });

  it('rejects unknown commands, options and formats with exit 2', async () => {
    expect((await run([])).code).toBe(2);
    expect((await run(['frobnicate'])).code).toBe(2);
    expect((await run(['export', '--format', 'xml'])).code).toBe(2);
    expect((await run(['export', '--format'])).code).toBe(2);
    expect((await run(['export', '--bogus'])).code).toBe(2);
    expect((await run(['export', '--pack', 'nope'])).code).toBe(2);
    expect((await run(['help'])).code).toBe(0);
  });
});

describe('content export', () => {
  it('json: packs with facts and questions, answer as a 0-based index', async () => {
    const { code, out } = await run(['export', '--format', 'json']);
    expect(code).toBe(0);
    const data = JSON.parse(out) as {
      packs: {
        id: string;
        title: string;
        facts: Record<string, unknown>[];
        questions: { answer: number; options: string[]; id: string }[];
      }[];
    };
    expect(data.packs).toHaveLength(1);
    const p = data.packs[0]!;
    expect(p.id).toBe('india-japan');
    expect(p.facts).toHaveLength(lib.facts.length);
    expect(Object.keys(p.facts[0]!).sort()).toEqual([
      'aliases',
      'id',
      'proposal',
      'section',
      'tags',
      'text',
      'title',
    ]);
    expect(p.questions).toHaveLength(lib.questions.length);
    expect(Object.keys(p.questions[0]!).sort()).toEqual(
      [
        'answer',
        'difficulty',
        'explanation',
        'factId',
        'format',
        'id',
        'options',
        'paper',
        'prompt',
        'proposal',
        'section',
        'solution',
        'solutionText',
        'topic',
      ].sort(),
    );
    for (const q of p.questions) {
      expect(Number.isInteger(q.answer) && q.answer >= 0 && q.answer < 4).toBe(true);
      expect(q.options[q.answer]).toBe(lib.question(q.id)!.options[lib.question(q.id)!.answer]);
    }
    // --format=json spelling and --pack filter give the same document
    expect((await run(['export', '--format=json', '--pack', 'india-japan'])).out).toBe(out);
  });

  it('csv: Anki headers, one row per question and per fact, properly quoted', async () => {
    const { code, out } = await run(['export', '--format', 'csv']);
    expect(code).toBe(0);
    const lines = out.split('\n');
    expect(lines.slice(0, 3)).toEqual(['#separator:comma', '#html:false', '#columns:front,back']);
    const rows = parseCsv(lines.slice(3).join('\n'));
    expect(rows).toHaveLength(lib.questions.length + lib.facts.length);
    for (const r of rows) expect(r).toHaveLength(2);
    lib.questions.forEach((q, i) => {
      const [front, back] = rows[i]!;
      expect(front).toBe(
        [...questionBody(q), ...q.options.map((o, k) => `${OPTION_LETTERS[k]}. ${o}`)].join('\n'),
      );
      expect(back).toBe(
        [`${OPTION_LETTERS[q.answer]}. ${q.options[q.answer]}`, q.explanation, ...solutionLines(q)].join(
          '\n',
        ),
      );
    });
    lib.facts.forEach((f, i) => {
      expect(rows[lib.questions.length + i]).toEqual([f.title, f.text]);
    });
    // the pack really exercises quoting: commas, double quotes and line breaks
    expect(out).toContain('""');
  });
});
