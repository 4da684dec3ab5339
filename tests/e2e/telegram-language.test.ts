// Issue 14 on Telegram, end to end (real grammY against the fake Bot API, real core and
// PostgreSQL): Hindi command menus; a group whose admin chose Hindi with /setup gets its daily fact
// and quiz poll in Hindi (within the poll's limits); a member who chose /language en gets their
// result privately in English; /fact finds the Shinkansen typed in Devanagari or English.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TelegramAdapter } from '../../src/adapters/telegram/index.ts';
import { localizeFact, localizeQuestion } from '../../src/content/index.ts';
import { localDateOf } from '../../src/core/time.ts';
import type { TestCore } from '../helpers/core.ts';
import { startTelegramBot, type TelegramBot } from '../helpers/telegramBot.ts';
import { sendAndWait } from '../helpers/telegramChat.ts';
import { until } from '../helpers/wait.ts';
import {
  FakeTelegram,
  tgGroup,
  tgPrivate,
  tgUser,
  type FakeChat,
  type FakeUser,
} from './fakes/telegram-server.ts';

const TOKEN = '7000000002:AAFakeTelegramTokenForLanguageTests_01';
const DEVANAGARI = /[\u0900-\u097F]/;

// Everyone's Telegram is in Hindi: only a member's own choice makes their replies English.
const hindi = (id: number, name: string): FakeUser => ({ ...tgUser(id, name), language_code: 'hi' });
const admin = hindi(201, 'Anil');
const meera = hindi(202, 'Meera');
const ravi = hindi(203, 'Ravi');
const group = tgGroup(-1001000000201, 'हिंदी माध्यम UPSC');

let fake: FakeTelegram;
let t: TestCore;
let adapter: TelegramAdapter;
let bot: TelegramBot | undefined;

beforeAll(async () => {
  bot = await startTelegramBot({ token: TOKEN, username: 'StudyHindiBot', chats: [group] });
  ({ fake, t, adapter } = bot);
  fake.setMemberStatus(group.id, admin.id, 'administrator');
});

afterAll(() => bot?.close());

/** A member writes `text`; resolves with the text of the bot's next message in `replyChat`. */
const ask = async (chat: FakeChat, from: FakeUser, text: string, replyChat = chat.id): Promise<string> =>
  (await sendAndWait(fake, chat, from, text, { to: replyChat })).result.text as string;

describe('command menus', () => {
  it('are published in Hindi too, with language_code "hi", for every scope', async () => {
    const hi = fake.callsOf('setMyCommands').filter((c) => c.params.language_code === 'hi');
    expect(hi.map((c) => c.params.scope.type).sort()).toEqual([
      'all_chat_administrators',
      'all_group_chats',
      'all_private_chats',
    ]);
    for (const call of hi) {
      expect(call.status).toBe(200);
      for (const c of call.params.commands as { command: string; description: string }[])
        expect(c.description, c.command).toMatch(DEVANAGARI);
    }
    const fact = hi[0]!.params.commands.find((c: { command: string }) => c.command === 'fact');
    // The catalog's one Hindi description of /fact (main's wording, with the Devanagari example).
    expect(fact.description).toBe('किसी विषय पर तथ्य देखें, जैसे /fact cepa या /fact शिंकानसेन');
  });
});

describe('a group whose admin chose Hindi', () => {
  it('gets its daily fact and quiz poll in Hindi; a member who chose English gets the result in English', async () => {
    const setup = await ask(group, admin, '/setup 08:00 Asia/Kolkata hi');
    expect(setup).toContain('यहाँ की दैनिक पोस्ट और सार्वजनिक उत्तर हिंदी में होंगे।');

    const community = await t.core.community({ platform: 'telegram', chatId: String(group.id) });
    expect(community.language).toBe('hi');
    const today = localDateOf(t.clock.now(), community.timezone);
    const pick = t.content.daily(today);
    const claimed = await t.database.store.dailyPosts.claim(
      community.id,
      today,
      { factId: pick.fact.id, questionId: pick.question.id },
      'test',
      t.clock.now(),
      60_000,
    );
    const since = fake.calls.length;
    const sent = await adapter.sendDaily(community, t.core.dailyReply(community, claimed!));
    await t.database.store.dailyPosts.markPosted(claimed!.id, 'test', sent, t.clock.now());
    const delivered = fake.sentTo(group.id, since);
    const text = delivered
      .filter((m) => m.method === 'sendMessage')
      .map((m) => m.result.text as string)
      .join('\n');
    const poll = delivered.find((m) => m.method === 'sendPoll')!;
    const question = localizeQuestion(pick.question, 'hi');
    expect(text).toContain(localizeFact(pick.fact, 'hi').title);
    expect(poll.status).toBe(200); // the fake enforces 300 / 100 / 200 characters
    expect(poll.params.question).toBe(question.format === 'single' ? question.prompt : question.leadIn);
    expect(poll.params.question).toMatch(DEVANAGARI);
    expect(poll.params.options.map((o: { text: string }) => o.text)).toEqual(question.pollOptions);

    // Meera chooses English in the group; both vote; each result comes privately in their language.
    expect(await ask(group, meera, '/language en')).toMatch(
      /replies that only you see will now be in English/,
    );
    // Results go to a private chat with the bot, which a member opens by pressing Start.
    for (const member of [meera, ravi]) await ask(tgPrivate(member), member, '/start');
    const english = pick.question;
    const votedSince = fake.calls.length;
    fake.pollAnswer(sent.answerRef!, meera, [english.answer]);
    fake.pollAnswer(sent.answerRef!, ravi, [english.answer]);
    const privately = (user: FakeUser) =>
      until(
        async () =>
          fake
            .sentTo(user.id, votedSince)
            .map((m) => m.result.text as string)
            .join('\n'),
        (s) => s.length > 0,
      );
    const hers = await privately(meera);
    const his = await privately(ravi);
    expect(hers).toContain(english.explanation.trim().slice(0, 50));
    expect(hers).not.toMatch(DEVANAGARI);
    expect(his).toContain(question.explanation.trim().slice(0, 50));
  });

  it('finds the Shinkansen fact for /fact शिंकानसेन and /fact bullet train, in the group and privately', async () => {
    for (const topic of ['शिंकानसेन', 'bullet train']) {
      expect(await ask(group, ravi, `/fact ${topic}`), topic).toContain('शिंकानसेन प्रौद्योगिकी');
      expect(await ask(tgPrivate(meera), meera, `/fact ${topic}`), topic).toContain('Shinkansen technology');
    }
  });
});
