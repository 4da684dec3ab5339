// Runs a program to its end with some input on stdin and collects what it printed: how the
// end-to-end files drive `npm start`, the CLI and the built app as a user's shell would.
import { spawn, type StdioOptions } from 'node:child_process';

export interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runToEnd(
  command: string,
  args: string[],
  options: {
    cwd: string;
    env: NodeJS.ProcessEnv;
    /** Written to stdin, which is then closed, as a pipe from printf would be. */
    input?: string;
    /** A hung process is killed, so the test fails on its assertions instead of its timeout. */
    timeoutMs?: number;
    /** stdin 'ignore' or 'inherit' instead of a pipe; stdout and stderr are always collected. */
    stdin?: 'pipe' | 'ignore' | 'inherit';
  },
): Promise<Finished> {
  const stdin = options.stdin ?? 'pipe';
  const stdio: StdioOptions = [stdin, 'pipe', 'pipe'];
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio });
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 90_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    if (stdin === 'pipe') child.stdin!.end(options.input ?? '');
  });
}
