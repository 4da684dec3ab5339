// Idle RSS of the bot with both platforms connected: the process started as given (compiled or
// through tsx), real discord.js and grammY clients against the fake Discord and Telegram servers
// (one guild, one group), /health reporting both platforms up, then left alone for a while and its
// resident set read from /proc. Used by startup.bench.ts.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import net from 'node:net';
import { FakeDiscord, PERMISSIONS } from '../tests/e2e/fakes/discord-server.ts';
import { FakeTelegram, tgGroup } from '../tests/e2e/fakes/telegram-server.ts';

const TG_TOKEN = '7000000098:AABenchIdleRssToken_abcdefghijklmn';
const DC_TOKEN = 'MTEx.bench-idle-rss.token';
const APP_ID = '900000000000000099';

/** Resident set size of a process, in MB (Linux /proc). */
export function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Math.round(Number(m[1]) / 1024) : NaN;
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const p = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(p));
    });
  });
}

/** RSS in MB, `settleMs` after both platforms are up. */
export async function idleRss(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; settleMs: number },
): Promise<number> {
  const telegram = await FakeTelegram.start(TG_TOKEN);
  telegram.addChat(tgGroup(-1001000000999, 'Bench group'));
  const discord = await FakeDiscord.start({
    token: DC_TOKEN,
    applicationId: APP_ID,
    guilds: [
      {
        id: '200000000000000099',
        name: 'Bench guild',
        channels: [{ id: '400000000000000099', name: 'daily' }],
        members: [
          {
            user: { id: '310000000000000099', username: 'meera', global_name: 'Meera' },
            permissions: PERMISSIONS.ViewChannel | PERMISSIONS.SendMessages,
          },
        ],
      },
    ],
  });
  const port = await freePort();
  const bot = spawn(command, args, {
    cwd: options.cwd,
    env: {
      ...options.env,
      TELEGRAM_BOT_TOKEN: TG_TOKEN,
      TELEGRAM_API_ROOT: telegram.apiRoot,
      DISCORD_TOKEN: DC_TOKEN,
      DISCORD_APPLICATION_ID: APP_ID,
      DISCORD_API_URL: discord.apiUrl,
      PORT: String(port),
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  bot.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  try {
    const deadline = Date.now() + 120_000;
    for (;;) {
      if (bot.exitCode !== null) throw new Error(`the bot exited ${bot.exitCode}: ${stderr}`);
      if (Date.now() > deadline) throw new Error(`both platforms not up after 120 s: ${stderr}`);
      const up = await fetch(`http://127.0.0.1:${port}/health`)
        .then((r) => r.json() as Promise<{ platforms?: string[] }>)
        .catch(() => undefined);
      if (up?.platforms?.length === 2) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    await new Promise((r) => setTimeout(r, options.settleMs));
    return rssMb(bot.pid!);
  } finally {
    bot.kill('SIGTERM');
    await new Promise((r) => bot.once('close', r));
    await telegram.close();
    await discord.close();
  }
}
