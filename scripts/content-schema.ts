// Writes content/pack.schema.json, the JSON Schema editors use for content/<pack>/*.yaml, from the
// zod schemas in src/content/schema.ts. Run: npx tsx scripts/content-schema.ts [--check]
// (--check exits 1 when the committed file is stale, without writing it).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import prettier from 'prettier';
import { packJsonSchema } from '../src/content/schema.ts';

export const SCHEMA_PATH = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  'content',
  'pack.schema.json',
);

/** The exact text of content/pack.schema.json, formatted as `prettier --write` would leave it. */
export async function renderPackSchema(): Promise<string> {
  const options = (await prettier.resolveConfig(SCHEMA_PATH)) ?? {};
  return prettier.format(JSON.stringify(packJsonSchema(), null, 2), { ...options, parser: 'json' });
}

async function main(argv: string[]): Promise<number> {
  const text = await renderPackSchema();
  if (argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(SCHEMA_PATH, 'utf8');
    } catch {
      // missing file: stale
    }
    if (current !== text) {
      console.error(`${SCHEMA_PATH} is out of date: run npx tsx scripts/content-schema.ts`);
      return 1;
    }
    console.log(`${SCHEMA_PATH} is up to date`);
    return 0;
  }
  writeFileSync(SCHEMA_PATH, text);
  console.log(`wrote ${SCHEMA_PATH}`);
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
