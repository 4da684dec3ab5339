// The app started from source as `npm start` runs it with no platform token: the terminal chat,
// over the embedded PostgreSQL kept in `dataDir`. The variables that would send it to a platform
// or to the test run's database are removed, so what is tested is a fresh machine's first start.
import { REPO_ROOT } from './core.ts';
import { runToEnd, type Finished } from './process.ts';

const POINTS_ELSEWHERE = [
  'DATABASE_URL',
  'TEST_DATABASE_URL',
  'TELEGRAM_BOT_TOKEN',
  'DISCORD_TOKEN',
  'LOG_LEVEL',
];

/**
 * Runs `node --import tsx <args>` (default `src/main.ts`) in the repository with `input` typed in;
 * `env` is set after the scrubbing, so a test may put one of those variables back on purpose.
 */
export function runTerminal(
  dataDir: string,
  input = '',
  options: { args?: string[]; env?: Record<string, string> } = {},
): Promise<Finished> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir };
  for (const k of POINTS_ELSEWHERE) delete env[k];
  Object.assign(env, options.env);
  return runToEnd(process.execPath, ['--import', 'tsx', ...(options.args ?? ['src/main.ts'])], {
    cwd: REPO_ROOT,
    env,
    input,
  });
}
