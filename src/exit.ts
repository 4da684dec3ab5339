// Ending a command-line process without losing output. process.exit() right after a large write
// drops whatever a pipe has not taken yet (a pipe holds 64 KiB: `studybot content export | jq`
// got 65,536 bytes of 116 kB), so the exit waits until stdout and stderr have handed everything on.
import type { Writable } from 'node:stream';

/** Resolves once everything written to the stream so far has been handed to the OS (or it failed). */
export function flushed(stream: Writable): Promise<void> {
  if (stream.writableLength === 0 || stream.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      stream.off('drain', done).off('error', done).off('close', done);
      resolve();
    };
    // A reader that went away (`| head`) ends the wait with an error or a close instead of a drain.
    stream.on('drain', done).on('error', done).on('close', done);
  });
}

/** Exits with the code once stdout and stderr are flushed. */
export async function exitWhenFlushed(code: number): Promise<never> {
  await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
  process.exit(code);
}
