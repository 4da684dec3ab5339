// Issue 12 on Telegram end to end (real grammY against the fake Bot API, real core and PostgreSQL,
// days moved by the injectable clock): /review in a group links to the private chat; there /start
// review serves the question answered wrong, a tap answers it, Next goes on; a reminder arrives once.
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTelegramAdapter, type TelegramAdapter } from '../../src/adapters/telegram/index.ts';
import { Scheduler } from '../../src/scheduler/index.ts';
import { createTestCore, type TestCore } from '../helpers/core.ts';
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
const asha = tgUser(301, 'Asha');
const group = tgGroup(-100301, 'UPSC prep');
const dm = tgPrivate(asha);

beforeAll(async () => {
  fake = await FakeTelegram.start(TOKEN, BOT);
  fake.addChat(group);
  fake.addChat(dm);
  t = await createTestCore({ now: '2026-11-27T06:00:00Z' });
  adapter = createTelegramAdapter({
    core: t.core,
    token: TOKEN,
    apiRoot: fake.apiRoot,
    log: pino({ level: 'silent' }),
  });
  await adapter.start();
});
afterAll(async () => {
  await adapter?.stop();
  await fake?.close();
  await t?.close();
});

async function ask(chat: FakeChat, from: FakeUser, text: string) {
  const since = fake.calls.length;
  fake.sendText(chat, from, text);
  return fake.waitFor(
    'sendMessage',
    (c) => String(c.params.chat_id) === String(chat.id) && c.status === 200,
    { since },
  );
}
const buttons = (call: { params: Record<string, unknown> }) =>
  (
    (
      call.params.reply_markup as {
        inline_keyboard?: { text: string; url?: string; callback_data?: string }[][];
      }
    )?.inline_keyboard ?? []
  ).flat();

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
    const scheduler = new Scheduler({
      core: t.core,
      adapters: [adapter],
      clock: t.clock,
      log: pino({ level: 'silent' }),
    });
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
