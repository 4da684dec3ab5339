// Member questions on Telegram (issue 15 item 4), end to end: real grammY against the fake Bot API,
// real core and PostgreSQL. /suggest in a group links to the member's private chat with the group in
// the link; there the bot asks one field per message (a too-long answer is refused and asked again,
// /cancel ends it); an admin declines one with a reason and approves another from their own private
// chat; the member is told privately each time. Role rewards are in no Telegram menu.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestCore } from '../helpers/core.ts';
import { startTelegramBot, type TelegramBot } from '../helpers/telegramBot.ts';
import { inlineButtons as buttons, sendAndWait } from '../helpers/telegramChat.ts';
import {
  FakeTelegram,
  tgGroup,
  tgPrivate,
  tgUser,
  type FakeChat,
  type FakeUser,
} from './fakes/telegram-server.ts';

const TOKEN = '7000000021:AAFakeTelegramTokenForSuggestTests_012';
const BOT = 'StudySuggestBot';
let fake: FakeTelegram;
let t: TestCore;
let bot: TelegramBot | undefined;
const asha = tgUser(401, 'Asha');
const leela = tgUser(402, 'Leela');
const group = tgGroup(-100401, 'UPSC prep');
const ashaDm = tgPrivate(asha);
const leelaDm = tgPrivate(leela);

beforeAll(async () => {
  bot = await startTelegramBot({ token: TOKEN, username: BOT, chats: [group, ashaDm, leelaDm] });
  ({ fake, t } = bot);
  fake.setMemberStatus(group.id, leela.id, 'administrator');
});
afterAll(() => bot?.close());

/** Sends `text` and waits for the bot's next message in `to` (default: the same chat). */
const say = (chat: FakeChat, from: FakeUser, text: string, to: FakeChat = chat) =>
  sendAndWait(fake, chat, from, text, { to });
/** The text the member sees (HTML parsed by the fake). */
const text = (call: { result?: { text?: string } }) => String(call.result?.text);

async function groupCommunityId() {
  return (await t.core.community({ platform: 'telegram', chatId: String(group.id) })).id;
}

/** Fills the whole form in Asha's private chat, one message per field; the last reply. */
async function fill(values: string[]) {
  let last;
  for (const v of values) last = await say(ashaDm, asha, v);
  return last!;
}

describe('/suggest on Telegram', () => {
  it('links a group to the private chat, asks one field per message, and queues the question for that group', async () => {
    const link = await say(group, asha, '/suggest');
    const id = await groupCommunityId();
    expect(buttons(link).map((b) => b.url)).toContain(`https://t.me/${BOT}?start=suggest_${id}`);

    const first = await say(ashaDm, asha, `/start suggest_${id}`);
    expect(text(first)).toMatch(/\(1\/5\) Question/);
    // A message far over the question's limit is refused in one sentence and the field asked again.
    const long = await say(ashaDm, asha, 'x'.repeat(4000));
    expect(text(long)).toMatch(/That is too long for "Question": at most 300 characters/);
    const second = await say(
      ashaDm,
      asha,
      'Which city hosts the <b>semiconductor</b> hub named in the communique?',
    );
    expect(text(second)).toMatch(/\(2\/5\) Four options/);
    const done = await fill([
      'A) Osaka\nB) Sendai\nC) Nagoya\nD) Fukuoka',
      'B',
      'Sendai hosts it, by the 2025 communique.',
      '-',
    ]);
    expect(text(done)).toMatch(/your question #1 is with the group's admins/);
    const { rows } = await t.database.store.suggestions.pending(id);
    expect(rows.map((r) => r.question)).toMatchObject([
      { prompt: 'Which city hosts the <b>semiconductor</b> hub named in the communique?', answer: 'B' },
    ]);
  });

  it('refuses a bad form in one sentence and /cancel ends a conversation', async () => {
    const id = await groupCommunityId();
    await say(ashaDm, asha, `/start suggest_${id}`);
    // Three options: told at once, on that message, and the same field is asked again.
    const refused = await fill(['Which port city is named?', 'Osaka | Sendai | Nagoya']);
    expect(text(refused)).toMatch(/I need exactly 4 options, one per line; I found 3\./);
    const letter = await fill(['Osaka | Sendai | Nagoya | Kobe', 'F']);
    expect(text(letter)).toMatch(/The right option must be one letter: A, B, C or D\./);

    await say(ashaDm, asha, `/start suggest_${id}`);
    const stopped = await say(ashaDm, asha, '/cancel');
    expect(text(stopped)).toMatch(/Stopped; nothing was kept\./);
    const after = await say(ashaDm, asha, 'Osaka');
    expect(text(after)).not.toMatch(/\(2\/5\)/);
    expect((await t.database.store.suggestions.pending(id)).total).toBe(1);
  });

  it('admins decline with a reason and approve from their private chat; the member is told privately', async () => {
    const id = await groupCommunityId();
    // A second question to approve.
    await say(ashaDm, asha, `/start suggest_${id}`);
    await fill([
      'Which city hosts the hub?',
      'Osaka\nSendai\nNagoya\nKobe',
      'b',
      'Sendai, by the communique.',
      '-',
    ]);

    const refused = await say(group, asha, '/decline 1 the year is wrong');
    expect(text(refused)).toMatch(/Only the group's admins can use \/decline/);

    // The list shows the answers, so it goes to the admin's private chat, with its buttons.
    let since = fake.calls.length;
    const list = await say(group, leela, '/suggestions', leelaDm);
    const notice = await fake.waitFor('sendMessage', (c) => String(c.params.chat_id) === String(group.id), {
      since,
    });
    expect(text(notice)).toMatch(/Leela, I've sent you the questions waiting privately/);
    expect(text(list)).toMatch(/#1 by Asha/);
    expect(buttons(list).map((b) => b.callback_data)).toEqual(['sg:1:a', 'sg:1:ad', 'sg:1:d']);

    const declinedTold = await say(group, leela, '/decline 1 the year is wrong', ashaDm);
    expect(text(declinedTold)).toMatch(/Your question #1 .* was not accepted in UPSC prep\./);
    expect(text(declinedTold)).toMatch(/The admins' reason: the year is wrong/);

    // A member tapping an admin's button in their own chat decides nothing.
    since = fake.calls.length;
    fake.tap(asha, { message_id: 1, chat: ashaDm, date: 0 }, 'sg:2:a');
    const alert = await fake.waitFor('answerCallbackQuery', () => true, { since });
    expect(String(alert.params.text)).toMatch(/Only the group's admins/);

    since = fake.calls.length;
    fake.tap(leela, { message_id: 1, chat: leelaDm, date: 0 }, 'sg:2:a');
    const approvedTold = await fake.waitFor(
      'sendMessage',
      (c) => String(c.params.chat_id) === String(ashaDm.id) && /approved in UPSC prep/.test(text(c)),
      { since },
    );
    expect(text(approvedTold)).toMatch(/Your question #2/);
    const board = await say(group, asha, '/contributors');
    expect(text(board)).toMatch(/1\. Asha: 1 approved question/);
  });

  it('lists /rolereward in no Telegram menu, and refuses it in one sentence if typed', async () => {
    const menus = fake.callsOf('setMyCommands');
    expect(menus.length).toBeGreaterThan(0);
    for (const m of menus) {
      const names = (m.params.commands as { command: string }[]).map((c) => c.command);
      expect(names).not.toContain('rolereward');
    }
    const admins = menus.find(
      (m) => (m.params.scope as { type: string }).type === 'all_chat_administrators',
    )!;
    expect((admins.params.commands as { command: string }[]).map((c) => c.command)).toContain('suggestions');
    const typed = await say(group, leela, '/rolereward');
    expect(text(typed)).toMatch(/Role rewards are a Discord feature\./);
    const help = await say(group, leela, '/help');
    expect(text(help)).not.toMatch(/rolereward/);
  });
});
