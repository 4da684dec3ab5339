// A tap counts only in its own server, end to end through the real discord.js client against the
// fake Discord: a button's custom_id names a daily post by a sequential number that a client can
// forge, so a member of one server must not be able to answer another server's question.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DiscordAdapter } from '../../src/adapters/discord/index.ts';
import { localDateOf } from '../../src/core/time.ts';
import type { TestCore } from '../helpers/core.ts';
import { startDiscordBot, type DiscordBot } from '../helpers/discordBot.ts';
import { ADMIN, MEMBER, memberIn } from '../helpers/discordMembers.ts';
import { FakeDiscord, type FakeGuild, type FakeUser, type Wire } from './fakes/discord-server.ts';

const TOKEN = 'MTEy.fake-bot-token.for-place-tests';
const APP_ID = '900000000000000002';

const admin: FakeUser = { id: '320000000000000001', username: 'admin', global_name: 'Admin' };
const mallory: FakeUser = { id: '320000000000000002', username: 'mallory', global_name: 'Mallory' };
const server = (n: number): FakeGuild => ({
  id: `21000000000000000${n}`,
  name: `Server ${n}`,
  channels: [{ id: `41000000000000000${n}`, name: 'daily' }],
  members: [
    { user: admin, permissions: ADMIN },
    { user: mallory, permissions: MEMBER },
  ],
});
const a = server(1);
const b = server(2);
const as = memberIn;
const readable = (body: { embeds?: { title?: string; description?: string }[] }) =>
  (body.embeds ?? [])
    .map((e) => [e.title, e.description].join('\n'))
    .join('\n')
    .replace(/\\(.)/g, '$1');

let t: TestCore;
let fake: FakeDiscord;
let adapter: DiscordAdapter;
let bot: DiscordBot | undefined;

beforeAll(async () => {
  bot = await startDiscordBot({ token: TOKEN, applicationId: APP_ID, guilds: [a, b] });
  ({ t, fake, adapter } = bot);
});

afterAll(() => bot?.close());

/** An admin sets the server up, then the day's post goes out as the scheduler sends it. */
async function dailyIn(guild: FakeGuild): Promise<{ postId: number; message: Wire }> {
  await fake.finalResponse(fake.command('setup', [{ name: 'time', value: '08:00' }], as(admin, guild)));
  const community = (await t.database.store.communities.find('discord', guild.id))!;
  const today = localDateOf(t.clock.now(), community.timezone);
  const pending = await t.core.todaysPost(community, today);
  const post = await t.database.store.dailyPosts.claim(
    community.id,
    today,
    { factId: pending.factId, questionId: pending.questionId },
    'test',
    t.clock.now(),
    60_000,
  );
  const sent = await adapter.sendDaily(community, t.core.dailyReply(community, post!));
  await t.database.store.dailyPosts.markPosted(post!.id, 'test', sent, t.clock.now());
  return { postId: post!.id, message: fake.messages.get(sent.messageRef.split(':')[1]!) };
}

describe('answer buttons', () => {
  it("a member of server A who sends server B's button data is told the button no longer works; nothing is recorded", async () => {
    const inA = await dailyIn(a);
    const inB = await dailyIn(b);
    const forged = await fake.finalResponse(fake.button(inA.message, `d:${inB.postId}:0`, as(mallory, a)));
    expect(forged.ephemeral).toBe(true);
    expect(readable(forged.body)).toContain('This button no longer works. Try /daily or /quiz.');
    expect(await t.database.db.answer.count({ where: { dailyPostId: inB.postId } })).toBe(0);

    // The same custom_id on B's own message counts.
    const own = await fake.finalResponse(fake.button(inB.message, `d:${inB.postId}:0`, as(mallory, b)));
    expect(readable(own.body)).toMatch(/Correct|Not quite/);
    expect(await t.database.db.answer.count({ where: { dailyPostId: inB.postId } })).toBe(1);
  });
});
