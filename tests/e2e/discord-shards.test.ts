// Discord at scale: a bot in many guilds must shard (Discord closes an unsharded IDENTIFY with 4011),
// and each shard receives only its own guilds' events, by (guild_id >> 22) % shard count. The real
// discord.js client runs every recommended shard in one process (`shards: 'auto'`); the fake gateway
// recommends two. Members of a guild on either shard get their commands answered.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/log.ts';
import { startDiscordBot, type DiscordBot } from '../helpers/discordBot.ts';
import { FakeDiscord, PERMISSIONS, type FakeGuild, type FakeUser } from './fakes/discord-server.ts';

const TOKEN = 'MTEz.fake-shard-token.for-tests-only';
const APP_ID = '900000000000000013';
const SHARDS = 2;
const log = createLogger(process.env.TEST_LOG_LEVEL ?? 'silent', false);
const shardOf = (guildId: string) => Number((BigInt(guildId) >> 22n) % BigInt(SHARDS));

const meera: FakeUser = { id: '313000000000000001', username: 'meera', global_name: 'Meera' };
/** Guild ids whose shard is 0 and 1: ids differ by 1 << 22, the timestamp's lowest bit. */
const guilds: FakeGuild[] = [0n, 1n].map((n) => {
  const id = String(213000000000000000n + (n << 22n));
  return {
    id,
    name: `Guild ${id}`,
    channels: [{ id: String(413000000000000000n + n), name: 'general' }],
    members: [{ user: meera, permissions: PERMISSIONS.ViewChannel | PERMISSIONS.SendMessages }],
  };
});

let fake: FakeDiscord;

let bot: DiscordBot | undefined;

beforeAll(async () => {
  bot = await startDiscordBot({
    token: TOKEN,
    applicationId: APP_ID,
    guilds,
    shards: SHARDS,
    log,
    adapter: { readyTimeoutMs: 20_000 },
  });
  ({ fake } = bot);
});

afterAll(() => bot?.close());

describe('Discord with two shards', () => {
  it('connects both shards and answers commands in guilds on either', async () => {
    expect(guilds.map((g) => shardOf(g.id)).sort()).toEqual([0, 1]);
    expect(fake.shardsConnected.sort()).toEqual([
      [0, SHARDS],
      [1, SHARDS],
    ]);
    for (const guild of guilds) {
      const record = fake.command('help', [], {
        user: meera,
        guild,
        channelId: guild.channels[0]!.id,
        permissions: PERMISSIONS.ViewChannel | PERMISSIONS.SendMessages,
        nick: null,
      });
      const answer = await fake.finalResponse(record, 15_000);
      expect(['reply', 'deferred']).toContain(answer.kind);
      expect(JSON.stringify(answer.body)).toMatch(/leaderboard/i);
    }
  });
});
