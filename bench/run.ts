// Runs every bench in turn (npm run bench). Each prints its own figures.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const benches = [
  'content-lookup.bench.ts',
  'answers.bench.ts',
  'answers-pgbench.bench.ts',
  'standings.bench.ts',
  'scheduler-broadcast.bench.ts',
  'cards.bench.ts',
  'startup.bench.ts',
  'private-chats.bench.ts',
  'vote-outage.bench.ts',
  'vote-rate.bench.ts',
  'review.bench.ts',
  'reminders.bench.ts',
];
let failed = 0;
for (const bench of benches) {
  process.stdout.write(`\n=== ${bench} ===\n`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, bench)], {
    stdio: 'inherit',
  });
  if (r.status !== 0) failed += 1;
}
process.exit(failed === 0 ? 0 : 1);
