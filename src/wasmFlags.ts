// Prisma 7 plans queries with a WebAssembly query compiler (about 3 MB of code). By default V8
// compiles all of it up front and then recompiles its hot functions with TurboFan in background
// threads, whose working memory stays in malloc's arenas: measured at about 50 MB of the bot's RSS.
// Prisma caches each query shape's plan, so the compiler runs once per shape and its speed does not
// matter; compiling each function on first use with the baseline compiler (Liftoff) only is enough.
// Must run before the first Prisma client compiles the module.
import v8 from 'node:v8';

let applied = false;

export function leanWasm(): void {
  if (applied) return;
  applied = true;
  v8.setFlagsFromString('--wasm-lazy-compilation');
  v8.setFlagsFromString('--liftoff-only');
}
