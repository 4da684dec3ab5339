// The whole process as `npm start` runs it with both platform tokens: config -> database ->
// content -> core -> real discord.js and grammY clients (against fake platforms on 127.0.0.1) ->
// scheduler -> /health, then a clean SIGTERM.
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/database.ts';
import { until } from '../helpers/wait.ts';
import { FakeDiscord, PERMISSIONS, type FakeGuild } from './fakes/discord-server.ts';
import { FakeTelegram, tgGroup, tgUser } from './fakes/telegram-server.ts';

const root = path.resolve(import.meta.dirname, '..', '..');
const TG_TOKEN = '123456:composition-test-token';
const DC_TOKEN = 'MTEx.composition.test-token';
const APP_ID = '900000000000000077';
const guild: FakeGuild = {
  id: '200000000000000077',
  name: 'Prelims Sprint',
  channels: [{ id: '400000000000000077', name: 'daily' }],
  members: [
    {
      user: { id: '310000000000000077', username: 'meera', global_name: 'Meera' },
      permissions: PERMISSIONS.ViewChannel | PERMISSIONS.SendMessages,
    },
  ],
};
const group = tgGroup(-1001000000777, 'UPSC 2027 batch');
const ravi = tgUser(501, 'Ravi');

let database: TestDatabase;
let telegram: FakeTelegram;
let discord: FakeDiscord;
let bot: ChildProcess;
let port: number;
let stderr = '';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const p = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(p));
    });
  });
}

/** Waits until probe gives a value (errors count as "not yet"). */
const eventually = <T>(what: string, probe: () => Promise<T | undefined>) =>
  until(
    () => probe().catch(() => undefined),
    (v) => v !== undefined,
    {
      timeoutMs: 30_000,
      intervalMs: 200,
      context: () => `waiting for ${what}; bot output:\n${stderr.slice(-3000)}`,
    },
  ) as Promise<T>;

beforeAll(async () => {
  database = await createTestDatabase(2);
  telegram = await FakeTelegram.start(TG_TOKEN);
  telegram.addChat(group);
  discord = await FakeDiscord.start({ token: DC_TOKEN, applicationId: APP_ID, guilds: [guild] });
  // Two communities whose post time (00:00 local) has passed: the bot must catch up on start.
  const defaults = { timezone: 'Asia/Kolkata', postTime: '00:00' };
  await database.store.communities.ensure(
    { platform: 'telegram', externalId: String(group.id), title: group.title },
    defaults,
  );
  await database.store.communities.ensure(
    { platform: 'discord', externalId: guild.id, channelId: guild.channels[0]!.id },
    defaults,
  );
  port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: database.url,
    TELEGRAM_BOT_TOKEN: TG_TOKEN,
    TELEGRAM_API_ROOT: telegram.apiRoot,
    DISCORD_TOKEN: DC_TOKEN,
    DISCORD_APPLICATION_ID: APP_ID,
    DISCORD_API_URL: discord.apiUrl,
    PORT: String(port),
    LOG_LEVEL: 'info',
  };
  delete env.TEST_DATABASE_URL;
  bot = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  bot.stdout!.on('data', (d: Buffer) => (stderr += d.toString()));
  bot.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
}, 60_000);

afterAll(async () => {
  if (bot && bot.exitCode === null) bot.kill('SIGKILL');
  await telegram?.close();
  await discord?.close();
  await database?.drop();
});

describe('npm start with Discord and Telegram tokens', () => {
  it('reports healthy with both platforms up', async () => {
    const health = await eventually('/health', async () => {
      const res = await fetch(`http://127.0.0.1:${port}/health`);
      const body = (await res.json()) as { ok: boolean; platforms: string[] };
      return body.platforms.length === 2 ? body : undefined;
    });
    expect(health.ok).toBe(true);
    expect(health.platforms.sort()).toEqual(['discord', 'telegram']);
    // The process starts from the sources here: give it longer than eventually()'s own 30 s, so a
    // slow start fails with the bot's output rather than a bare test timeout.
  }, 60_000);

  it('catches up the daily post in both communities, once each', async () => {
    await telegram.waitFor('sendPoll', (c) => String(c.params.chat_id) === String(group.id), {
      timeoutMs: 30_000,
    });
    await eventually('the Discord daily post', async () =>
      discord.requestsTo('POST', new RegExp(`/channels/${guild.channels[0]!.id}/messages`)).length > 0
        ? true
        : undefined,
    );
    // The platform has the message a moment before the bot records it: wait for both records.
    const states = await eventually('both posts recorded', async () => {
      const posts = await database.db.dailyPost.findMany({ include: { community: true } });
      const all = posts.map((p) => `${p.community.platform}:${p.state}`).sort();
      return all.every((x) => x.endsWith(':posted')) && all.length === 2 ? all : undefined;
    });
    expect(states).toEqual(['discord:posted', 'telegram:posted']);
    expect(telegram.callsOf('sendPoll')).toHaveLength(1);
  });

  it('answers commands on both platforms', async () => {
    const since = telegram.calls.length;
    telegram.sendText(group, ravi, '/fact cepa');
    const reply = await telegram.waitFor(
      'sendMessage',
      (c) => String(c.params.chat_id) === String(group.id),
      { since, timeoutMs: 15_000 },
    );
    expect(String(reply.params.text)).toMatch(/Comprehensive Economic Partnership Agreement/);

    const record = discord.command('fact', [{ name: 'topic', value: 'shinkansan' }], {
      user: guild.members[0]!.user,
      guild,
    });
    const response = await discord.finalResponse(record, 15_000);
    expect(JSON.stringify(response.body)).toMatch(/Shinkansen/);
  });

  it('shuts down cleanly on SIGTERM', async () => {
    const exited = new Promise<number | null>((resolve) => bot.once('exit', (code) => resolve(code)));
    bot.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(stderr).not.toContain(TG_TOKEN);
    expect(stderr).not.toContain(DC_TOKEN);
  });
});
