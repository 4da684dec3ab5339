// A reminder run (issue 12): N members opted in (/remind at the same minute), each with a review
// due, sent by the real scheduler through the real Telegram adapter (grammY and its throttler)
// against the fake Bot API server. Reports the run's time beside Telegram's bound (about 30
// messages a second: N / 30 s at best), and checks every member got exactly one reminder: none
// twice, none lost. A second tick a minute later must send nothing.
//
//   npx tsx bench/reminders.bench.ts [--members 3000] [--no-write]
//
// 100,000 members take at least 100,000 / 30 = 55 minutes at Telegram's bound whatever the code
// does, so the default is scaled down; the rate, not the count, is what is measured.
import { execSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { createTelegramAdapter } from '../src/adapters/telegram/index.ts';
import { loadContent } from '../src/content/index.ts';
import { StudyCore } from '../src/core/engine.ts';
import { createLogger } from '../src/log.ts';
import { Scheduler } from '../src/scheduler/index.ts';
import { createPrisma, createStore } from '../src/store/index.ts';
import { FakeTelegram, tgPrivate, tgUser } from '../tests/e2e/fakes/telegram-server.ts';
import { benchDatabase } from './database.ts';

const { values } = parseArgs({
  options: { members: { type: 'string', default: '3000' }, 'no-write': { type: 'boolean', default: false } },
});
const N = Number(values.members);
const TOKEN = '7000000098:AABenchRemindersToken_abcdefghijkl';
const BASE = 500_000_000;
const log = createLogger('warn', false);
const now = new Date('2026-11-27T02:00:00Z'); // 07:30 in Asia/Kolkata

const database = await benchDatabase('reminders');
const fake = await FakeTelegram.start(TOKEN, 'studybot_bench');
const db = createPrisma(database.url, 8);
const pool = new pg.Pool({ connectionString: database.url, max: 2 });
try {
  for (let i = 0; i < N; i++) fake.addChat(tgPrivate(tgUser(BASE + i, `M${i}`)));
  await pool.query(
    `INSERT INTO "Member" ("platform", "externalId", "displayName")
     SELECT 'telegram', ($2::bigint + g)::text, 'M' || g FROM generate_series(0, $1::int - 1) g`,
    [N, BASE],
  );
  await pool.query(`INSERT INTO "Reminder" ("memberId", "time", "timezone", "updatedAt")
    SELECT "id", '07:30', 'Asia/Kolkata', now() FROM "Member"`);
  await pool.query(
    `INSERT INTO "ReviewCard" ("memberId", "questionId", "due", "stability", "difficulty",
      "scheduledDays", "reps", "lapses", "state", "lastCorrect", "origin")
    SELECT "id", 'q1', $1::timestamptz - interval '1 hour', 1, 5, 1, 1, 1, 2, false, 'daily' FROM "Member"`,
    [now],
  );

  const content = await loadContent(path.resolve(import.meta.dirname, '..', 'content'));
  const clock = { now: () => now };
  const core = new StudyCore({
    store: createStore(db),
    content,
    clock,
    log,
    defaults: { timezone: 'Asia/Kolkata', postTime: '08:00' },
  });
  const adapter = createTelegramAdapter({ core, token: TOKEN, apiRoot: fake.apiRoot, log });
  await adapter.start();
  // One instance, lease long enough for the whole run (the pace, not a crash, is measured here).
  const scheduler = new Scheduler({ core, adapters: [adapter], clock, log, leaseMs: 3_600_000 });
  const t0 = performance.now();
  const report = await scheduler.tick();
  const seconds = (performance.now() - t0) / 1000;
  clock.now = () => new Date(now.getTime() + 60_000);
  const again = await scheduler.tick();
  await adapter.stop();

  const counts = new Map<string, number>();
  for (const c of fake.callsOf('sendMessage'))
    if (c.status === 200)
      counts.set(String(c.params.chat_id), (counts.get(String(c.params.chat_id)) ?? 0) + 1);
  const twice = [...counts.values()].filter((n) => n > 1).length;
  const lost = N - counts.size;
  const rows = (await pool.query(`SELECT "state", count(*)::int AS n FROM "ReminderSend" GROUP BY 1`)).rows;
  const load = execSync('uptime').toString().trim();
  const lines = [
    `# reminder run — ${new Date().toISOString().slice(0, 10)}`,
    '',
    `${N} members opted in at 07:30 Asia/Kolkata, each with one review due; one scheduler tick through the`,
    'real Telegram adapter (grammY throttler) against the fake Bot API server.',
    `Machine load: \`${load}\``,
    '',
    '| figure | value |',
    '|---|---|',
    `| sent by the tick | ${report.reminders} |`,
    `| run time | ${seconds.toFixed(1)} s |`,
    `| rate | ${(report.reminders / seconds).toFixed(1)} messages/s |`,
    `| Telegram's bound (30 messages/s) | ${(N / 30).toFixed(1)} s at best |`,
    `| members messaged twice | ${twice} |`,
    `| members not messaged | ${lost} |`,
    `| sent by a second tick a minute later | ${again.reminders} |`,
    `| ReminderSend rows | ${rows.map((r: { state: string; n: number }) => `${r.state}: ${r.n}`).join(', ')} |`,
    '',
    `100,000 members at the same bound: at least ${(100_000 / 30 / 60).toFixed(0)} minutes (scaled down here; see the header).`,
    twice === 0 && lost === 0 && again.reminders === 0 ? 'PASS: none twice, none lost.' : 'FAIL',
  ];
  console.log(lines.join('\n'));
  if (!values['no-write']) {
    const dir = path.resolve(import.meta.dirname, 'results');
    await mkdir(dir, { recursive: true });
    await writeFile(
      path.join(dir, `reminders-${new Date().toISOString().slice(0, 10)}.md`),
      lines.join('\n') + '\n',
    );
  }
} finally {
  await pool.end();
  await db.$disconnect();
  await fake.close();
  await database.close();
}
