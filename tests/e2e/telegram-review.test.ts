// Issue 12 on Telegram end to end (real grammY against the fake Bot API, real core and PostgreSQL,
// days moved by the injectable clock): /review in a group links to the private chat; there /start
// review serves the question answered wrong, a tap answers it, Next goes on; a reminder arrives once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TelegramAdapter } from '../../src/adapters/telegram/index.ts';
import type { TestCore } from '../helpers/core.ts';
import { testScheduler } from '../helpers/scheduler.ts';
import { startTelegramBot, type TelegramBot } from '../helpers/telegramBot.ts';
import { inlineButtons as buttons, sendAndWait } from '../helpers/telegramChat.ts';
import { notAdmin } from '../../src/core/permissions.ts';
import {
  FakeTelegram,
  tgGroup,
  tgPrivate,
  tgUser,
  type FakeChat,
  type FakeUser,
} from './fakes/telegram-server.ts';

const TOKEN = '7000000012:AAFakeTelegramTokenForReviewTests_0123';
const BOT = 'StudyReviewBot';
let fake: FakeTelegram;
let t: TestCore;
let adapter: TelegramAdapter;
let bot: TelegramBot | undefined;
const asha = tgUser(301, 'Asha');
const group = tgGroup(-100301, 'UPSC prep');
const dm = tgPrivate(asha);

beforeAll(async () => {
  bot = await startTelegramBot({ token: TOKEN, username: BOT, chats: [group, dm] });
  ({ fake, t, adapter } = bot);
});
afterAll(() => bot?.close());

const ask = (chat: FakeChat, from: FakeUser, text: string) => sendAndWait(fake, chat, from, text);

describe('review and reminders on Telegram', () => {
  it('serves a missed daily question in the private chat, answers it by tap, and reminds once', async () => {
    const daily = await t.core.execute(
      {
        actor: { platform: 'telegram', userId: '301', displayName: 'Asha', isAdmin: notAdmin },
        place: { platform: 'telegram', chatId: String(dm.id), isPrivate: true },
      },
      'daily',
      '',
    );
    const q = daily.question!;
    await ask(dm, asha, `/answer ${'abcd'[(q.correct + 1) % 4]}`);

    const link = await ask(group, asha, '/review');
    expect(buttons(link).map((b) => b.url)).toContain(`https://t.me/${BOT}?start=review`);

    t.clock.advance(86_400_000);
    const served = await ask(dm, asha, '/start review');
    expect(String(served.params.text)).toContain('missed this one');
    const answer = buttons(served).find((b) => b.text === `(${'abcd'[q.correct]})`)!;
    expect(answer.callback_data).toMatch(/^r[ah]:/);
    const since = fake.calls.length;
    fake.tap(asha, served.result, answer.callback_data!);
    const feedback = await fake.waitFor(
      'sendMessage',
      (c) =>
        String(c.params.chat_id) === String(dm.id) &&
        c.status === 200 &&
        /comes back on/.test(String(c.params.text)),
      { since },
    );
    expect(buttons(feedback).map((b) => b.callback_data)).toContain('rn:1:1');

    // A reminder at 07:30: a review is due again only days later; nothing waits tomorrow morning.
    await ask(dm, asha, '/remind 07:30 Asia/Kolkata');
    const scheduler = testScheduler(t, [adapter]);
    t.clock.set('2026-11-29T02:00:00Z');
    expect((await scheduler.tick()).reminders).toBe(0);
    // Weeks later the card is due: one reminder with a Start review button, and only one.
    t.clock.set('2026-12-27T02:00:00Z');
    const before = fake.calls.length;
    expect((await scheduler.tick()).reminders).toBe(1);
    t.clock.set('2026-12-27T02:05:00Z');
    expect((await scheduler.tick()).reminders).toBe(0);
    const reminders = fake
      .callsOf('sendMessage', before)
      .filter((c) => /study reminder/.test(String(c.params.text)));
    expect(reminders).toHaveLength(1);
    expect(buttons(reminders[0]!).map((b) => b.callback_data)).toContain('rn:0:0');
    await scheduler.stop();
  });
});
