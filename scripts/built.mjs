// Is dist/ current? Builds dist/ (scripts/build.mjs) when it is missing or older than a source file,
// so that `npm install && npm start` is one step and the bot itself starts as plain JavaScript (no
// TypeScript loader at run time). Production images build once (Dockerfile). The check is one
// stat per source file (a few ms); it runs inside `npm start`'s own process (scripts/start.mjs),
// so it costs no second Node start-up.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const built = path.join(root, 'dist', 'main.js');

function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }
  return latest;
}

/** Builds dist/ if it is stale; returns an exit status (0: dist/ is ready to run). */
export function buildIfStale() {
  const sources = Math.max(
    newest(path.join(root, 'src')),
    statSync(path.join(root, 'tsconfig.json')).mtimeMs,
    statSync(path.join(root, 'scripts', 'build.mjs')).mtimeMs,
  );
  if (existsSync(built) && statSync(built).mtimeMs >= sources) return 0;

  if (!existsSync(path.join(root, 'node_modules', 'esbuild'))) {
    if (existsSync(built)) return 0; // a production install: run the build it shipped with
    console.error(
      'dist/ is missing and esbuild (a development dependency) is not installed: run `npm install`, then `npm run build`.',
    );
    return 1;
  }
  console.error(
    'Compiling src/ to dist/ (once after each change; `npm run dev` runs the sources directly)...',
  );
  const result = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { stdio: 'inherit' });
  return result.status ?? 1;
}
