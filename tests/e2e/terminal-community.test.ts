// Running a study group from the terminal (issue 15 items 3 and 5): the terminal user is the
// group's admin, so /report, /reports, /insights and /export all work there; the export is a file
// on disk, and `studybot content reports` reads the same database afterwards.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { tempFolderForFile } from '../helpers/tempFolder.ts';
import { runTerminal } from '../helpers/terminal.ts';

const dataDir = tempFolderForFile('studybot-terminal-community-');
const run = (args: string[], input = '') => runTerminal(dataDir(), input, { args });

describe('the terminal as a study group', () => {
  it('reports, lists reports, shows insights, exports a CSV file; content reports prints them by item', async () => {
    const chat = await run(
      ['src/main.ts'],
      '/daily\n/answer B\n/report the year should be 2014\n/report fact\n/reports\n/insights\n/export\n',
    );
    expect(chat.code).toBe(0);
    const out = chat.stdout;
    expect(out).toMatch(/Thank you: report #1 on the question/);
    expect(out).toMatch(/Tell me what is wrong in a few words/);
    // The terminal wraps long lines: the report's number and its text are both in the list.
    expect(out).toMatch(/Open reports: 1 report\n+#1 · question "[\s\S]*the year\s+should\s+be\s+2014/);
    expect(out).toMatch(/Insights · last 14 days/);
    const file = /^File: (.+\.csv)$/m.exec(out)?.[1];
    expect(file).toBeDefined();
    const csv = await readFile(file!, 'utf8');
    expect(csv.replace(/^\uFEFF/, '').split('\r\n')[0]).toMatch(/^rank,name,platform_id,points/);
    expect(csv.split('\r\n')).toHaveLength(3);

    const maintainers = await run(['src/cli.ts', 'content', 'reports']);
    expect(maintainers.code).toBe(0);
    expect(maintainers.stdout).toMatch(
      /^question [a-z0-9-]+ — 1 open, 0 resolved\n {2}".+"\n {2}#1 \[open\] \d{4}-\d\d-\d\d .* the year should be 2014$/m,
    );
    expect(maintainers.stdout).toMatch(/1 report on 1 item/);
  }, 180_000);
});
