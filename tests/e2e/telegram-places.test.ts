// Where an answer or a daily post belongs, end to end through the real grammY bot against the fake
// Bot API server: a tap counts only in its own chat, a private chat gets daily posts only after it
// asks for them, and control characters in a command never reach the database.
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTelegramAdapter, type TelegramAdapter } from '../../src/adapters/telegram/index.ts';
import { localDateOf } from '../../src/core/time.ts';
import type { TestCore } from '../helpers/core.ts';
import { testScheduler } from '../helpers/scheduler.ts';
import { startTelegramBot, type TelegramBot } from '../helpers/telegramBot.ts';
import { sendAndWait } from '../helpers/telegramChat.ts';
import { until } from '../helpers/wait.ts';
import {
  FakeTelegram,
  tgChannel,
  tgGroup,
  tgPrivate,
  tgUser,
  type FakeChat,
  type FakeUser,
} from './fakes/telegram-server.ts';

const TOKEN = '7000000002:AAFakeTelegramTokenForPlaceTests_01234';

let fake: FakeTelegram;
let t: TestCore;
let adapter: TelegramAdapter;
let bot: TelegramBot | undefined;

beforeAll(async () => {
  // 11:30 in Kolkata: past the default 08:00 post time, so every active community is due.
  bot = await startTelegramBot({ token: TOKEN, username: 'StudyPlacesBot', now: '2026-11-27T06:00:00Z' });
  ({ fake, t, adapter } = bot);
});

afterAll(() => bot?.close());

const ask = async (chat: FakeChat, from: FakeUser, text: string) =>
  (await sendAndWait(fake, chat, from, text)).result.text as string;

const scheduler = () => testScheduler(t, [adapter]);

describe('private chats', () => {
  it('50 private chats that send a command get no daily post; the one that runs /setup gets it', async () => {
    const users = Array.from({ length: 50 }, (_, i) => tgUser(600_000 + i, `Student${i}`));
    const chats = users.map(tgPrivate);
    const start = fake.calls.length;
    users.forEach((u, i) => fake.sendText(chats[i]!, u, '/streak'));
    // Every chat got its answer (Telegram's pace limits the bot to about 30 messages a second).
    await until(
      async () =>
        new Set(
          fake
            .callsOf('sendMessage', start)
            .filter((c) => c.status === 200)
            .map((c) => c.params.chat_id),
        ).size,
      (n) => n === users.length,
      { timeoutMs: 30_000 },
    );
    const help = await ask(chats[0]!, users[0]!, '/help');
    expect(help).toContain('Daily posts are off here (waiting for /setup)');
    expect(help).toContain('run /setup with a time');

    // Blocking and unblocking the bot does not sign a member up either.
    fake.botMembership(chats[3]!, users[3]!, 'member', 'kicked');
    fake.botMembership(chats[3]!, users[3]!, 'kicked', 'member');
    await ask(chats[3]!, users[3]!, '/help');

    const since = fake.calls.length;
    const quiet = await scheduler().tick();
    expect(quiet.due).toBe(0);
    expect(fake.callsOf('sendPoll', since)).toHaveLength(0);

    const done = await ask(chats[7]!, users[7]!, '/setup 08:00 Asia/Kolkata');
    expect(done).toContain('Daily post scheduled');
    const after = fake.calls.length;
    const report = await scheduler().tick();
    expect(report).toMatchObject({ due: 1, posted: 1 });
    const polls = fake.callsOf('sendPoll', after);
    expect(polls.map((c) => String(c.params.chat_id))).toEqual([String(chats[7]!.id)]);
  });
});

describe('answer buttons', () => {
  it("a member of one chat who sends another chat's button data is told the button no longer works; nothing is recorded", async () => {
    // Channels get the daily question with buttons: `d:<post id>:<choice>`.
    const a = fake.addChat(tgChannel(-1001000000701, 'Channel A'));
    const b = fake.addChat(tgChannel(-1001000000702, 'Channel B'));
    const mallory = tgUser(701, 'Mallory');
    // First contact makes each channel a community.
    for (const chat of [a, b]) await ask(chat, mallory, '/help');
    const since = fake.calls.length;
    await scheduler().tick();
    const [messageA] = fake.sentTo(a.id, since);
    expect(fake.sentTo(b.id, since)).not.toHaveLength(0);
    const today = localDateOf(t.clock.now(), 'Asia/Kolkata');
    const communityB = await t.database.store.communities.find('telegram', String(b.id));
    const postB = await t.database.store.dailyPosts.find(communityB!.id, today);
    expect(postB?.state).toBe('posted');

    const tap = fake.tap(mallory, messageA!.result, `d:${postB!.id}:0`);
    const alert = await fake.waitFor('answerCallbackQuery', (c) => c.params.callback_query_id === tap, {
      since,
    });
    expect(alert.params.text).toBe('This button no longer works. Try /daily or /quiz.');
    expect(await t.database.db.answer.count({ where: { dailyPostId: postB!.id } })).toBe(0);
    expect(await t.database.db.member.count({ where: { externalId: String(mallory.id) } })).toBe(0);

    // The same data from B's own message counts.
    const [messageB] = fake.sentTo(b.id, since);
    const own = fake.tap(mallory, messageB!.result, `d:${postB!.id}:0`);
    const ok = await fake.waitFor('answerCallbackQuery', (c) => c.params.callback_query_id === own, {
      since,
    });
    expect(ok.params.text).toMatch(/^(Correct|Not quite)/);
    expect(await t.database.db.answer.count({ where: { dailyPostId: postB!.id } })).toBe(1);
  });
});

describe('control characters', () => {
  it('a NUL byte in an argument is cleaned, not "something went wrong"', async () => {
    const user = tgUser(702, 'Nul');
    const chat = tgPrivate(user);
    const fact = await ask(chat, user, '/fact ce\u0000pa');
    expect(fact).not.toMatch(/Something went wrong/);
    expect(fact).toMatch(/CEPA/);
    const streak = await ask(chat, user, '/streak Ra\u0000vi\u0007');
    expect(streak).not.toMatch(/Something went wrong/);
    expect(streak).toContain('"Ravi" hasn\'t answered a daily question here yet.');
  });
});

describe('a daily post resumed after a crash', () => {
  it('records the fact before sending the question, and a resumed post sends only what is missing', async () => {
    const group = fake.addChat(tgGroup(-1001000000703, 'Resumed group'));
    const user = tgUser(703, 'Asha');
    await ask(group, user, '/help');
    const community = (await t.database.store.communities.find('telegram', String(group.id)))!;
    const today = localDateOf(t.clock.now(), community.timezone);
    const post = await t.core.todaysPost(community, today);
    const reply = t.core.dailyReply(community, post);

    // First attempt: the fact goes out and is recorded, then the question.
    const recorded: number[] = [];
    let since = fake.calls.length;
    await adapter.sendDaily(community, reply, { sent: 0, record: async (n) => void recorded.push(n) });
    const first = fake.sentTo(group.id, since).map((c) => c.method);
    expect(first.at(-1)).toBe('sendPoll');
    expect(recorded).toEqual(first.slice(0, -1).map((_, i) => i + 1));

    // Another process (a fresh adapter, nothing in memory) takes over a post whose fact was sent.
    const other = createTelegramAdapter({
      core: t.core,
      token: TOKEN,
      apiRoot: fake.apiRoot,
      log: pino({ level: 'silent' }),
    });
    since = fake.calls.length;
    await other.sendDaily(community, reply, { sent: recorded.at(-1)!, record: async () => undefined });
    expect(fake.sentTo(group.id, since).map((c) => c.method)).toEqual(['sendPoll']);
  });
});
