// A daily post broadcast to 150 Discord servers, by the real scheduler through the real discord.js
// adapter, against the fake Discord enforcing the global limit (50 requests in any second per bot,
// on arrival; tests/e2e/fakes/discord-limits.ts). Nothing may be refused with 429, every server gets
// its post, and a member's command during the broadcast is answered (interaction responses are not
// under the global limit, and the pacer lets a reply's own requests go first).
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Scheduler } from '../../src/scheduler/index.ts';
import { startDiscordBot, type DiscordBot } from '../helpers/discordBot.ts';
import { PERMISSIONS, snowflake, type FakeGuild, type FakeUser } from './fakes/discord-server.ts';

const TOKEN = 'MTEy.fake-broadcast-token.for-tests-only';
const APP_ID = '900000000000000031';
const SERVERS = 150;
const member: FakeUser = { id: '350000000000000001', username: 'meera', global_name: null };
const guilds: FakeGuild[] = Array.from({ length: SERVERS }, (_, i) => ({
  id: snowflake(),
  name: `Study server ${i}`,
  channels: [{ id: snowflake(), name: 'daily' }],
  members: [{ user: member, permissions: PERMISSIONS.ViewChannel | PERMISSIONS.SendMessages }],
}));

let bot: DiscordBot;

beforeAll(async () => {
  bot = await startDiscordBot({ token: TOKEN, applicationId: APP_ID, guilds });
  // Every server set up (a channel chosen), its 08:00 post due at 11:30 in Kolkata.
  await bot.t.database.db.community.createMany({
    data: guilds.map((g) => ({
      platform: 'discord',
      externalId: g.id,
      title: g.name,
      channelId: g.channels[0]!.id,
    })),
  });
}, 60_000);

afterAll(async () => {
  await bot?.close();
});

describe('a daily post to 150 Discord servers', () => {
  it('goes out without a single 429, and a command during it is answered', { timeout: 180_000 }, async () => {
    const { fake, adapter, t } = bot;
    const since = fake.requests.length;
    const scheduler = new Scheduler({
      core: t.core,
      adapters: [adapter],
      clock: t.clock,
      log: pino({ level: 'silent' }),
      instanceId: 'b',
    });
    const posts = () =>
      fake.requests
        .slice(since)
        .filter((r) => r.method === 'POST' && /^\/channels\/\d+\/messages$/.test(r.path) && r.status === 200);
    const tick = scheduler.tick();
    await fake.waitFor(() => posts().length >= SERVERS / 3, 60_000, 'a third of the posts');
    const guild = guilds[0]!;
    const streak = fake.command('streak', [], {
      user: member,
      guild,
      channelId: guild.channels[0]!.id,
      permissions: PERMISSIONS.ViewChannel | PERMISSIONS.SendMessages,
    });
    const answer = await fake.finalResponse(streak, 20_000);
    const report = await tick;
    await scheduler.stop();

    expect(fake.globalLimit.refused).toBe(0);
    expect(fake.requests.slice(since).filter((r) => r.status === 429)).toEqual([]);
    expect(report.posted).toBe(SERVERS);
    const channels = new Set(posts().map((r) => r.path.split('/')[2]));
    expect(channels.size).toBe(SERVERS);
    expect(JSON.stringify(answer.body)).toMatch(/streak/i);
  });
});
