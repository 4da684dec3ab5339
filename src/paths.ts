// Where the running code and the project are. The code runs from src/ (the sources, through tsx) or
// from dist/ (the build: entry points and their chunks side by side, see scripts/build.mjs); both
// are one level below the project root. This module is the one place that relies on that, so it
// gives the same answers wherever the bundler puts its code.
import path from 'node:path';

/** src/ or dist/: the folder of the code that is running. */
export const CODE_DIR = import.meta.dirname;

/** The project root (prisma/migrations, content/, package.json). */
export const ROOT = path.resolve(CODE_DIR, '..');
