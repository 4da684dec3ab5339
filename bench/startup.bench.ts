// Warm start to first reply: how long from launching the bot until the terminal chat answers its
// first command, for the ways it can be started, side by side in one run:
//   - `node --import tsx src/main.ts`   the sources through the TypeScript loader (old npm start)
//   - `node dist/main.js`               the compiled build (the Docker image's command)
//   - `npm start`                       npm + the stale-build check + node dist/main.js
// "Warm": the database server is already up (DATABASE_URL, or one embedded server this bench
// starts first) and every variant has run once before it is timed. The build is made first.
//
//   npx tsx bench/startup.bench.ts [--runs 7] [--no-write]
import { spawn, spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { format } from 'prettier';
import { createLogger } from '../src/log.ts';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../src/store/embedded.ts';

const root = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: { runs: { type: 'string', default: '7' }, 'no-write': { type: 'boolean', default: false } },
});
const runs = Math.max(1, Number(values.runs) || 7);

const variants: { name: string; command: string; args: string[] }[] = [
  {
    name: 'node --import tsx src/main.ts',
    command: process.execPath,
    args: ['--import', 'tsx', 'src/main.ts'],
  },
  { name: 'node dist/main.js', command: process.execPath, args: ['dist/main.js'] },
  { name: 'npm start', command: 'npm', args: ['start', '--silent'] },
];

/** Milliseconds from spawn to the first byte of the reply to /help. */
function firstReply(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, args, { cwd: root, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    let took: number | undefined;
    child.stdout.once('data', () => {
      took = Number(process.hrtime.bigint() - started) / 1e6;
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) =>
      code === 0 && took !== undefined
        ? resolve(took)
        : reject(new Error(`${command} ${args.join(' ')}: ${stderr}`)),
    );
    child.stdin.end('/help\n');
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const build = spawnSync(process.execPath, [path.join(root, 'scripts', 'build-if-stale.mjs')], {
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(1);

let embedded: EmbeddedDatabase | undefined;
let dataDir: string | undefined;
let url = process.env.DATABASE_URL;
if (!url) {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'studybot-bench-startup-'));
  embedded = await startEmbeddedPostgres(dataDir, createLogger('warn', false), 'studybot_bench_startup');
  url = embedded.url;
}
const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: url, LOG_LEVEL: 'warn' };
for (const k of ['TELEGRAM_BOT_TOKEN', 'DISCORD_TOKEN']) delete env[k];

const loadBefore = os.loadavg()[0]!;
const times = new Map<string, number[]>(variants.map((v) => [v.name, []]));
try {
  for (const v of variants) await firstReply(v.command, v.args, env); // warm-up (and migrate)
  // Interleaved, so that a busy moment on the machine hits every variant alike.
  for (let i = 0; i < runs; i++)
    for (const v of variants) times.get(v.name)!.push(await firstReply(v.command, v.args, env));
} finally {
  await embedded?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
}

const lines = [
  `# Warm start to first reply (${new Date().toISOString().slice(0, 10)})`,
  '',
  `- Node ${process.version}, ${os.cpus().length} cores; ${runs} timed runs per variant, interleaved`,
  `- Load average (1 min): ${loadBefore.toFixed(1)} before, ${os.loadavg()[0]!.toFixed(1)} after`,
  '',
  '| how it is started | median ms | min ms | max ms |',
  '| --- | ---: | ---: | ---: |',
  ...variants.map((v) => {
    const t = times.get(v.name)!;
    return `| \`${v.name}\` | ${median(t).toFixed(0)} | ${Math.min(...t).toFixed(0)} | ${Math.max(...t).toFixed(0)} |`;
  }),
  '',
];
process.stdout.write(lines.join('\n'));
if (!values['no-write']) {
  const dir = path.join(root, 'bench', 'results');
  await mkdir(dir, { recursive: true });
  // Written as Prettier would, so `npm test`'s format check accepts the file as committed.
  const text = await format(lines.join('\n'), { parser: 'markdown' });
  await writeFile(path.join(dir, `startup-${new Date().toISOString().slice(0, 10)}.md`), text);
}
