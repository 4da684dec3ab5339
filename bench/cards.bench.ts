// Card rendering speed and memory (issue 16). Plain script, not a vitest bench:
//   npx tsx bench/cards.bench.ts [--renders N] [--memory-renders N]
// For each card: N timed renders (default 300, after a warm-up) -> p50 / p99 / max in ms; next to
// them, a blank canvas of the same size PNG-encoded by Skia (canvas.encode) and by the cards' own
// writer (src/pictures/png.ts), the peer that made us write it. Target: p99 under 50 ms. Then --memory-renders (default 10,000)
// renders cycling through the three cards, with RSS sampled every 1,000: a stable process ends
// where it plateaued, not higher with every batch. Prints the load average (`uptime`) alongside.
import os from 'node:os';
import { parseArgs } from 'node:util';
import { createCanvas } from '@napi-rs/canvas';
import { encodePng } from '../src/pictures/png.ts';
import {
  PODIUM_CARD_SIZE,
  PROGRESS_CARD_SIZE,
  SHARE_CARD_SIZE,
  renderPodiumCard,
  renderProgressCard,
  renderShareCard,
} from '../src/pictures/index.ts';
import { podiumExample, progressExample, shareExample } from '../tests/unit/pictures/samples.ts';

const { values } = parseArgs({
  options: {
    renders: { type: 'string', default: '300' },
    'memory-renders': { type: 'string', default: '10000' },
  },
});
const renders = Number(values.renders);
const memoryRenders = Number(values['memory-renders']);

const cards = [
  { name: 'progress 1200x630', size: PROGRESS_CARD_SIZE, render: () => renderProgressCard(progressExample) },
  { name: 'podium 1080x1080', size: PODIUM_CARD_SIZE, render: () => renderPodiumCard(podiumExample) },
  { name: 'share 800x418', size: SHARE_CARD_SIZE, render: () => renderShareCard(shareExample) },
];

const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(', ');
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

async function time(
  run: () => Promise<unknown>,
  n: number,
): Promise<{ p50: number; p99: number; max: number }> {
  for (let i = 0; i < 20; i++) await run(); // warm-up: fonts, JIT, Skia caches
  const ms: number[] = [];
  for (let i = 0; i < n; i++) {
    const start = process.hrtime.bigint();
    await run();
    ms.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  ms.sort((a, b) => a - b);
  return { p50: quantile(ms, 0.5), p99: quantile(ms, 0.99), max: ms[ms.length - 1] ?? 0 };
}

console.log(`cards bench · node ${process.version} · ${os.cpus().length} cores · load average ${load()}`);
console.log(`\n${renders} renders per card (PNG buffer out, ms)\n`);
console.log('| card | p50 | p99 | max | PNG size | blank, Skia encode p50 | blank, our encode p50 |');
console.log('|---|---|---|---|---|---|---|');
let over = 0;
for (const card of cards) {
  const t = await time(card.render, renders);
  const blank = createCanvas(card.size.width, card.size.height);
  blank.getContext('2d').fillRect(0, 0, card.size.width, card.size.height);
  const skia = await time(() => blank.encode('png'), renders);
  const ours = await time(() => encodePng(blank), renders);
  const bytes = (await card.render()).length;
  if (t.p99 >= 50) over += 1;
  console.log(
    `| ${card.name} | ${t.p50.toFixed(1)} | ${t.p99.toFixed(1)} | ${t.max.toFixed(1)} | ${(bytes / 1024).toFixed(0)} kB | ${skia.p50.toFixed(1)} | ${ours.p50.toFixed(1)} |`,
  );
}
console.log(
  `\nload average ${load()}; p99 target < 50 ms: ${over === 0 ? 'met' : `missed by ${over} card(s)`}`,
);

const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const startRss = process.memoryUsage().rss;
console.log(`\n${memoryRenders.toLocaleString('en')} renders, cycling the three cards (RSS in MB)`);
const samples: string[] = [];
const started = Date.now();
for (let i = 1; i <= memoryRenders; i++) {
  await (cards[i % cards.length] as (typeof cards)[number]).render();
  if (i % 1000 === 0) samples.push(mb(process.memoryUsage().rss));
}
gc?.();
const endRss = process.memoryUsage().rss;
console.log(`samples every 1,000: ${samples.join(' ')}`);
console.log(
  `start ${mb(startRss)} MB, end ${mb(endRss)} MB, growth ${mb(endRss - startRss)} MB over ${memoryRenders.toLocaleString('en')} renders ` +
    `(${((Date.now() - started) / 1000).toFixed(0)} s${gc ? ', after gc' : ', run with node --expose-gc to collect first'}); load average ${load()}`,
);
