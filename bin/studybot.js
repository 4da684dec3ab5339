#!/usr/bin/env node
// The installed `studybot` command. Where the TypeScript loader is installed (a development
// checkout) it runs the sources, so edits take effect at once; a production install (no dev
// dependencies) runs the compiled dist/.
let sources = true;
try {
  const { register } = await import('tsx/esm/api');
  register();
} catch {
  sources = false;
}
await import(sources ? '../src/cli.ts' : '../dist/cli.js');
