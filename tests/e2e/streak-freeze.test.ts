// A missed day with a freeze keeps the streak, as a member sees it on each platform: seven days in
// a row earn a freeze, the eighth day is missed, and on the ninth /streak still shows the streak
// (the freeze spent) and today's answer extends it. Days are driven by the test clock.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, localDateOf } from '../../src/core/time.ts';
import { notAdmin } from '../../src/core/permissions.ts';
import type { Actor, Place } from '../../src/core/types.ts';
import type { TestCore } from '../helpers/core.ts';
import { startDiscordBot, type DiscordBot } from '../helpers/discordBot.ts';
import { MEMBER } from '../helpers/discordMembers.ts';
import { startTelegramBot, type TelegramBot } from '../helpers/telegramBot.ts';
import { sendAndWait } from '../helpers/telegramChat.ts';
import { FakeDiscord, type FakeGuild } from './fakes/discord-server.ts';
import { FakeTelegram, tgGroup, tgUser } from './fakes/telegram-server.ts';

// 06:00 UTC is 11:30 in Asia/Kolkata: inside each local day.
const FIRST_DAY = '2026-11-02';
const at = (day: string) => `${day}T06:00:00Z`;

/** Seven daily answers in a row, through the core, as `actor` in `place`. */
async function sevenDays(t: TestCore, actor: Actor, place: Place) {
  const community = await t.core.community(place);
  for (let d = 0; d < 7; d++) {
    t.clock.set(at(addDays(FIRST_DAY, d)));
    const today = localDateOf(t.clock.now(), community.timezone);
    const pending = await t.core.todaysPost(community, today);
    const post = await t.database.store.dailyPosts.ensure(community.id, today, pending);
    const question = t.content.question(post.questionId)!;
    const r = await t.core.answerDaily({ actor, place }, post.id, question.answer);
    expect(r.answer?.status).toBe('recorded');
  }
  return community;
}

describe('Telegram: a freeze covers a missed day', () => {
  const TOKEN = '7000000009:AAFakeTelegramTokenForFreezeTests_01';
  const group = tgGroup(-1001000000777, 'Freeze club');
  const meera = tgUser(701, 'Meera');
  let t: TestCore;
  let fake: FakeTelegram;
  let bot: TelegramBot | undefined;

  beforeAll(async () => {
    bot = await startTelegramBot({ token: TOKEN, username: 'FreezeTestBot', now: at(FIRST_DAY) });
    ({ t, fake } = bot);
  });
  afterAll(() => bot?.close());

  const ask = (text: string) => sendAndWait(fake, group, meera, text);

  it('keeps the streak through the missed day and extends it with the next answer', async () => {
    const actor: Actor = { platform: 'telegram', userId: '701', displayName: 'Meera', isAdmin: notAdmin };
    const community = await sevenDays(t, actor, {
      platform: 'telegram',
      chatId: String(group.id),
      title: group.title,
    });
    t.clock.set(at(addDays(FIRST_DAY, 8))); // day 8 (index 7) was missed
    const streak = (await ask('/streak')).result.text as string;
    expect(streak).toContain('Current streak: 7 days');
    expect(streak).toContain('Streak freezes: 0 of 2 held · 1 used');

    const daily = await ask('/daily');
    const buttons = (daily.params.reply_markup?.inline_keyboard ?? []).flat() as { callback_data: string }[];
    const post = await t.database.db.dailyPost.findFirst({
      where: { communityId: community.id, localDate: new Date(`${addDays(FIRST_DAY, 8)}T00:00:00Z`) },
    });
    const question = t.content.question(post!.questionId)!;
    const since = fake.calls.length;
    const tap = fake.tap(meera, daily.result, buttons[question.answer]!.callback_data);
    const alert = await fake.waitFor('answerCallbackQuery', (c) => c.params.callback_query_id === tap, {
      since,
    });
    expect(alert.params.text).toMatch(/^Correct/);
    expect(alert.params.text).toContain('8');
    const m = await t.database.db.membership.findFirstOrThrow({ where: { communityId: community.id } });
    expect(m).toMatchObject({ currentStreak: 8, freezes: 0, freezesUsed: 1 });
  });
});

describe('Discord: a freeze covers a missed day', () => {
  const TOKEN = 'MTEy.fake-bot-token.for-freeze-tests';
  const APP_ID = '900000000000000077';
  const nisha = { id: '310000000000000077', username: 'nisha', global_name: 'Nisha' };
  const CHANNEL = '400000000000000077';
  const guild: FakeGuild = {
    id: '200000000000000077',
    name: 'Freeze circle',
    channels: [{ id: CHANNEL, name: 'daily' }],
    members: [{ user: nisha, permissions: MEMBER }],
  };
  let t: TestCore;
  let fake: FakeDiscord;
  let bot: DiscordBot | undefined;

  beforeAll(async () => {
    bot = await startDiscordBot({ token: TOKEN, applicationId: APP_ID, guilds: [guild], now: at(FIRST_DAY) });
    ({ t, fake } = bot);
  });
  afterAll(() => bot?.close());

  it('shows the streak kept and the freeze spent after the missed day', async () => {
    const actor: Actor = { platform: 'discord', userId: nisha.id, displayName: 'Nisha', isAdmin: notAdmin };
    await sevenDays(t, actor, {
      platform: 'discord',
      chatId: guild.id,
      channelId: CHANNEL,
      title: guild.name,
    });
    t.clock.set(at(addDays(FIRST_DAY, 8)));
    const as = {
      user: nisha,
      guild,
      channelId: CHANNEL,
      permissions: guild.members[0]!.permissions,
      nick: null,
    };
    const reply = await fake.finalResponse(fake.command('streak', [], as));
    const shown = JSON.stringify(reply.body.embeds).replace(/\\\\(.)/g, '$1');
    expect(shown).toContain('Current streak: 7 days');
    expect(shown).toContain('Streak freezes: 0 of 2 held · 1 used');
  });
});
