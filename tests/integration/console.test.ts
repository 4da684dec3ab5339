// The terminal chat as a person types into it: /answer goes to the question on screen.
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConsoleAdapter } from '../../src/adapters/console/index.ts';
import { consoleTerminal } from '../helpers/consoleTerminal.ts';
import { createTestCore, type TestCore } from '../helpers/core.ts';
import { until } from '../helpers/wait.ts';

let t: TestCore;
beforeAll(async () => {
  t = await createTestCore({ now: '2026-11-27T06:00:00Z' });
});
afterAll(() => t.close());

const terminal = () => consoleTerminal(t, 'asha');

describe('the terminal chat', () => {
  it("/answer always answers today's question, also right after /quiz; /practice answers the practice one", async () => {
    // Issue 9.15: /answer after /quiz used to answer the practice question, though /help says it
    // answers today's, and a student lost a streak that way. Each question now names its command.
    const { adapter, text } = terminal();
    await adapter.handle('/quiz');
    expect(text()).toMatch(/Answer this practice question with \/practice a\|b\|c\|d/);
    const daily = await adapter.handle('/answer A');
    expect(daily.answer?.status).toBe('recorded');
    expect(daily.answer?.streak).toBe(1);
    const practice = await adapter.handle('/practice A');
    expect(practice.lines.at(-1)).toMatch(/Practice questions do not change your streak/);
    const none = await adapter.handle('/practice B');
    expect(none.lines[0]).toMatch(/no practice question on screen/);
    const help = await adapter.handle('/help');
    expect(help.lines.join('\n')).toMatch(/\/answer <a-d> — Answer today's question/);
    expect(help.lines.join('\n')).toMatch(/\/practice <a-d> — answer the practice question on screen/);
  });

  it('does not print the daily post twice when the scheduler sends what /daily already showed', async () => {
    const { adapter, text } = terminal();
    const shown = await adapter.handle('/daily');
    const before = text().length;
    const community = await t.core.community({ platform: 'console', chatId: 'terminal' });
    await adapter.sendDaily(community, shown);
    expect(text().length).toBe(before);
  });

  it('explains that commands start with a slash', async () => {
    const { adapter } = terminal();
    const reply = await adapter.handle('hello');
    expect(reply.lines[0]).toMatch(/Commands start with a slash/);
  });
});

describe('the terminal chat on a terminal', () => {
  /** A real readline on stream pairs that say they are a 40-column terminal. */
  function tty() {
    const input = Object.assign(new PassThrough(), { isTTY: true });
    const output = Object.assign(new PassThrough(), { isTTY: true, columns: 40, rows: 24 });
    let raw = '';
    output.on('data', (d: Buffer) => (raw += d.toString()));
    const adapter = new ConsoleAdapter({ core: t.core, input, output, interactive: true, userName: 'asha' });
    // What the screen shows, roughly: each carriage return starts a line over.
    const screen = () =>
      raw
        // eslint-disable-next-line no-control-regex -- "column 1" starts the line over, like \r
        .replace(/\u001b\[1G/g, '\r')
        // eslint-disable-next-line no-control-regex -- other escape sequences are dropped
        .replace(/\u001b\[[0-9;]*[A-Za-z]/g, '')
        .split('\n')
        .map((line) => line.split('\r').at(-1)!);
    return { adapter, input, raw: () => raw, screen };
  }

  it('a post that arrives while the student types is printed above the prompt, which is redrawn with the typed text; lines wrap at word boundaries', async () => {
    const { adapter, input, raw, screen } = tty();
    await adapter.start();
    await new Promise((r) => setTimeout(r, 50));
    input.write('/str'); // typed, not yet sent
    await new Promise((r) => setTimeout(r, 50));
    const before = raw().length;
    const community = await t.core.community({ platform: 'console', chatId: 'terminal' });
    const long =
      'The Special Strategic and Global Partnership between India and Japan was announced in 2014 during a visit to Tokyo.';
    await adapter.sendMessage(community, { visibility: 'public', tone: 'info', lines: [long] });
    const after = raw().slice(before);
    // The message starts on a clean line and the prompt comes back with what was typed.
    expect(after.startsWith('\u001b[2K\u001b[1G')).toBe(true); // the typed line cleared first
    expect(screen().at(-1)).toBe('> /str');
    const lines = screen();
    const first = lines.findIndex((l) => l.startsWith('The Special'));
    const end = lines.findIndex((l, i) => i > first && !l.trim());
    const shown = lines.slice(first, end);
    expect(shown.join(' ')).toContain(long);
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(40);
    // No word is cut at the edge.
    const words = new Set(long.split(' '));
    for (const line of shown) for (const w of line.split(' ')) expect(words.has(w)).toBe(true);

    input.write('eak\r');
    // The command's reply arrives when the database has answered: wait for it, not a fixed time.
    await until(
      async () => raw(),
      (text) => /streak/i.test(text),
    );
    await adapter.stop();
  });
});
