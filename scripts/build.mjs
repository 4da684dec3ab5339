// `npm run build`: a clean compile of src/ to dist/ (tsc with tsconfig.build.json). dist/ mirrors
// src/ one level below the project root, so paths like ../../prisma/migrations resolve the same
// from both. Then the content cache: content/ validated once, here, by the compiled code, so that a
// start with the same content files skips the YAML and zod work (see src/content/cache.ts).
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
rmSync(path.join(root, 'dist'), { recursive: true, force: true });
const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
// --noCheck: emit only (a third of the time); `npm test` type-checks (npm run typecheck).
const result = spawnSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.build.json'), '--noCheck'], {
  cwd: root,
  stdio: 'inherit',
});
if (result.status !== 0) process.exit(result.status ?? 1);

const content = path.join(root, 'content');
if (existsSync(content)) {
  const { writeContentCache } = await import(
    pathToFileURL(path.join(root, 'dist', 'content', 'cache.js')).href
  );
  try {
    await writeContentCache(content);
  } catch (err) {
    // Not the build's failure: the bot validates at start and says what is wrong there.
    if (err?.name !== 'ContentError') throw err;
    console.error(`content/ is invalid, so no content cache was written:\n${err.message}`);
  }
}
