// An esbuild plugin for `pg`. When it loads, pg asks whether it runs on Cloudflare Workers; where
// `navigator` is missing (Node 20) it finds out by constructing a fetch Response, and that loads
// Node's whole fetch implementation (undici): about 40 ms of a start, for nothing the bot uses.
// The bundle is built for Node (platform 'node'), so the answer is known when it is built: the
// check answers false at once. If a pg release words the check differently, the file is bundled
// unchanged (and the build says so): slower to load, never wrong.
import { readFile } from 'node:fs/promises';

const CHECK = 'function isCloudflareRuntime() {';

export function pgNodeOnly() {
  return {
    name: 'pg-node-only',
    setup(build) {
      build.onLoad({ filter: /[\\/]pg[\\/]lib[\\/]stream\.js$/ }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        if (!source.includes(CHECK)) {
          return {
            contents: source,
            loader: 'js',
            warnings: [{ text: `${CHECK} not found: pg bundled as is` }],
          };
        }
        return { contents: source.replace(CHECK, `${CHECK}\n  return false;`), loader: 'js' };
      });
    },
  };
}
