// The terminal chat in-process: the real ConsoleAdapter over a test core, with what it prints
// collected, so a test can both call handle() and read the screen the person would see.
import { PassThrough } from 'node:stream';
import { ConsoleAdapter } from '../../src/adapters/console/index.ts';
import type { TestCore } from './core.ts';

export function consoleTerminal(t: TestCore, userName = 'asha') {
  const output = new PassThrough();
  let text = '';
  output.on('data', (d: Buffer) => (text += d.toString()));
  // Not interactive: no prompt or readline echo mixes into the collected text.
  const adapter = new ConsoleAdapter({
    core: t.core,
    input: new PassThrough(),
    output,
    interactive: false,
    userName,
  });
  return { adapter, text: () => text };
}
