// Cards on Telegram, end to end: the real grammY bot against the fake Bot API (which takes
// multipart uploads and enforces the photo limits), over a real core and PostgreSQL. /stats and the
// Sunday summary arrive as photos with their text as caption; a daily answer's private feedback has
// a Share button that sends a card without the answer.
import { loadImage } from '@napi-rs/canvas';
import { InputFile } from 'grammy';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TelegramAdapter } from '../../src/adapters/telegram/index.ts';
import { t as say } from '../../src/core/i18n/index.ts';
import { localDateOf } from '../../src/core/time.ts';
import type { Reply } from '../../src/core/types.ts';
import { PODIUM_CARD_SIZE, PROGRESS_CARD_SIZE, SHARE_CARD_SIZE } from '../../src/pictures/index.ts';
import type { TestCore } from '../helpers/core.ts';
import { postTodaysDaily } from '../helpers/daily.ts';
import { testScheduler } from '../helpers/scheduler.ts';
import { startTelegramBot, type TelegramBot } from '../helpers/telegramBot.ts';
import { until } from '../helpers/wait.ts';
import {
  FakeTelegram,
  tgGroup,
  tgPrivate,
  tgUser,
  type FakeChat,
  type RecordedCall,
} from './fakes/telegram-server.ts';

/** The tap's alert once the card is in the private chat (the catalog's English). */
const SHARE_SENT = say('en', 'share.sent');

const TOKEN = '7000000002:AAFakeTelegramTokenForCardTests_01234';
const BOT = 'StudyCardBot';

let fake: FakeTelegram;
let t: TestCore;
let adapter: TelegramAdapter;
let bot: TelegramBot | undefined;

const alice = tgUser(201, 'Alice', 'Iyer');
const group = tgGroup(-100777, 'Card Circle');
const other = tgGroup(-100778, 'Other Circle');

beforeAll(async () => {
  // Friday 27 Nov 2026, 11:30 in Kolkata.
  bot = await startTelegramBot({ token: TOKEN, username: BOT, chats: [tgPrivate(alice), group, other] });
  ({ fake, t, adapter } = bot);
});

afterAll(() => bot?.close());

const community = (chat: FakeChat) =>
  t.core.community({ platform: 'telegram', chatId: String(chat.id), title: chat.title });

async function photoOf(call: RecordedCall) {
  const ref = /^attach:\/\/(.+)$/.exec(String(call.params.photo))![1];
  const file = call.files!.find((f) => f.field === ref)!;
  return loadImage(file.data);
}

const buttonsOf = (call: RecordedCall): { text: string; callback_data: string }[] =>
  (call.params.reply_markup?.inline_keyboard ?? []).flat();

let postId: number;
let feedback: RecordedCall;

describe('the Share button', () => {
  it('comes with the private feedback of /answer in a group, and sends a card that names no option', async () => {
    const c = await community(group);
    const today = localDateOf(t.clock.now(), c.timezone);
    const post = await t.core.todaysPost(c, today);
    postId = post.id;
    const question = t.content.question(post.questionId)!;
    const since = fake.calls.length;
    fake.sendText(group, alice, `/answer ${'ABCD'[question.answer]}`);
    feedback = await fake.waitFor('sendMessage', (call) => String(call.params.chat_id) === String(alice.id), {
      since,
    });
    expect(buttonsOf(feedback)).toEqual([
      { text: 'Share', callback_data: `s:${postId}` },
      { text: 'Report a problem', callback_data: `rp:${postId}` },
    ]);

    const tapped = fake.calls.length;
    fake.tap(alice, feedback.result, `s:${postId}`);
    const photo = await fake.waitFor('sendPhoto', (call) => call.status === 200, { since: tapped });
    expect(String(photo.params.chat_id)).toBe(String(alice.id));
    const image = await photoOf(photo);
    expect([image.width, image.height]).toEqual([SHARE_CARD_SIZE.width, SHARE_CARD_SIZE.height]);
    const caption = String(photo.result.caption);
    expect(caption).toContain('Day 1');
    expect(caption).toContain('answered correctly');
    // The card's text never gives the answer away.
    for (const option of question.options) expect(caption).not.toContain(option);
    const alert = await fake.waitFor('answerCallbackQuery', () => true, { since: tapped });
    expect(alert.params.text).toBe(SHARE_SENT);
  });

  it('refuses a Share tap for a post from another group, and sends no card', async () => {
    const since = fake.calls.length;
    const message = { message_id: 1, chat: other, date: 0, text: 'x' };
    fake.tap(alice, message, `s:${postId}`);
    const alert = await fake.waitFor('answerCallbackQuery', () => true, { since });
    expect(alert.params.text).toMatch(/no longer works/);
    expect(fake.callsOf('sendPhoto', since)).toHaveLength(0);
  });
});

describe('/share', () => {
  it('gives a member who voted on the quiz poll (where no button can follow) their card, without the answer', async () => {
    const polled = tgGroup(-100779, 'Poll Circle');
    const bob = tgUser(202, 'Bob', 'Rao');
    fake.addChat(polled);
    fake.addChat(tgPrivate(bob));
    const c = await community(polled);
    const { post, sent } = await postTodaysDaily(t, adapter, c);
    const question = t.content.question(post.questionId)!;

    let since = fake.calls.length;
    fake.sendText(polled, bob, '/share');
    const first = await fake.waitFor(
      'sendMessage',
      (call) => String(call.params.chat_id) === String(polled.id),
      {
        since,
      },
    );
    expect(first.result.text).toMatch(/Answer the daily question first/);

    fake.pollAnswer(sent.answerRef!, bob, [(question.answer + 1) % 4]);
    await until(
      () => t.database.store.answers.answerOf(post.id, 'telegram', String(bob.id)),
      (answer) => answer !== null,
    );
    since = fake.calls.length;
    fake.sendText(polled, bob, '/share');
    const photo = await fake.waitFor('sendPhoto', (call) => call.status === 200, { since });
    const image = await photoOf(photo);
    expect([image.width, image.height]).toEqual([SHARE_CARD_SIZE.width, SHARE_CARD_SIZE.height]);
    const caption = String(photo.result.caption);
    expect(caption).toMatch(/Day 1 .* answered/);
    expect(caption).not.toContain('answered correctly');
    for (const option of question.options) expect(caption).not.toContain(option);
  });
});

describe('/stats', () => {
  it('arrives as the progress card with the text as caption', async () => {
    const since = fake.calls.length;
    fake.sendText(group, alice, '/stats');
    const photo = await fake.waitFor('sendPhoto', (call) => call.status === 200, { since });
    const image = await photoOf(photo);
    expect([image.width, image.height]).toEqual([PROGRESS_CARD_SIZE.width, PROGRESS_CARD_SIZE.height]);
    expect(String(photo.result.caption)).toMatch(/Your stats[\s\S]*Overall: 100% right of 1 answer/);
  });
});

describe('the Sunday summary', () => {
  it('arrives as the podium card with the week in review as caption', async () => {
    const c = await community(group);
    const scheduler = testScheduler(t, [adapter], { instanceId: 'cards-test' });
    // Sunday 29 Nov 2026, 09:00 in Kolkata: the day's post, then the summary.
    t.clock.set('2026-11-29T03:30:00Z');
    const since = fake.calls.length;
    expect((await scheduler.tick()).weekly).toBeGreaterThanOrEqual(1);
    await scheduler.stop();
    const photo = fake
      .callsOf('sendPhoto', since)
      .find((call) => String(call.params.chat_id) === c.externalId && call.status === 200)!;
    expect(photo).toBeDefined();
    const image = await photoOf(photo);
    expect([image.width, image.height]).toEqual([PODIUM_CARD_SIZE.width, PODIUM_CARD_SIZE.height]);
    expect(String(photo.result.caption)).toMatch(/Week in review[\s\S]*1st Alice Iyer — 10 points/);
  });
});

describe('limits', () => {
  const reply = (png: Buffer, lines: string[]): Reply => ({
    visibility: 'public',
    tone: 'info',
    title: 'A card',
    lines,
    image: { png, name: 'card.png', alt: lines.join('\n') },
  });

  it('the fake refuses a photo over 10 MB, as Telegram does', async () => {
    const big = Buffer.alloc(10 * 1024 * 1024 + 1);
    await expect(adapter.bot.api.sendPhoto(group.id, new InputFile(big, 'big.png'))).rejects.toThrow(/10 MB/);
  });

  it('a picture over 10 MB goes as text; a long text goes as a 1024-character caption and messages', async () => {
    const c = await community(group);
    let since = fake.calls.length;
    await adapter.sendMessage(c, reply(Buffer.alloc(10 * 1024 * 1024 + 1), ['Too big to show.']));
    expect(fake.callsOf('sendPhoto', since)).toHaveLength(0);
    expect(fake.callsOf('sendMessage', since).map((call) => call.result?.text)).toEqual([
      'A card\n\nToo big to show.',
    ]);

    since = fake.calls.length;
    const card = fake.calls.find((call) => call.method === 'sendPhoto' && call.status === 200)!;
    const data = card.files![0]!.data;
    const lines = Array.from({ length: 40 }, (_, i) => `Line ${i + 1}: ${'word '.repeat(15).trim()}`);
    await adapter.sendMessage(c, reply(data, lines));
    const [photo] = fake.callsOf('sendPhoto', since);
    expect(photo?.status).toBe(200);
    expect(String(photo!.result.caption).length).toBeLessThanOrEqual(1024);
    const rest = fake.callsOf('sendMessage', since).map((call) => String(call.result.text));
    const shown = [String(photo!.result.caption), ...rest].join('\n');
    for (const line of lines) expect(shown).toContain(line);
  });
});
