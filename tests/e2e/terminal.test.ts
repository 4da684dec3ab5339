// The README's promise: `printf '...' | npm start` on a fresh machine answers every line, with an
// embedded PostgreSQL whose data a second run finds again.
import { describe, expect, it } from 'vitest';
import { tempFolderForFile } from '../helpers/tempFolder.ts';
import { runTerminal } from '../helpers/terminal.ts';

const dataDir = tempFolderForFile('studybot-terminal-');
const startBot = (input: string, env: Record<string, string> = {}) => runTerminal(dataDir(), input, { env });

describe('the terminal chat (npm start with no platform token)', () => {
  it('answers each piped command, then exits 0; a second run finds the first run’s data', async () => {
    const first = await startBot(
      `/fact cepa\n/quiz\n/practice A\n/daily\n/answer B\n/streak\n/leaderboard\n/frobnicate\n/fact ${'x'.repeat(10_000)}\n/setup 08:00 Nowhere/Land\nhello\n`,
    );
    expect(first.stderr).not.toMatch(/crash|Error:/);
    expect(first.code).toBe(0);
    const out = first.stdout;
    expect(out).toMatch(/Comprehensive Economic Partnership Agreement/i);
    expect(out).toMatch(/Practice question:/);
    expect(out).toMatch(/Practice questions do not change your streak/);
    expect(out).toMatch(/Question: /);
    expect(out).toMatch(/Streak: 1 day/);
    expect(out).toMatch(/Current streak: 1 day/);
    expect(out).toMatch(/Leaderboard · this week/);
    expect(out).toMatch(/don't know the command \/frobnicate/);
    expect(out).toMatch(/too long/);
    expect(out).toMatch(/not a timezone I know/);
    expect(out).toMatch(/Commands start with a slash/);

    const second = await startBot('/streak\n/answer C\n');
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/Current streak: 1 day/);
    expect(second.stdout).toMatch(/already answered \(b\) today/);
  }, 180_000);

  it('skips today, posts it after all with /postnow (once), and previews tomorrow', async () => {
    const run = await startBot('/preview\n/skip\n/daily\n/postnow\n/postnow\n/skip\n');
    expect(run.stderr).not.toMatch(/crash|Error:/);
    expect(run.code).toBe(0);
    // The terminal wraps long lines: compare words, not line breaks.
    const out = run.stdout.replace(/\s+/g, ' ');
    expect(out).toMatch(/Tomorrow's post · /);
    expect(out).toMatch(/Answer: \(/);
    expect(out).toMatch(/No daily post today \(.+\), and streaks don't break over a skipped day/);
    expect(out).toMatch(/An admin skipped today's question/);
    expect(out).toMatch(/Today's fact and question are posted\./);
    expect(out).toMatch(/Today was skipped; it is an ordinary day again\./);
    expect(out).toMatch(/Today's post has already gone out \(or is going out right now\)/);
    expect(out).toMatch(/has already gone out, so today can't be skipped/);
    // The post itself was printed once, between the first /postnow and its confirmation.
    expect(out.split('> /postnow')[1]).toMatch(/Daily fact · /);
  }, 120_000);

  it('refuses to start on a bad setting, naming it', async () => {
    const r = await startBot('/help\n', { DEFAULT_TIMEZONE: 'Mars/Olympus' });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/DEFAULT_TIMEZONE: expected an IANA timezone/);
  }, 60_000);
});
