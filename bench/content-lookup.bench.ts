// Lookup speed over the whole content library. Plain script, not a vitest bench:
//   npx tsx bench/content-lookup.bench.ts
// Prints ops/s and mean microseconds per lookup for exact, alias, fuzzy, miss and 10 kB cases.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadContent } from '../src/content/index.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const library = await loadContent(path.join(root, 'content'));

const cases: { name: string; queries: string[]; expect: 'exact' | 'alias' | 'fuzzy' | 'none' }[] = [
  {
    name: 'exact (id/title)',
    queries: ['osaka-track', 'GIFT City', 'Shinkansen technology', 'cepa'],
    expect: 'exact',
  },
  {
    name: 'alias',
    queries: ['shinkansen', 'lupex', 'us-2', 'Comprehensive Economic Partnership Agreement'],
    expect: 'alias',
  },
  {
    name: 'fuzzy',
    queries: ['shinkansan', 'osaka trak', 'dharma gaurdian', 'what is the osaka track initiative'],
    expect: 'fuzzy',
  },
  { name: 'miss', queries: ['cricket world cup', 'japan', 'monsoon forecast', 'zzqx'], expect: 'none' },
  { name: 'miss 10 kB', queries: ['lorem ipsum dolor sit amet '.repeat(400)], expect: 'none' },
];

function bench(
  queries: string[],
  run: (q: string) => number = (q) => library.lookup(q).kind.length,
  minMs = 300,
): { ops: number; meanUs: number } {
  let sink = 0;
  for (let i = 0; i < 2000; i++) sink += run(queries[i % queries.length] as string); // warm-up
  let n = 0;
  const start = process.hrtime.bigint();
  let elapsedNs = 0n;
  while (elapsedNs < BigInt(minMs) * 1_000_000n) {
    for (let i = 0; i < 1000; i++) sink += run(queries[(n + i) % queries.length] as string);
    n += 1000;
    elapsedNs = process.hrtime.bigint() - start;
  }
  if (sink === 0) console.log('');
  const seconds = Number(elapsedNs) / 1e9;
  return { ops: n / seconds, meanUs: (seconds * 1e6) / n };
}

console.log(
  `content lookup over ${library.facts.length} facts (${library.packs.map((p) => p.id).join(', ')})`,
);
for (const c of cases) {
  for (const q of c.queries) {
    const r = library.lookup(q);
    const got = r.kind === 'found' ? r.how : 'none';
    if (got !== c.expect)
      throw new Error(`${c.name}: ${JSON.stringify(q.slice(0, 40))} gave ${got}, expected ${c.expect}`);
  }
  const { ops, meanUs } = bench(c.queries);
  report(c.name, ops, meanUs);
}
const ac = bench(['sh', 'osaka', 'ja', '', 'shinkansan'], (q) => library.autocomplete(q).length);
report('autocomplete', ac.ops, ac.meanUs);

function report(name: string, ops: number, meanUs: number): void {
  const opsText = Math.round(ops).toLocaleString('en-US').padStart(12);
  console.log(`${name.padEnd(18)} ${opsText} ops/s   ${meanUs.toFixed(2).padStart(8)} µs/lookup`);
}
