// "Next question" on Telegram, end to end: the real grammY bot against the fake Bot API, over a real
// core and PostgreSQL. After a practice answer in a private chat, the solution message offers a Next
// button; a tap on it brings another practice question into the same chat.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { TestCore } from '../helpers/core.ts';
import { startTelegramBot, type TelegramBot } from '../helpers/telegramBot.ts';
import { FakeTelegram, tgPrivate, tgUser, type RecordedCall } from './fakes/telegram-server.ts';

const TOKEN = '7000000003:AAFakeTelegramTokenForNextTests_01234';
const BOT = 'StudyNextBot';
const meera = tgUser(301, 'Meera');
const chat = tgPrivate(meera);

let fake: FakeTelegram;
let t: TestCore;
let bot: TelegramBot | undefined;

beforeAll(async () => {
  bot = await startTelegramBot({ token: TOKEN, username: BOT, chats: [chat] });
  ({ fake, t } = bot);
});

afterAll(() => bot?.close());

const buttonsOf = (call: RecordedCall): { text: string; callback_data: string }[] =>
  (call.params.reply_markup?.inline_keyboard ?? []).flat();
const questionOf = (call: RecordedCall) => /^p:(.+):0$/.exec(buttonsOf(call)[0]?.callback_data ?? '')?.[1];
const withButtons = (since: number) =>
  fake.waitFor(
    'sendMessage',
    (c) => String(c.params.chat_id) === String(chat.id) && c.status === 200 && buttonsOf(c).length > 0,
    { since },
  );

it(
  'a practice answer offers "Next question" in the chat, which brings another practice question there',
  { timeout: 120_000 },
  async () => {
    let since = fake.calls.length;
    fake.sendText(chat, meera, '/quiz');
    const quiz = await withButtons(since);
    const firstId = questionOf(quiz)!;
    const question = t.content.question(firstId)!;

    since = fake.calls.length;
    fake.tap(meera, quiz.result, `p:${firstId}:${question.answer}`);
    const solution = await withButtons(since);
    const next = buttonsOf(solution).find((b) => b.text === 'Next question');
    expect(next).toBeDefined();

    since = fake.calls.length;
    const tap = fake.tap(meera, solution.result, next!.callback_data);
    const second = await withButtons(since);
    expect(buttonsOf(second)).toHaveLength(4);
    const secondId = questionOf(second)!;
    // Another question, never the one just answered, shown with its text in the same chat.
    expect(secondId).not.toBe(firstId);
    expect(second.result.text).toContain(t.content.question(secondId)!.options[0]);
    // The tap itself is acknowledged without an alert: the question is the answer.
    const ack = await fake.waitFor('answerCallbackQuery', (c) => c.params.callback_query_id === tap, {
      since,
    });
    expect(ack.params.text).toBeUndefined();
  },
);
