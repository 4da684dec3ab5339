// The process as `npm start` runs it, when a platform can no longer deliver updates: it must not
// sit there looking healthy. A revoked Telegram token (401 from getUpdates) and a Discord gateway
// that closes for good (4004) each end the process with exit code 1 and one sentence saying why.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { until } from '../helpers/wait.ts';
import { FakeDiscord } from './fakes/discord-server.ts';
import { FakeTelegram } from './fakes/telegram-server.ts';

const root = path.resolve(import.meta.dirname, '..', '..');
const TG_TOKEN = '123457:fatal-test-token';
const DC_TOKEN = 'MTEy.fatal.test-token';
const APP_ID = '900000000000000078';

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase(2);
});

afterAll(async () => {
  await database?.drop();
});

/** Starts the bot; `trigger` runs once it is up. Resolves with its exit code and output. */
function runBot(env: NodeJS.ProcessEnv, trigger: (output: () => string) => Promise<void>) {
  const full: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: database.url,
    PORT: '0',
    LOG_LEVEL: 'info',
    ...env,
  };
  delete full.TEST_DATABASE_URL;
  const bot = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: root,
    env: full,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  bot.stdout.on('data', (d: Buffer) => (output += d.toString()));
  bot.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((resolve) => bot.once('exit', (code) => resolve(code)));
  const killer = setTimeout(() => bot.kill('SIGKILL'), 45_000);
  return trigger(() => output)
    .then(() => exited)
    .then((code) => ({ code, output }))
    .finally(() => {
      clearTimeout(killer);
      // A failed trigger must not leave the bot running.
      if (bot.exitCode === null) bot.kill('SIGKILL');
    });
}

/** The plain sentence lines the process wrote (not its JSON log lines). */
const sentences = (output: string) => output.split('\n').filter((l) => l && !l.startsWith('{'));

describe('a platform that can no longer deliver updates', () => {
  it('Telegram rejecting the token while polling: exit 1 with one sentence', async () => {
    const telegram = await FakeTelegram.start(TG_TOKEN);
    try {
      const { code, output } = await runBot(
        { TELEGRAM_BOT_TOKEN: TG_TOKEN, TELEGRAM_API_ROOT: telegram.apiRoot },
        async () => {
          await telegram.waitFor('deleteWebhook', () => true, { timeoutMs: 30_000 });
          telegram.fail('getUpdates', { status: 401, description: 'Unauthorized' }, { times: Infinity });
        },
      );
      expect(code).toBe(1);
      expect(sentences(output)).toEqual([expect.stringMatching(/401 Unauthorized.*TELEGRAM_BOT_TOKEN/)]);
      expect(output).not.toContain(TG_TOKEN);
    } finally {
      await telegram.close();
    }
  }, 60_000);

  it('the Discord gateway closing for good: exit 1 with one sentence', async () => {
    const discord = await FakeDiscord.start({ token: DC_TOKEN, applicationId: APP_ID, guilds: [] });
    try {
      const { code, output } = await runBot(
        { DISCORD_TOKEN: DC_TOKEN, DISCORD_APPLICATION_ID: APP_ID, DISCORD_API_URL: discord.apiUrl },
        async (out) => {
          await until(
            async () => out(),
            (o) => o.includes('discord connected'),
            { timeoutMs: 30_000, intervalMs: 100 },
          );
          discord.closeGateway(4004);
        },
      );
      expect(code).toBe(1);
      expect(sentences(output)).toEqual([
        expect.stringMatching(/Discord gateway closed .* for good \(code 4004/),
      ]);
      expect(output).not.toContain(DC_TOKEN);
    } finally {
      await discord.close();
    }
  }, 60_000);
});
