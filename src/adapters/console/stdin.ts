// What the terminal chat would read from: a person at a terminal, commands piped in by a script,
// or nothing at all. A container started without `-it` has /dev/null (or no stdin): treating that
// as an empty script made the bot exit 0 at once, and the orchestrator restart it forever.
import { fstatSync } from 'node:fs';
import tty from 'node:tty';

export type StdinKind = 'terminal' | 'piped' | 'none';

export function stdinKind(fd = 0): StdinKind {
  try {
    if (tty.isatty(fd)) return 'terminal';
    const stat = fstatSync(fd);
    // A shell pipe is a FIFO, `< file` a file, a pipe from a Node parent a socket.
    return stat.isFIFO() || stat.isFile() || stat.isSocket() ? 'piped' : 'none';
  } catch {
    return 'none'; // fd 0 closed
  }
}
