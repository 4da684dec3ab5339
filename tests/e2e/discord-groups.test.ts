// For the people who run a Discord study group (issue 15), end to end through the real discord.js
// client, the real scheduler and the fake Discord: the daily post mentions the chosen role (and only
// it), opens a discussion thread that is archived when the day ends, is pinned in place of
// yesterday's; admins skip a day, post now and preview tomorrow (members are refused); and the admin
// who ran /setup is told privately, once, when the bot can no longer post.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DiscordAdapter } from '../../src/adapters/discord/index.ts';
import type { Scheduler } from '../../src/scheduler/index.ts';
import type { TestCore } from '../helpers/core.ts';
import { startDiscordBot, type DiscordBot } from '../helpers/discordBot.ts';
import { testScheduler } from '../helpers/scheduler.ts';
import { ADMIN, MEMBER, memberIn } from '../helpers/discordMembers.ts';
import {
  FakeDiscord,
  PERMISSIONS,
  type FakeGuild,
  type FakeUser,
  type Wire,
} from './fakes/discord-server.ts';

const TOKEN = 'MTEy.fake-bot-token.for-group-tests';
const APP_ID = '900000000000000015';

const admin: FakeUser = { id: '330000000000000001', username: 'admin', global_name: 'Admin' };
const member: FakeUser = { id: '330000000000000002', username: 'member', global_name: 'Member' };
const server = (n: number): FakeGuild => ({
  id: `22000000000000000${n}`,
  name: `Study ${n}`,
  channels: [{ id: `42000000000000000${n}`, name: 'daily' }],
  members: [
    { user: admin, permissions: ADMIN },
    { user: member, permissions: MEMBER },
  ],
  roles: [{ id: `52000000000000000${n}`, name: 'Aspirants' }],
});
const one = server(1);
const two = server(2);
const three = server(3);
const as = memberIn;
const text = (body: Wire) =>
  (body?.embeds ?? [])
    .map((e: Wire) => [e.title, e.description, e.footer?.text].join('\n'))
    .join('\n')
    .replace(/\\(.)/g, '$1');

let t: TestCore;
let fake: FakeDiscord;
let adapter: DiscordAdapter;
let scheduler: Scheduler;

let bot: DiscordBot | undefined;

beforeAll(async () => {
  // 11:30 in Kolkata on 27 Nov: past the 08:00 post time.
  bot = await startDiscordBot({ token: TOKEN, applicationId: APP_ID, guilds: [one, two, three] });
  ({ t, fake, adapter } = bot);
  scheduler = testScheduler(t, [adapter]);
  t.core.attachPosting(scheduler);
});

afterAll(() => bot?.close());

const run = async (
  name: string,
  options: { name: string; value: string; type?: number }[],
  who: ReturnType<typeof as>,
) => fake.finalResponse(fake.command(name, options, who));

/** The bot's daily posts in a channel, oldest first. */
const postsIn = (guild: FakeGuild) =>
  [...fake.messages.values()].filter(
    (m) =>
      m.channel_id === guild.channels[0]!.id &&
      !m.interaction_id &&
      m.embeds?.[0]?.title?.startsWith('Daily fact'),
  );

describe('the daily post in its place', () => {
  it('mentions the chosen role only, opens a thread archived at day end, and moves the pin to the newest post', async () => {
    const role = one.roles![0]!.id;
    const setup = await run(
      'setup',
      [
        { name: 'time', value: '08:00' },
        { name: 'ping', value: role, type: 8 },
      ],
      as(admin, one),
    );
    expect(text(setup.body)).toContain(`Each daily post mentions <@&${role}>.`);
    expect(text(setup.body)).toContain("Each daily post gets a thread, “Discuss today's question”");

    await scheduler.tick();
    const [first] = postsIn(one);
    expect(first.content).toBe(`<@&${role}>`);
    expect(first.mention_roles).toEqual([role]);
    expect(fake.guild.threads.get(first.id)).toEqual({
      name: "Discuss today's question · Fri, 27 Nov 2026",
      parentId: one.channels[0]!.id,
      archived: false,
    });
    expect(fake.guild.pins.get(one.channels[0]!.id)).toEqual([first.id]);

    // The next day: yesterday's question closes (its thread archived), today's is pinned instead.
    t.clock.set('2026-11-28T06:00:00Z');
    await scheduler.tick();
    const [, second] = postsIn(one);
    expect(second).toBeDefined();
    expect(fake.guild.threads.get(first.id)?.archived).toBe(true);
    expect(fake.guild.threads.get(second.id)?.archived).toBe(false);
    expect(fake.guild.pins.get(one.channels[0]!.id)).toEqual([second.id]);
    t.clock.set('2026-11-27T06:00:00Z');
  });

  it('threads off and no permission to pin: the post still goes out, alone', async () => {
    fake.guild.denied.add(`pins:${two.channels[0]!.id}`);
    await run(
      'setup',
      [
        { name: 'time', value: '08:00' },
        { name: 'threads', value: 'off' },
      ],
      as(admin, two),
    );
    await scheduler.tick();
    const [post] = postsIn(two);
    expect(post).toBeDefined();
    expect(post.content).toBe('');
    expect(fake.guild.threads.has(post.id)).toBe(false);
    expect(fake.guild.pins.get(two.channels[0]!.id)).toBeUndefined();
  });
});

describe("admins' control over the day's post", () => {
  it('a member is refused /skip, /postnow and /preview', async () => {
    for (const name of ['skip', 'postnow', 'preview']) {
      const reply = await run(name, [], as(member, three));
      expect(reply.ephemeral).toBe(true);
      expect(text(reply.body)).toContain(`Only the group's admins can use /${name}.`);
    }
  });

  it('/skip keeps the day quiet, /postnow posts it after all, and only once', async () => {
    // 07:00 in Kolkata: before the post time.
    t.clock.set('2026-11-27T01:30:00Z');
    await run('setup', [{ name: 'time', value: '08:00' }], as(admin, three));
    const skipped = await run('skip', [], as(admin, three));
    expect(text(skipped.body)).toContain(
      "No daily post today (Fri, 27 Nov 2026), and streaks don't break over a skipped day.",
    );
    t.clock.set('2026-11-27T06:00:00Z');
    await scheduler.tick();
    expect(postsIn(three)).toHaveLength(0);
    const daily = await run('daily', [], as(member, three));
    expect(text(daily.body)).toContain("An admin skipped today's question");

    const posted = await run('postnow', [], as(admin, three));
    expect(text(posted.body)).toContain("Today's fact and question are posted.");
    expect(text(posted.body)).toContain('Today was skipped; it is an ordinary day again.');
    expect(postsIn(three)).toHaveLength(1);
    const again = await run('postnow', [], as(admin, three));
    expect(text(again.body)).toContain("Today's post has already gone out");
    await scheduler.tick();
    expect(postsIn(three)).toHaveLength(1);

    const late = await run('skip', [], as(admin, three));
    expect(text(late.body)).toContain(
      "Today's post (Fri, 27 Nov 2026) has already gone out, so today can't be skipped",
    );
  });

  it("/preview shows tomorrow's fact, question and answer to the admin only", async () => {
    const reply = await run('preview', [], as(admin, three));
    expect(reply.ephemeral).toBe(true);
    const tomorrow = t.content.daily('2026-11-28');
    expect(text(reply.body)).toContain("Tomorrow's post · Sat, 28 Nov 2026");
    expect(text(reply.body)).toContain(tomorrow.fact.title);
    expect(text(reply.body)).toContain('Answer: (');
  });
});

describe('when the bot can no longer post', () => {
  it('tells the admin who ran /setup privately, once, with what to do', async () => {
    const guild = server(4);
    fake.options.guilds.push(guild);
    await run('setup', [{ name: 'time', value: '08:00' }], as(admin, guild));
    fake.forbiddenChannels.add(guild.channels[0]!.id);
    await scheduler.tick();
    await scheduler.tick();
    const dm = fake.guild.dms.get(admin.id);
    expect(dm).toBeDefined();
    const notes = [...fake.messages.values()].filter((m) => m.channel_id === dm);
    expect(notes).toHaveLength(1);
    expect(text(notes[0])).toContain(
      `I can no longer post the daily question in <#${guild.channels[0]!.id}> `,
    );
    expect(text(notes[0])).toContain('then run /setup in the channel where the post should go');
  });
});

describe('role rewards', () => {
  const BOT = PERMISSIONS.ViewChannel | PERMISSIONS.SendMessages | PERMISSIONS.EmbedLinks;

  it('a member is refused /rolereward', async () => {
    const reply = await run('rolereward', [{ name: 'streak', value: '1' }], as(member, three));
    expect(text(reply.body)).toContain("Only the group's admins can use /rolereward.");
  });

  it('gives the role when a streak reaches the threshold and takes it back when the streak lapses', async () => {
    const guild = server(5);
    fake.options.guilds.push(guild);
    const role = guild.roles![0]!.id;
    t.clock.set('2026-11-27T06:00:00Z');
    await run('setup', [{ name: 'time', value: '08:00' }], as(admin, guild));
    const set = await fake.finalResponse(
      fake.command(
        'rolereward',
        [
          { name: 'role', value: role, type: 8 },
          { name: 'streak', value: '1' },
        ],
        { ...as(admin, guild), appPermissions: BOT | PERMISSIONS.ManageRoles },
      ),
    );
    expect(text(set.body)).toContain(`<@&${role}> goes to members with a streak of 1 day or more`);
    expect(text(set.body)).not.toContain('Manage Roles');

    await scheduler.tick();
    const [post] = postsIn(guild);
    const first = post.components[0].components[0].custom_id as string;
    await fake.finalResponse(fake.button(post, first, as(member, guild)));
    await fake.waitFor(() => fake.guild.rolesOf(guild.id, member.id).includes(role), 5000, 'role given');

    // The next day the streak still stands; the day after, unanswered, it has lapsed.
    t.clock.set('2026-11-28T06:00:00Z');
    await scheduler.tick();
    expect(fake.guild.rolesOf(guild.id, member.id)).toEqual([role]);
    t.clock.set('2026-11-29T06:00:00Z');
    await scheduler.tick();
    expect(fake.guild.rolesOf(guild.id, member.id)).toEqual([]);
    t.clock.set('2026-11-27T06:00:00Z');
  });

  it('says clearly when the bot lacks Manage Roles, and bad thresholds get one sentence', async () => {
    const role = three.roles![0]!.id;
    const missing = await run(
      'rolereward',
      [
        { name: 'role', value: role, type: 8 },
        { name: 'points', value: '500' },
      ],
      as(admin, three),
    );
    expect(text(missing.body)).toContain('I need the Manage Roles permission');
    const bad = await run(
      'rolereward',
      [
        { name: 'role', value: role, type: 8 },
        { name: 'streak', value: 'seven' },
      ],
      as(admin, three),
    );
    expect(text(bad.body).trim()).toBe('The streak threshold must be a whole number from 1 to 100000.');
    const none = await run('rolereward', [{ name: 'role', value: role, type: 8 }], as(admin, three));
    expect(text(none.body)).toContain('Give a streak or points threshold with the role');
  });
});
