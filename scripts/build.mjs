// `npm run build`: a clean compile of src/ to dist/ (tsc with tsconfig.build.json). dist/ mirrors
// src/ one level below the project root, so paths like ../../prisma/migrations resolve the same
// from both.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
rmSync(path.join(root, 'dist'), { recursive: true, force: true });
const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
// --noCheck: emit only (a third of the time); `npm test` type-checks (npm run typecheck).
const result = spawnSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.build.json'), '--noCheck'], {
  cwd: root,
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
