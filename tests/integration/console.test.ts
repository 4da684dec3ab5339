// The terminal chat as a person types into it: /answer goes to the question on screen.
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConsoleAdapter } from '../../src/adapters/console/index.ts';
import { createTestCore, type TestCore } from '../helpers/core.ts';

let t: TestCore;
beforeAll(async () => {
  t = await createTestCore({ now: '2026-11-27T06:00:00Z' });
});
afterAll(() => t.close());

function terminal() {
  const output = new PassThrough();
  let text = '';
  output.on('data', (d: Buffer) => (text += d.toString()));
  const adapter = new ConsoleAdapter({
    core: t.core,
    input: new PassThrough(),
    output,
    interactive: false,
    userName: 'asha',
  });
  return { adapter, text: () => text };
}

describe('the terminal chat', () => {
  it('/answer after /quiz answers the practice question; after /daily it answers the daily one', async () => {
    const { adapter } = terminal();
    await adapter.handle('/quiz');
    const practice = await adapter.handle('/answer A');
    expect(practice.lines.at(-1)).toMatch(/Practice questions do not change your streak/);
    await adapter.handle('/quiz');
    await adapter.handle('/daily'); // the daily question is now the one on screen
    const daily = await adapter.handle('/answer A');
    expect(daily.answer?.status).toBe('recorded');
    expect(daily.answer?.streak).toBe(1);
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
