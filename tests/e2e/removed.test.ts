// Being removed from a place, on both platforms at once: the real discord.js client and the real
// grammY bot against their fake servers, over one core on a real PostgreSQL. Kicked from a Discord
// server (GUILD_DELETE) or from a Telegram group (my_chat_member), the bot's community is marked
// inactive as 'removed' by the same core path, and the scheduler posts nothing there afterwards,
// while the places that kept the bot get their daily post.
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDiscordAdapter, type DiscordAdapter } from '../../src/adapters/discord/index.ts';
import { createTelegramAdapter, type TelegramAdapter } from '../../src/adapters/telegram/index.ts';
import { Scheduler } from '../../src/scheduler/index.ts';
import type { Community } from '../../src/store/index.ts';
import { createTestCore, type TestCore } from '../helpers/core.ts';
import { until } from '../helpers/wait.ts';
import { FakeDiscord, PERMISSIONS, type FakeGuild, type FakeUser } from './fakes/discord-server.ts';
import { FakeTelegram, tgGroup, tgUser, type FakeChat } from './fakes/telegram-server.ts';

const DISCORD_TOKEN = 'MTEy.fake-bot-token.for-removal-tests';
const APP_ID = '900000000000000007';
const TELEGRAM_TOKEN = '7000000004:AAFakeTelegramTokenForRemovalTests_01';

const owner: FakeUser = { id: '330000000000000001', username: 'owner', global_name: 'Owner' };
const server = (n: number): FakeGuild => ({
  id: `22000000000000000${n}`,
  name: `Server ${n}`,
  channels: [{ id: `42000000000000000${n}`, name: 'daily' }],
  members: [{ user: owner, permissions: PERMISSIONS.ViewChannel | PERMISSIONS.ManageGuild }],
});
const kicksUs = server(1);
const keepsUs = server(2);
const asOwner = (guild: FakeGuild) => ({
  user: owner,
  guild,
  channelId: guild.channels[0]!.id,
  permissions: guild.members[0]!.permissions,
  nick: null,
});
const alice = tgUser(801, 'Alice');

let t: TestCore;
let discordFake: FakeDiscord;
let telegramFake: FakeTelegram;
let discord: DiscordAdapter;
let telegram: TelegramAdapter;

beforeAll(async () => {
  // 11:30 in Kolkata: past the 08:00 post time, so every active community is due.
  t = await createTestCore({ now: '2026-11-27T06:00:00Z' });
  discordFake = await FakeDiscord.start({
    token: DISCORD_TOKEN,
    applicationId: APP_ID,
    guilds: [kicksUs, keepsUs],
  });
  telegramFake = await FakeTelegram.start(TELEGRAM_TOKEN, 'StudyRemovalBot');
  const log = pino({ level: 'silent' });
  discord = createDiscordAdapter({
    core: t.core,
    token: DISCORD_TOKEN,
    applicationId: APP_ID,
    apiUrl: discordFake.apiUrl,
    log,
    readyTimeoutMs: 10_000,
  });
  telegram = createTelegramAdapter({
    core: t.core,
    token: TELEGRAM_TOKEN,
    apiRoot: telegramFake.apiRoot,
    log,
  });
  await discord.start();
  await telegram.start();
});

afterAll(async () => {
  await discord?.stop();
  await telegram?.stop();
  await discordFake?.close();
  await telegramFake?.close();
  await t?.close();
});

const find = async (platform: string, id: string): Promise<Community> =>
  (await t.database.store.communities.find(platform, id))!;

async function setUpServer(guild: FakeGuild): Promise<void> {
  await discordFake.finalResponse(
    discordFake.command('setup', [{ name: 'time', value: '08:00' }], asOwner(guild)),
  );
  expect(await find('discord', guild.id)).toMatchObject({ active: true });
}

async function joinGroup(group: FakeChat): Promise<void> {
  telegramFake.addChat(group);
  const since = telegramFake.calls.length;
  telegramFake.sendText(group, alice, '/help');
  await telegramFake.waitFor('sendMessage', (c) => String(c.params.chat_id) === String(group.id), { since });
  expect(await find('telegram', String(group.id))).toMatchObject({ active: true });
}

describe('removed from a server or a group', () => {
  it('marks the community inactive as removed, the same way on both platforms; no daily post goes there', async () => {
    const goneGroup = tgGroup(-1001000000801, 'Kicked us');
    const stayGroup = tgGroup(-1001000000802, 'Kept us');
    await setUpServer(kicksUs);
    await setUpServer(keepsUs);
    await joinGroup(goneGroup);
    await joinGroup(stayGroup);

    discordFake.removeBot(kicksUs.id);
    telegramFake.botMembership(goneGroup, alice, 'member', 'kicked');
    const removed = { active: false, inactiveKind: 'removed' };
    expect(
      await until(
        () => find('discord', kicksUs.id),
        (c) => !c.active,
      ),
    ).toMatchObject(removed);
    expect(
      await until(
        () => find('telegram', String(goneGroup.id)),
        (c) => !c.active,
      ),
    ).toMatchObject(removed);

    const discordSince = discordFake.requests.length;
    const telegramSince = telegramFake.calls.length;
    const scheduler = new Scheduler({
      core: t.core,
      adapters: [discord, telegram],
      clock: t.clock,
      log: pino({ level: 'silent' }),
    });
    expect(await scheduler.tick()).toMatchObject({ due: 2, posted: 2, failed: 0 });

    const postedTo = discordFake.requests
      .slice(discordSince)
      .filter((r) => r.method === 'POST' && r.status === 200)
      .map((r) => r.path);
    expect(postedTo).toEqual([`/channels/${keepsUs.channels[0]!.id}/messages`]);
    const chats = new Set(telegramFake.calls.slice(telegramSince).map((c) => String(c.params.chat_id)));
    expect(chats.has(String(stayGroup.id))).toBe(true);
    expect(chats.has(String(goneGroup.id))).toBe(false);
  });
});
