// `npx studybot content export --format json | jq .` must get the whole export: a reader that is
// slower than the writer (a real pipe holds 64 KiB) still receives every byte before the CLI exits.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..', '..');
const bin = path.join(root, 'bin', 'studybot.js');
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'studybot-pipe-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const sh = (script: string) =>
  execFileSync('sh', ['-c', script], {
    cwd: root,
    env: { ...process.env, NODE: process.execPath, BIN: bin, DIR: dir },
    timeout: 60_000,
  });

describe('CLI output through a pipe', () => {
  it('content export --format json reaches a slow reader whole', async () => {
    const format = 'json';
    sh(`"$NODE" "$BIN" content export --format ${format} > "$DIR/file.${format}"`);
    const whole = (await stat(path.join(dir, `file.${format}`))).size;
    // The reader starts only once the writer has exited (or after 5 s, when a correct writer is
    // still waiting for the pipe to drain): the pipe must not lose what did not fit in it.
    sh(
      `{ "$NODE" "$BIN" content export --format ${format}; echo $? > "$DIR/status.${format}"; } | ` +
        `{ i=0; while [ ! -f "$DIR/status.${format}" ] && [ $i -lt 50 ]; do sleep 0.1; i=$((i+1)); done; cat > "$DIR/piped.${format}"; }`,
    );
    const piped = await readFile(path.join(dir, `piped.${format}`));
    expect(whole).toBeGreaterThan(64 * 1024);
    expect(piped.length).toBe(whole);
    expect(await readFile(path.join(dir, `status.${format}`), 'utf8')).toBe('0\n');
  }, 60_000);
});
