// Cards on Discord, end to end: the real discord.js client against the fake Discord (which takes
// multipart uploads and enforces the attachment limit), over a real core and PostgreSQL. /stats and
// the Sunday summary arrive as an attachment shown as the embed's image, with the text kept; a
// daily answer's ephemeral feedback has a Share button that sends a card without the answer.
import { loadImage } from '@napi-rs/canvas';
import { Routes } from 'discord.js';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DiscordAdapter } from '../../src/adapters/discord/index.ts';
import { localDateOf } from '../../src/core/time.ts';
import type { Reply } from '../../src/core/types.ts';
import { PODIUM_CARD_SIZE, PROGRESS_CARD_SIZE, SHARE_CARD_SIZE } from '../../src/pictures/index.ts';
import { Scheduler } from '../../src/scheduler/index.ts';
import type { Community } from '../../src/store/index.ts';
import type { TestCore } from '../helpers/core.ts';
import { startDiscordBot, type DiscordBot } from '../helpers/discordBot.ts';
import { MEMBER } from '../helpers/discordMembers.ts';
import {
  FakeDiscord,
  PERMISSIONS,
  type FakeGuild,
  type FakeUser,
  type Wire,
} from './fakes/discord-server.ts';
import type { UploadedFile } from './fakes/multipart.ts';

const TOKEN = 'MTEy.fake-bot-token.for-card-tests';
const APP_ID = '900000000000000011';
const asha: FakeUser = { id: '320000000000000001', username: 'asha', global_name: 'Asha' };
const CHANNEL = '410000000000000001';
const guild: FakeGuild = {
  id: '210000000000000001',
  name: 'Card Circle',
  channels: [{ id: CHANNEL, name: 'general' }],
  members: [{ user: asha, permissions: MEMBER | PERMISSIONS.ManageGuild }],
};
const otherGuild: FakeGuild = {
  id: '210000000000000002',
  name: 'Other Circle',
  channels: [{ id: '410000000000000002', name: 'general' }],
  members: [{ user: asha, permissions: MEMBER }],
};
const as = (g: FakeGuild = guild) => ({
  user: asha,
  guild: g,
  channelId: g.channels[0]!.id,
  permissions: MEMBER,
});

let t: TestCore;
let fake: FakeDiscord;
let adapter: DiscordAdapter;
let community: Community;
let bot: DiscordBot | undefined;

beforeAll(async () => {
  bot = await startDiscordBot({ token: TOKEN, applicationId: APP_ID, guilds: [guild, otherGuild] });
  ({ t, fake, adapter } = bot);
  community = await t.core.community({
    platform: 'discord',
    chatId: guild.id,
    channelId: CHANNEL,
    title: guild.name,
  });
  await t.database.db.community.update({
    where: { id: community.id },
    data: { channelId: CHANNEL, active: true },
  });
  community = (await t.database.store.communities.find('discord', guild.id))!;
});

afterAll(() => bot?.close());

const png = (file: UploadedFile | undefined) => loadImage(file!.data);
const embedText = (body: Wire) =>
  (body.embeds ?? [])
    .map((e: Wire) =>
      [e.title, e.description, ...(e.fields ?? []).flatMap((f: Wire) => [f.name, f.value])].join('\n'),
    )
    .join('\n')
    .replace(/\\(.)/g, '$1');

let postId: number;
let daily: Wire;

describe('the Share button', () => {
  it('is on the ephemeral feedback of a daily answer, and gives a card that names no option', async () => {
    const today = localDateOf(t.clock.now(), community.timezone);
    const post = await t.core.todaysPost(community, today);
    postId = post.id;
    const question = t.content.question(post.questionId)!;
    const sent = await adapter.sendDaily(community, t.core.dailyReply(community, post));
    daily = fake.messages.get(sent.messageRef.split(':')[1]!);

    const tap = fake.button(daily, `d:${postId}:${(question.answer + 1) % 4}`, as());
    const feedback = await fake.finalResponse(tap);
    expect(feedback.ephemeral).toBe(true);
    const buttons = feedback.body.components.flatMap((row: Wire) => row.components);
    expect(buttons.map((b: Wire) => [b.label, b.custom_id])).toEqual([
      ['Share', `s:${postId}`],
      ['Report a problem', `rp:${postId}`],
    ]);

    const share = fake.button(fake.messageFor(tap), `s:${postId}`, as());
    const card = await fake.finalResponse(share);
    expect(card.ephemeral).toBe(true);
    const [file] = fake.filesFor(share);
    const image = await png(file);
    expect([image.width, image.height]).toEqual([SHARE_CARD_SIZE.width, SHARE_CARD_SIZE.height]);
    expect(card.body.embeds[0].image.url).toBe(`attachment://${file!.filename}`);
    const alt = card.body.attachments[0].description as string;
    expect(alt).toMatch(/^Day 1 · India-Japan Relations.* · answered · 1-day streak$/);
    // A wrong answer reads "answered": neither the card's text nor its alt text names an option.
    for (const option of question.options) {
      expect(alt).not.toContain(option);
      expect(embedText(card.body)).not.toContain(option);
    }
  });

  it('refuses a Share tap for a post of another server, with no card', async () => {
    const share = fake.button(daily, `s:${postId}`, as(otherGuild));
    const answer = await fake.finalResponse(share);
    expect(embedText(answer.body)).toMatch(/no longer works/);
    expect(fake.filesFor(share)).toHaveLength(0);
  });
});

describe('/stats', () => {
  it('arrives as the progress card shown in the embed, with the text kept', async () => {
    const stats = fake.command('stats', [], as());
    const answer = await fake.finalResponse(stats);
    expect(answer.ephemeral).toBe(true);
    const [file] = fake.filesFor(stats);
    const image = await png(file);
    expect([image.width, image.height]).toEqual([PROGRESS_CARD_SIZE.width, PROGRESS_CARD_SIZE.height]);
    expect(answer.body.embeds[0].image.url).toBe('attachment://progress.png');
    expect(embedText(answer.body)).toMatch(/Overall: 0% right of 1 answer/);
    expect(answer.body.attachments[0].description).toMatch(/Your stats\nOverall: 0% right of 1 answer/);
  });
});

describe('the Sunday summary', () => {
  it('arrives in the channel as the podium card with the week in review', async () => {
    const scheduler = new Scheduler({
      core: t.core,
      adapters: [adapter],
      clock: t.clock,
      log: pino({ level: 'silent' }),
      instanceId: 'discord-cards',
    });
    t.clock.set('2026-11-29T03:30:00Z');
    const since = fake.requests.length;
    expect((await scheduler.tick()).weekly).toBe(1);
    await scheduler.stop();
    const posts = fake.requests
      .slice(since)
      .filter((r) => r.method === 'POST' && r.path === `/channels/${CHANNEL}/messages` && r.files.length > 0);
    expect(posts).toHaveLength(1);
    const image = await png(posts[0]!.files[0]);
    expect([image.width, image.height]).toEqual([PODIUM_CARD_SIZE.width, PODIUM_CARD_SIZE.height]);
    expect(posts[0]!.body.embeds[0].image.url).toBe('attachment://weekly-summary.png');
    expect(embedText(posts[0]!.body)).toMatch(/Week in review[\s\S]*1st Asha — 0 points/);
  });
});

describe('limits', () => {
  it('the fake refuses an attachment over 25 MiB, as Discord does', async () => {
    const big = Buffer.alloc(25 * 1024 * 1024 + 1);
    await expect(
      adapter.client.rest.post(Routes.channelMessages(CHANNEL), {
        body: { content: 'big' },
        files: [{ name: 'big.png', data: big }],
      }),
    ).rejects.toThrow(/too large/i);
  });

  it('a picture over 8 MiB goes without it: the text still arrives', async () => {
    const reply: Reply = {
      visibility: 'public',
      tone: 'info',
      title: 'A card',
      lines: ['Too big to attach.'],
      image: { png: Buffer.alloc(8 * 1024 * 1024 + 1), name: 'card.png', alt: 'Too big to attach.' },
    };
    const since = fake.requests.length;
    await adapter.sendMessage(community, reply);
    const [post] = fake.requests
      .slice(since)
      .filter((r) => r.method === 'POST' && r.path.endsWith('/messages'));
    expect(post?.status).toBe(200);
    expect(post!.files).toHaveLength(0);
    expect(embedText(post!.body)).toContain('Too big to attach.');
  });
});
