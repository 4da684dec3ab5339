// Warm start to first reply, and idle RSS, for the ways the bot can be started, side by side in
// one run:
//   - `node --import tsx src/main.ts`   the sources through the TypeScript loader (the peer)
//   - `node dist/main.js`               the compiled build, no flags
//   - the image's command               the Dockerfile's CMD with its memory settings
//                                       (--max-semi-space-size, MALLOC_ARENA_MAX): production
//   - `npm start`                       npm + the stale-build check + the build, one process
// First reply: from spawn to the first byte of the terminal chat's reply to /help. "Warm": the
// database server is already up (DATABASE_URL, or one embedded server this bench starts first) and
// every variant has run once before it is timed. The build is made first.
// Idle RSS: the bot with both platforms connected (real discord.js and grammY against the fake
// servers, bench/idle-rss.ts), read from /proc `--settle` seconds after /health shows both up.
//
//   npx tsx bench/startup.bench.ts [--runs 7] [--rss-runs 2] [--settle 10] [--no-write]
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { format } from 'prettier';
import { benchDatabase } from './database.ts';
import { idleRss } from './idle-rss.ts';

const root = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    'rss-runs': { type: 'string', default: '2' },
    settle: { type: 'string', default: '10' },
    'no-write': { type: 'boolean', default: false },
  },
});
const runs = Math.max(1, Number(values.runs) || 7);
const rssRuns = Math.max(0, Number(values['rss-runs']) || 0);
const settleMs = Math.max(0, Number(values.settle) || 0) * 1000;

/** The runtime image's command and the memory setting it puts in the environment (Dockerfile). */
function imageCommand(): { args: string[]; env: NodeJS.ProcessEnv; shown: string } {
  const dockerfile = readFileSync(path.join(root, 'Dockerfile'), 'utf8');
  const cmd = JSON.parse([...dockerfile.matchAll(/^CMD (\[.*\])$/gm)].at(-1)![1]!) as string[];
  if (cmd[0] !== 'node') throw new Error(`the image's CMD does not start node: ${cmd.join(' ')}`);
  const arenas = /MALLOC_ARENA_MAX=(\d+)/.exec(dockerfile)?.[1];
  return {
    args: cmd.slice(1),
    env: arenas ? { MALLOC_ARENA_MAX: arenas } : {},
    shown: `${arenas ? `MALLOC_ARENA_MAX=${arenas} ` : ''}${cmd.join(' ')}`,
  };
}

interface Variant {
  name: string;
  command: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
  /** measured for idle RSS too (npm start runs the same process as the image's command) */
  rss: boolean;
}
const image = imageCommand();
const variants: Variant[] = [
  {
    name: 'node --import tsx src/main.ts',
    command: process.execPath,
    args: ['--import', 'tsx', 'src/main.ts'],
    rss: true,
  },
  { name: 'node dist/main.js', command: process.execPath, args: ['dist/main.js'], rss: true },
  { name: `${image.shown} (image)`, command: process.execPath, args: image.args, env: image.env, rss: true },
  { name: 'npm start', command: 'npm', args: ['start', '--silent'], rss: false },
];

/** Milliseconds from spawn to the first byte of the reply to /help. */
function firstReply(v: Variant, env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(v.command, v.args, {
      cwd: root,
      env: { ...env, ...v.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stderr = '';
    let took: number | undefined;
    child.stdout.once('data', () => {
      took = Number(process.hrtime.bigint() - started) / 1e6;
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) =>
      code === 0 && took !== undefined ? resolve(took) : reject(new Error(`${v.name}: ${stderr}`)),
    );
    child.stdin.end('/help\n');
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const build = spawnSync(process.execPath, [path.join(root, 'scripts', 'build-if-stale.mjs')], {
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(1);

const db = await benchDatabase('startup');
const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: db.url, LOG_LEVEL: 'warn' };
for (const k of ['TELEGRAM_BOT_TOKEN', 'DISCORD_TOKEN', 'MALLOC_ARENA_MAX', 'NODE_OPTIONS']) delete env[k];

const loadBefore = os.loadavg()[0]!;
const times = new Map<string, number[]>(variants.map((v) => [v.name, []]));
const rss = new Map<string, number[]>(variants.map((v) => [v.name, []]));
try {
  for (const v of variants) await firstReply(v, env); // warm-up
  // Interleaved, so that a busy moment on the machine hits every variant alike.
  for (let i = 0; i < runs; i++) for (const v of variants) times.get(v.name)!.push(await firstReply(v, env));
  for (let i = 0; i < rssRuns; i++)
    for (const v of variants.filter((x) => x.rss))
      rss
        .get(v.name)!
        .push(await idleRss(v.command, v.args, { cwd: root, env: { ...env, ...v.env }, settleMs }));
} finally {
  await db.close();
}
const loadAfter = os.loadavg()[0]!;

const lines = [
  `# Warm start to first reply, and idle RSS (${new Date().toISOString().slice(0, 10)})`,
  '',
  `- Node ${process.version}, ${os.cpus().length} cores; ${runs} timed starts per variant, interleaved`,
  `- Load average (1 min): ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after`,
  '',
  '| how it is started | first reply median ms | min ms | max ms |',
  '| --- | ---: | ---: | ---: |',
  ...variants.map((v) => {
    const t = times.get(v.name)!;
    return `| \`${v.name}\` | ${median(t).toFixed(0)} | ${Math.min(...t).toFixed(0)} | ${Math.max(...t).toFixed(0)} |`;
  }),
  '',
];
if (rssRuns > 0)
  lines.push(
    `Idle RSS with Discord and Telegram connected (fakes), ${settleMs / 1000} s after both are up, ${rssRuns} runs each:`,
    '',
    '| how it is started | idle RSS MB (each run) |',
    '| --- | ---: |',
    ...variants.filter((v) => v.rss).map((v) => `| \`${v.name}\` | ${rss.get(v.name)!.join(', ')} |`),
    '',
  );
process.stdout.write(lines.join('\n'));
if (!values['no-write']) {
  const dir = path.join(root, 'bench', 'results');
  await mkdir(dir, { recursive: true });
  // Written as Prettier would, so `npm test`'s format check accepts the file as committed.
  const text = await format(lines.join('\n'), { parser: 'markdown' });
  await writeFile(path.join(dir, `startup-${new Date().toISOString().slice(0, 10)}.md`), text);
}
