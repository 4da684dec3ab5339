// Memory under a flood of private chats: 10,000 distinct users each send one command to the bot in
// their own private chat, at 100 a second, through the fake Telegram Bot API server. The bot runs as
// `npm start` runs it (src/main.ts in a child process, long polling), so its RSS is its own. Reports
// RSS at rest, the peak during the flood, and at the end, with how many replies were delivered and how
// many the bot dropped (a reply it could not send within its bound is dropped with one log line).
//
//   npx tsx bench/private-chats.bench.ts [--chats 10000] [--rate 100] [--command /streak]
//        [--settle 30] [--root DIR] [--compiled]
//
// --compiled runs the build (dist/main.js, made first if stale) as `npm start` does in production;
// without it the sources run through tsx, whose loader and compiled-module cache weigh on the RSS.
// --root runs another checkout's src/main.ts (to measure before/after a change). Uses DATABASE_URL's
// server when set, an embedded PostgreSQL in a temp dir otherwise; either way it creates (and
// afterwards drops) its own database, migrated with src/store/migrate.ts.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { FakeTelegram, tgPrivate, tgUser } from '../tests/e2e/fakes/telegram-server.ts';
import { benchDatabase } from './database.ts';

const { values } = parseArgs({
  options: {
    chats: { type: 'string', default: '10000' },
    rate: { type: 'string', default: '100' },
    command: { type: 'string', default: '/streak' },
    settle: { type: 'string', default: '30' },
    root: { type: 'string', default: path.resolve(import.meta.dirname, '..') },
    compiled: { type: 'boolean', default: false },
  },
});
const chats = Number(values.chats);
const rate = Number(values.rate);
const TOKEN = '7000000099:AABenchPrivateChatsToken_abcdefghij';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resident set size of a process, in MB (Linux /proc). */
function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Math.round(Number(m[1]) / 1024) : NaN;
}

const db = await benchDatabase('privchats');
const fake = await FakeTelegram.start(TOKEN);
const env: NodeJS.ProcessEnv = {
  ...process.env,
  DATABASE_URL: db.url,
  TELEGRAM_BOT_TOKEN: TOKEN,
  TELEGRAM_API_ROOT: fake.apiRoot,
  PORT: '0',
  LOG_LEVEL: 'warn',
};
if (values.compiled) {
  const build = spawnSync(process.execPath, ['scripts/build-if-stale.mjs'], {
    cwd: values.root,
    stdio: 'inherit',
  });
  if (build.status !== 0) throw new Error('the build failed');
}
const entry = values.compiled ? ['dist/main.js'] : ['--import', 'tsx', 'src/main.ts'];
const bot = spawn(process.execPath, entry, {
  cwd: values.root,
  env,
  stdio: ['ignore', 'ignore', 'pipe'],
});
let logLines = 0;
let dropLines = 0;
bot.stderr.on('data', (d: Buffer) => {
  for (const line of d.toString().split('\n')) {
    if (!line) continue;
    logLines += 1;
    if (/dropped|could not send a reply/i.test(line)) dropLines += 1;
  }
});
let peak = 0;
const sampler = setInterval(() => {
  try {
    peak = Math.max(peak, rssMb(bot.pid!));
  } catch {
    // exited
  }
}, 250);

try {
  await fake.waitFor('getUpdates', () => true, { timeoutMs: 60_000 });
  await sleep(2000);
  const atRest = rssMb(bot.pid!);
  peak = atRest;
  const started = Date.now();
  for (let i = 0; i < chats; i++) {
    const user = tgUser(2_000_000 + i, `Student ${i}`);
    fake.sendText(tgPrivate(user), user, values.command);
    const due = started + ((i + 1) * 1000) / rate;
    if (due > Date.now()) await sleep(due - Date.now());
  }
  const floodSeconds = (Date.now() - started) / 1000;
  const atFloodEnd = rssMb(bot.pid!);
  await sleep(Number(values.settle) * 1000);
  const replies = fake.callsOf('sendMessage').filter((c) => c.status === 200).length;
  const atEnd = rssMb(bot.pid!);
  const lines = [
    `Ran ${values.compiled ? 'dist/main.js (compiled)' : 'src/main.ts through tsx'}; load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} at the end.`,
    '',
    `| chats | rate/s | flood s | RSS at rest MB | RSS end of flood MB | peak RSS MB | RSS ${values.settle} s later MB | replies delivered | log lines (drops) |`,
    '|---|---|---|---|---|---|---|---|---|',
    `| ${chats} | ${rate} | ${floodSeconds.toFixed(0)} | ${atRest} | ${atFloodEnd} | ${peak} | ${atEnd} | ${replies} | ${logLines} (${dropLines}) |`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
} finally {
  clearInterval(sampler);
  // A clean stop may wait for work still queued; the figures are taken, so do not wait long.
  const exited = new Promise((resolve) => bot.once('exit', resolve));
  bot.kill('SIGTERM');
  const killer = setTimeout(() => bot.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(killer);
  await fake.close();
  await db.drop();
}
