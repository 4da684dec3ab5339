// Member questions in the terminal (issue 15 item 4): /suggest asks one field per line, a 10 kB
// paste, a lone option, two equal options or a wrong letter is refused in one sentence and the field asked again; the terminal's user, the group's
// admin, approves it (/approve, the terminal has no buttons), hears the decision and tops /contributors.
import { describe, expect, it } from 'vitest';
import { tempFolderForFile } from '../helpers/tempFolder.ts';
import { runTerminal } from '../helpers/terminal.ts';

const dataDir = tempFolderForFile('studybot-terminal-suggest-');
const run = (input: string) => runTerminal(dataDir(), input);

/** The terminal wraps long lines: match words across any whitespace. */
const loose = (text: string) =>
  new RegExp(
    text
      .split(' ')
      .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('\\s+'),
  );

describe('/suggest in the terminal', () => {
  it('asks one field per line, refuses a 10 kB paste, a lone option and a wrong letter at once, and the admin approves it', async () => {
    const chat = await run(
      [
        '/suggest',
        'Q'.repeat(10_000),
        'Which city hosts the semiconductor hub named in the communique?',
        'A) Osaka',
        'Osaka | OSAKA | Nagoya | Fukuoka',
        'Osaka | Sendai | Nagoya | Fukuoka',
        'E',
        'B',
        'Sendai hosts it, by the 2025 communique.',
        '-',
        '/suggestions',
        '/approve 1 daily',
        '/contributors',
        '',
      ].join('\n'),
    );
    expect(chat.code).toBe(0);
    const out = chat.stdout;
    expect(out).toMatch(/\(1\/5\) Question/);
    expect(out).toMatch(loose('That is too long for "Question": at most 300 characters, please.'));
    expect(out).toMatch(/\(2\/5\) Four options/);
    // One option on a line, and a letter past D: each told at once and asked again, nothing lost.
    expect(out).toMatch(loose('I need exactly 4 options, one per line; I found 1.'));
    expect(out).toMatch(loose('The right option must be one letter: A, B, C or D.'));
    // Two options the same (case aside) are caught on that line too, not after the last field.
    expect(out).toMatch(loose('Options A and B are the same; the four options must differ.'));
    expect(out.match(/\(3\/5\) The right option/g)).toHaveLength(1);
    expect(out).toMatch(loose("your question #1 is with the group's admins."));
    expect(out).toMatch(/Questions waiting: 1 question/);
    // The terminal has no buttons: the list says how to decide by typing, and speaks of no buttons.
    expect(out).toMatch(
      loose('Approve with /approve 1 (or /approve 1 daily), or decline with /decline 1 <reason>'),
    );
    expect(out).not.toMatch(/buttons/);
    expect(out).toMatch(loose('Question #1 is approved:'));
    expect(out).toMatch(/Your question #1 \("Which city hosts/);
    expect(out).toMatch(/1\. \S+: 1 approved question/);
    // Only the echo of the typed line (cut at 80 characters) shows the paste.
    expect(out).not.toMatch(/Q{100}/);
  }, 120_000);
});
