// Slash-command registration: the JSON Discord receives for each core command, and the bulk
// overwrite through @discordjs/rest against the fake Discord REST API.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerDiscordCommands, slashCommandData } from '../../src/adapters/discord/register.ts';
import { commands } from '../../src/core/commands/index.ts';
import { createLogger } from '../../src/log.ts';
import { FakeDiscord } from './fakes/discord-server.ts';

const TOKEN = 'MTEx.fake-register-token';
const APP_ID = '900000000000000002';
const GUILD_ID = '200000000000000002';
const log = createLogger(process.env.TEST_LOG_LEVEL ?? 'silent', false);

const STRING = 3;
const USER = 6;
const MANAGE_GUILD = '32';

describe('slashCommandData', () => {
  const data = slashCommandData(commands);
  const byName = (name: string) => data.find((c) => c.name === name)!;

  it('has one slash command per core command, each with a description Discord accepts', () => {
    expect(data.map((c) => c.name)).toEqual(commands.map((c) => c.name));
    for (const c of data) {
      expect(c.description.length).toBeGreaterThan(0);
      expect(c.description.length).toBeLessThanOrEqual(100);
      expect(c.name).toMatch(/^[-_\p{Ll}\p{N}]{1,32}$/u);
    }
  });

  it('types the options: /fact topic autocompletes, /streak member is a user picker, /leaderboard has choices', () => {
    expect(byName('fact').options).toEqual([
      expect.objectContaining({ name: 'topic', type: STRING, required: true, autocomplete: true }),
    ]);
    expect(byName('streak').options).toEqual([
      expect.objectContaining({ name: 'member', type: USER, required: false }),
    ]);
    expect(byName('leaderboard').options?.[0]).toMatchObject({
      type: STRING,
      choices: [
        { name: 'This week', value: 'week' },
        { name: 'All time', value: 'all' },
      ],
    });
    expect(byName('setup').options?.map((o) => [o.name, o.required])).toEqual([
      ['time', true],
      ['timezone', false],
      ['language', false],
      ['threads', false],
      ['ping', false],
    ]);
    // The ping is a role picker (type 8), so an admin cannot mistype a role.
    expect(byName('setup').options?.find((o) => o.name === 'ping')?.type).toBe(8);
  });

  it('hides admin commands behind Manage Server and leaves the rest open', () => {
    const admin = data.filter((c) => c.default_member_permissions === MANAGE_GUILD).map((c) => c.name);
    expect(admin.sort()).toEqual(
      commands
        .filter((c) => c.adminOnly)
        .map((c) => c.name)
        .sort(),
    );
    expect(admin).toEqual(expect.arrayContaining(['setup', 'pause', 'resume']));
    expect(byName('fact').default_member_permissions ?? null).toBeNull();
  });

  it('offers in DMs only the commands that work without a server', () => {
    expect(byName('fact').contexts).toEqual([0, 1]);
    expect(byName('quiz').contexts).toEqual([0, 1]);
    expect(byName('streak').contexts).toEqual([0]);
    expect(byName('setup').contexts).toEqual([0]);
  });
});

describe('registerDiscordCommands', () => {
  let fake: FakeDiscord;
  beforeAll(async () => {
    fake = await FakeDiscord.start({ token: TOKEN, applicationId: APP_ID, guilds: [] });
  });
  afterAll(async () => {
    await fake?.close();
  });

  it('overwrites the commands of one server when a guild id is given', async () => {
    const registered = await registerDiscordCommands({
      token: TOKEN,
      applicationId: APP_ID,
      guildId: GUILD_ID,
      apiUrl: fake.apiUrl,
      commands,
      log,
    });
    expect(registered.map((c) => c.name)).toEqual(commands.map((c) => c.name));
    const [put] = fake.requestsTo('PUT', new RegExp(`^/applications/${APP_ID}/guilds/${GUILD_ID}/commands$`));
    expect(put?.headers.authorization).toBe(`Bot ${TOKEN}`);
    expect(put?.body).toEqual(slashCommandData(commands));
  });

  it('registers globally without a guild id', async () => {
    await registerDiscordCommands({
      token: TOKEN,
      applicationId: APP_ID,
      apiUrl: fake.apiUrl,
      commands,
      log,
    });
    const puts = fake.requestsTo('PUT', new RegExp(`^/applications/${APP_ID}/commands$`));
    expect(puts).toHaveLength(1);
    expect(puts[0]!.body.map((c: { name: string }) => c.name)).toContain('leaderboard');
  });

  it('fails loudly when Discord refuses (another application id)', async () => {
    await expect(
      registerDiscordCommands({
        token: TOKEN,
        applicationId: '900000000000000999',
        apiUrl: fake.apiUrl,
        commands,
        log,
      }),
    ).rejects.toThrow(/Missing Access/);
  });
});
