// Production mode: `npm run build` output runs as produced (migrations and content found from
// dist/), with no TypeScript loader, and `npm start`'s pre-step builds only when dist/ is stale.
import { spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { chmod, cp, mkdtemp, readFile, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..', '..');
let clone: string;
let adminUrl: string;
let dbName: string;

beforeAll(async () => {
  clone = await mkdtemp(path.join(os.tmpdir(), 'studybot-build-'));
  await chmod(clone, 0o755);
  for (const part of ['src', 'content', 'prisma', 'scripts', 'package.json', 'tsconfig.json'])
    await cp(path.join(root, part), path.join(clone, part), { recursive: true });
  await symlink(await realpath(path.join(root, 'node_modules')), path.join(clone, 'node_modules'));
  // An empty database: the compiled migrator must find prisma/migrations by itself.
  adminUrl = inject('postgresAdminUrl');
  dbName = `studybot_build_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${dbName}"`);
  await admin.end();
}, 60_000);

afterAll(async () => {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
  await admin.end();
  await rm(clone, { recursive: true, force: true });
});

const buildIfStale = () =>
  spawnSync(process.execPath, ['scripts/build-if-stale.mjs'], {
    cwd: clone,
    encoding: 'utf8',
    timeout: 240_000,
  });

describe('production build', () => {
  it('builds once, then starts as compiled JavaScript and answers', async () => {
    const first = buildIfStale();
    expect(first.status, first.stderr + first.stdout).toBe(0);
    expect(first.stderr).toMatch(/Compiling src\/ to dist\//);
    const again = buildIfStale();
    expect(again.status).toBe(0);
    expect(again.stderr).not.toMatch(/Compiling/); // dist/ is fresh: no second build

    const url = new URL(adminUrl);
    url.pathname = `/${dbName}`;
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      DATABASE_URL: url.toString(),
    };
    const r = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      // Plain node, no --import: the build must not need the TypeScript loader.
      const child = spawn(process.execPath, ['dist/main.js'], { cwd: clone, env, stdio: 'pipe' });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.on('close', (code) => resolve({ code, stdout, stderr }));
      child.stdin.end('/fact cepa\n/streak\n');
    });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Comprehensive Economic Partnership Agreement/i);
    expect(r.stdout).toMatch(/streak/i);

    // `npm start`: the same build, checked for staleness and run in one process.
    const npmStart = spawnSync('npm', ['start', '--silent'], {
      cwd: clone,
      env,
      input: '/fact cepa\n',
      encoding: 'utf8',
    });
    expect(npmStart.status, npmStart.stderr).toBe(0);
    expect(npmStart.stderr).not.toMatch(/Compiling/);
    expect(npmStart.stdout).toMatch(/Comprehensive Economic Partnership Agreement/i);

    // The build's content cache spares a start the validation only while the files are the ones
    // it validated: an edit made after the build is still checked, and a mistake stops the start.
    const facts = path.join(clone, 'content', 'india-japan', 'facts.yaml');
    await writeFile(
      facts,
      (await readFile(facts, 'utf8')).replace(/^(\s*)section: \S+/m, '$1section: no-such-section'),
    );
    const edited = spawnSync(process.execPath, ['dist/main.js'], {
      cwd: clone,
      env,
      input: '/help\n',
      encoding: 'utf8',
    });
    expect(edited.status).toBe(1);
    expect(edited.stderr).toMatch(/section "no-such-section" is not defined in pack\.yaml/);
  }, 300_000);
});
