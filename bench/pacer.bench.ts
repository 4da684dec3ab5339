// The pace alone, without the platform round trip: a broadcast to `--groups` Telegram groups (a fact
// and a poll each, the poll once the fact is out) through the Telegram pacer's limits, with every
// send counted by the fake server's own flood-limit counter (tests/e2e/fakes/telegram-limits.ts).
// Shows how close the pacer keeps to the 30 messages a second bound when the process has the CPU
// to keep up (the full broadcast bench, scheduler-broadcast.bench.ts --telegram, adds grammY, the
// fake's HTTP and the database), and that it never exceeds it.
//
//   npx tsx bench/pacer.bench.ts [--groups 500] [--latency 20]
import os from 'node:os';
import { parseArgs } from 'node:util';
import { TELEGRAM_GLOBAL, TELEGRAM_GROUP } from '../src/adapters/telegram/throttle.ts';
import { Pacer } from '../src/pacing/pacer.ts';
import { FloodLimits, TELEGRAM_LIMITS } from '../tests/e2e/fakes/telegram-limits.ts';

const { values } = parseArgs({
  options: { groups: { type: 'string', default: '500' }, latency: { type: 'string', default: '20' } },
});
const groups = Number(values.groups);
const latencyMs = Number(values.latency);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const pacer = new Pacer({ global: TELEGRAM_GLOBAL, perKey: () => TELEGRAM_GROUP, maxQueue: 100_000 });
const limits = new FloodLimits();
let refused = 0;
const send = (chat: string) =>
  pacer.run(chat, 'broadcast', async () => {
    if (limits.admit('sendMessage', chat) !== undefined) refused += 1;
    await sleep(latencyMs);
  });

const load = os.loadavg()[0]!.toFixed(1);
const started = performance.now();
await Promise.all(
  Array.from({ length: groups }, async (_, i) => {
    const chat = String(-1000000000000 - i);
    await send(chat); // the fact
    await send(chat); // the poll
  }),
);
const seconds = (performance.now() - started) / 1000;
const bound = ((groups * 2) / TELEGRAM_LIMITS.global.count) * (TELEGRAM_LIMITS.global.ms / 1000);
console.log(
  `| groups | messages | paced s | bound s | × bound | over the limit | load |\n|---|---|---|---|---|---|---|\n| ${groups} | ${groups * 2} | ${seconds.toFixed(1)} | ${bound.toFixed(1)} | ${(seconds / bound).toFixed(3)} | ${refused} | ${load} → ${os.loadavg()[0]!.toFixed(1)} |`,
);
