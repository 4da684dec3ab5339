// An esbuild plugin for Prisma's query compiler. Prisma ships the compiler's WebAssembly as a
// JavaScript module holding one 4.5 MB base64 string (query_compiler_*.wasm-base64.mjs), which the
// generated client imports on its first query and decodes. Loading that module cost a start about
// 100 ms (reading, decoding and compiling 4.5 MB of JavaScript source). The plugin writes the
// binary beside the bundle instead (dist/<name>.wasm) and puts in the module's place a small one
// that reads the file and exports the same `wasm` string, so the generated client is unchanged.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** @param {string} outdir where the bundle goes; the .wasm files go there too */
export function wasmFile(outdir) {
  return {
    name: 'prisma-wasm-file',
    setup(build) {
      build.onLoad({ filter: /query_compiler_[^/\\]*\.wasm-base64\.mjs$/ }, async (args) => {
        const { wasm } = await import(pathToFileURL(args.path).href);
        const file = `${path.basename(args.path, '.wasm-base64.mjs')}.wasm`;
        mkdirSync(outdir, { recursive: true });
        writeFileSync(path.join(outdir, file), Buffer.from(wasm, 'base64'));
        return {
          // The chunk made from this module sits in outdir too (build.mjs keeps dist/ flat).
          contents: [
            "import { readFileSync } from 'node:fs';",
            `export const wasm = readFileSync(new URL(${JSON.stringify(`./${file}`)}, import.meta.url)).toString('base64');`,
          ].join('\n'),
          loader: 'js',
        };
      });
    },
  };
}
