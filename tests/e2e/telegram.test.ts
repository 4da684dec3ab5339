// The Telegram adapter end to end: the real grammY bot (long polling through @grammyjs/runner,
// throttler and auto-retry installed) against a fake Bot API server on 127.0.0.1, over a real core
// on a real PostgreSQL. What members of a group would see and what the database keeps.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTelegramAdapter, type TelegramAdapter } from '../../src/adapters/telegram/index.ts';
import { CommunityUnreachableError, type Reply } from '../../src/core/types.ts';
import { localDateOf } from '../../src/core/time.ts';
import type { Community } from '../../src/store/index.ts';
import type { TestCore } from '../helpers/core.ts';
import { startTelegramBot, type TelegramBot } from '../helpers/telegramBot.ts';
import {
  FakeTelegram,
  tgBasicGroup,
  tgChannel,
  tgGroup,
  tgPrivate,
  tgUser,
  type FakeChat,
  type FakeUser,
  type RecordedCall,
} from './fakes/telegram-server.ts';
import { until } from '../helpers/wait.ts';

const TOKEN = '7000000001:AAFakeTelegramTokenForTests_0123456789';
const BOT = 'StudyTestBot';

let fake: FakeTelegram;
let t: TestCore;
let adapter: TelegramAdapter;
let bot: TelegramBot | undefined;
const logLines: string[] = [];

const alice = tgUser(101, 'Alice', 'Sharma');
const bob = tgUser(102, 'Bob');
// A display name full of HTML: it must reach the chat as the same literal text.
const ravi = tgUser(103, '<b>Ravi</b> & "Co"', '<i>K</i>');
const dev = tgUser(104, 'Dev', 'Rao');

beforeAll(async () => {
  const log = pino({ level: 'debug' }, { write: (line: string) => void logLines.push(line) });
  bot = await startTelegramBot({ token: TOKEN, username: BOT, log });
  ({ fake, t, adapter } = bot);
});

afterAll(() => bot?.close());

/** A member writes `text`; resolves with the bot's next message in `replyChat` (default: that chat). */
async function ask(chat: FakeChat, from: FakeUser, text: string, replyChat: number = chat.id) {
  const since = fake.calls.length;
  const message = fake.sendText(chat, from, text);
  const reply = await fake.waitFor(
    'sendMessage',
    (c) => String(c.params.chat_id) === String(replyChat) && c.status === 200,
    { since },
  );
  return { message, reply, text: reply.result.text as string, since };
}

const place = (chat: FakeChat) => ({
  platform: 'telegram' as const,
  chatId: String(chat.id),
  title: chat.title,
});

async function community(chat: FakeChat): Promise<Community> {
  return t.core.community(place(chat));
}

/** What the scheduler does first: claim the day's post and build its reply. */
async function claimDaily(chat: FakeChat) {
  const c = await community(chat);
  const today = localDateOf(t.clock.now(), c.timezone);
  const pending = await t.core.todaysPost(c, today);
  const post = await t.database.store.dailyPosts.claim(
    c.id,
    today,
    { factId: pending.factId, questionId: pending.questionId },
    'test-scheduler',
    t.clock.now(),
    60_000,
  );
  if (!post) throw new Error('could not claim the daily post');
  return { community: c, post, reply: t.core.dailyReply(c, post) };
}

/** What the scheduler does: claim the day's post, send it through the adapter, mark it posted. */
async function postDaily(chat: FakeChat) {
  const { community: c, post, reply } = await claimDaily(chat);
  const sent = await adapter.sendDaily(c, reply);
  await t.database.store.dailyPosts.markPosted(post.id, 'test-scheduler', sent, t.clock.now());
  return { community: c, post, reply, sent, question: t.content.question(post.questionId)! };
}

const buttonsOf = (call: RecordedCall): { text: string; callback_data: string }[] =>
  (call.params.reply_markup?.inline_keyboard ?? []).flat();

describe('start-up', () => {
  it('identifies itself, publishes the command menus and long-polls for the updates it handles', async () => {
    expect(fake.callsOf('getMe').length).toBeGreaterThan(0);
    const menus = fake.callsOf('setMyCommands');
    const menu = (scope: string) =>
      menus
        .find((c) => c.params.scope?.type === scope)
        ?.params.commands.map((c: { command: string }) => c.command);
    expect(menu('all_private_chats')).toEqual(
      expect.arrayContaining(['help', 'fact', 'quiz', 'setup', 'leaderboard']),
    );
    expect(menu('all_chat_administrators')).toContain('setup');
    // Members of a group are not offered commands they may not use.
    expect(menu('all_group_chats')).toContain('streak');
    expect(menu('all_group_chats')).not.toContain('setup');
    expect(fake.callsOf('deleteWebhook')).toHaveLength(1);
    const poll = await fake.waitFor('getUpdates');
    expect(poll.params.allowed_updates).toEqual(
      expect.arrayContaining(['message', 'callback_query', 'poll_answer', 'my_chat_member']),
    );
  });
  it('refuses a wrong token with a clear error, and waits out an unreachable server; never shows the token', async () => {
    const wrongToken = '7000000009:AAWrongTokenForTheStartUpTest_987654';
    const lines: string[] = [];
    const log = pino({ level: 'debug' }, { write: (line: string) => void lines.push(line) });
    const adapterAt = (apiRoot: string) =>
      createTelegramAdapter({ core: t.core, token: wrongToken, apiRoot, log });
    const outcome = (p: Promise<void>) =>
      p.then(
        () => 'started',
        (e: Error) => e,
      );

    const unauthorized = await outcome(adapterAt(fake.apiRoot).start());
    expect(unauthorized).toBeInstanceOf(Error);
    expect((unauthorized as Error).message).toMatch(/could not identify the bot.*Unauthorized/);

    // Nothing listens on this port: the bot keeps retrying (the process stays up) until stopped.
    const closed = http.createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((r) => closed.close(r));
    const down = adapterAt(`http://127.0.0.1:${port}`);
    const starting = outcome(down.start());
    await until(
      async () => lines.filter((l) => l.includes('getMe failed; retrying')).length,
      (n) => n >= 2,
    );
    await down.stop();
    const stopped = await starting;
    expect(stopped).toBeInstanceOf(Error);

    const seen = JSON.stringify({
      lines,
      error: [unauthorized, stopped].map((e) => [String(e), (e as Error).cause]),
    });
    expect(seen).not.toContain(wrongToken.split(':')[1]!);
    expect(seen).toContain('[token]'); // the request URL was in the network error, blanked out
  });
});

describe('commands', () => {
  it('/start in a private chat explains the bot and lists every command', async () => {
    const { text, reply, message } = await ask(tgPrivate(alice), alice, '/start');
    expect(reply.params.parse_mode).toBe('HTML');
    expect(reply.params.reply_parameters.message_id).toBe(message.message_id);
    expect(text).toContain('Studybot');
    expect(text).toContain('/fact <topic>');
    expect(text).toContain('/setup'); // a user is admin of their own private chat
  });

  it('/fact cepa in private, /fact@Bot cepa in a group, and ignores commands meant for another bot', async () => {
    const priv = await ask(tgPrivate(bob), bob, '/fact cepa');
    expect(priv.text).toContain('Comprehensive Economic Partnership Agreement (CEPA)');

    const group = tgGroup(-1001000000010, 'UPSC Facts');
    const since = fake.calls.length;
    fake.sendText(group, bob, '/fact@OtherBot malabar');
    const mine = await ask(group, bob, `/fact@${BOT} cepa`);
    expect(mine.text).toContain('Comprehensive Economic Partnership Agreement (CEPA)');
    // Exactly one answer in the group: the one addressed to this bot.
    await new Promise((r) => setTimeout(r, 300));
    const sent = fake.sentTo(group.id, since);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.result.text).not.toMatch(/Malabar/);
  });

  it('a misspelt topic still finds its fact; an unknown one gets a friendly pointer to /topics', async () => {
    const chat = tgPrivate(dev);
    const misspelt = await ask(chat, dev, '/fact shinkansn');
    expect(misspelt.text).toContain('Shinkansen technology');
    const unknown = await ask(chat, dev, '/fact <xyzzy> & co');
    expect(unknown.text).toContain('I have no fact on "<xyzzy> & co"');
    expect(unknown.text).toContain('/topics');
    const command = await ask(chat, dev, '/frobnicate');
    expect(command.text).toContain("I don't know the command /frobnicate");
  });
});

describe('practice /quiz', () => {
  it('posts buttons; each tap is recorded and answered with an alert only the tapper sees', async () => {
    const group = tgGroup(-1001000000020, 'Quiz room');
    const { reply, text } = await ask(group, alice, '/quiz');
    const buttons = buttonsOf(reply);
    expect(buttons.map((b) => b.text)).toEqual(['(a)', '(b)', '(c)', '(d)']);
    for (const b of buttons) {
      expect(b.callback_data).toMatch(/^p:[a-z0-9-]+:\d$/);
      expect(Buffer.byteLength(b.callback_data)).toBeLessThanOrEqual(64);
    }
    const questionId = buttons[0]!.callback_data.split(':')[1]!;
    const question = t.content.question(questionId)!;
    expect(text).toContain(question.prompt);
    expect(text).toContain(`(a) ${question.options[0]}`);

    const wrong = (question.answer + 1) % 4;
    const since = fake.calls.length;
    const right = fake.tap(bob, reply.result, buttons[question.answer]!.callback_data);
    const bad = fake.tap(ravi, reply.result, buttons[wrong]!.callback_data);
    const rightAlert = await fake.waitFor(
      'answerCallbackQuery',
      (c) => c.params.callback_query_id === right,
      { since },
    );
    const badAlert = await fake.waitFor('answerCallbackQuery', (c) => c.params.callback_query_id === bad, {
      since,
    });
    expect(rightAlert.params.show_alert).toBe(true);
    expect(rightAlert.params.text).toMatch(/^Correct/);
    expect(badAlert.params.text).toMatch(/^Not quite: the answer is \([a-d]\)/);
    expect(rightAlert.params.text.length).toBeLessThanOrEqual(200);
    // Nothing was said in the group, so nobody else saw the answer.
    expect(fake.sentTo(group.id, since)).toHaveLength(0);
    const practice = await t.database.db.practiceAnswer.findMany({ where: { questionId } });
    expect(practice.map((p) => p.correct).sort()).toEqual([false, true]);
  });
});

describe('the daily question', () => {
  const group = tgGroup(-1001000000030, 'UPSC Morning <Batch> & Co');
  let daily: Awaited<ReturnType<typeof postDaily>>;

  it('is posted as the fact, then a non-anonymous quiz poll, through the scheduler interface', async () => {
    fake.addChat(group);
    const since = fake.calls.length;
    daily = await postDaily(group);
    const [factMessage, pollMessage] = fake.sentTo(group.id, since);
    expect(factMessage!.method).toBe('sendMessage');
    expect(factMessage!.result.text).toContain(t.content.fact(daily.post.factId)!.title);
    expect(pollMessage!.method).toBe('sendPoll');
    expect(pollMessage!.params).toMatchObject({
      type: 'quiz',
      is_anonymous: false,
      correct_option_id: daily.question.answer,
      question: daily.question.prompt,
    });
    expect(pollMessage!.params.open_period).toBeUndefined();
    expect(pollMessage!.params.explanation).toBe(daily.question.explanation);
    expect(daily.sent).toEqual({
      messageRef: `${group.id}:${pollMessage!.result.message_id}`,
      answerRef: pollMessage!.result.poll.id,
    });
  });

  it('records every member’s vote once: three members, one voting twice, one retracting', async () => {
    const pollId = daily.sent.answerRef!;
    const right = daily.question.answer;
    const wrong = (right + 1) % 4;
    const answers = () =>
      t.database.db.answer.findMany({ where: { dailyPostId: daily.post.id }, include: { member: true } });

    fake.pollAnswer(pollId, alice, [right]);
    await until(answers, (a) => a.length === 1);
    fake.pollAnswer(pollId, alice, [wrong]); // a second vote: the first one counts
    fake.pollAnswer(pollId, bob, [wrong]);
    fake.pollAnswer(pollId, bob, []); // retracted: ignored
    fake.pollAnswer(pollId, ravi, [right]);
    const rows = await until(answers, (a) => a.length === 3);
    await new Promise((r) => setTimeout(r, 300)); // let the duplicate land too
    const byUser = Object.fromEntries((await answers()).map((a) => [a.member.externalId, a]));
    expect(Object.keys(byUser).sort()).toEqual(['101', '102', '103']);
    expect(rows).toHaveLength(3);
    expect(byUser['101']).toMatchObject({ choice: right, correct: true });
    expect(byUser['102']).toMatchObject({ choice: wrong, correct: false });
    expect(byUser['103']).toMatchObject({ choice: right, correct: true });
    expect(byUser['103']!.member.displayName).toBe('<b>Ravi</b> & "Co" <i>K</i>');

    const memberships = await t.database.db.membership.findMany({
      where: { communityId: daily.community.id },
      include: { member: true },
    });
    const points = Object.fromEntries(
      memberships.map((m) => [m.member.externalId, [m.points, m.currentStreak]]),
    );
    expect(points).toEqual({ '101': [10, 1], '102': [0, 1], '103': [10, 1] });
  });

  it('/streak and /leaderboard show it, with display names exactly as members chose them', async () => {
    const streak = await ask(group, alice, '/streak');
    expect(streak.text).toContain('Current streak: 1 day');
    expect(streak.text).toContain('Points: 10');

    const board = await ask(group, bob, '/leaderboard');
    expect(board.text).toContain('Leaderboard · this week');
    const lines = board.text.split('\n');
    const rank = (name: string) => lines.findIndex((l) => l.includes(name));
    expect(rank('Alice Sharma')).toBeGreaterThan(0);
    expect(lines[rank('<b>Ravi</b> & "Co" <i>K</i>')]).toMatch(/10 pts/);
    expect(lines[rank('Bob')]).toMatch(/0 pts/);
    expect(rank('Bob')).toBeGreaterThan(rank('Alice Sharma'));
  });

  it('/daily in the group points to the poll instead of posting a second question', async () => {
    const since = fake.calls.length;
    const { reply } = await ask(group, dev, '/daily');
    const pollMessageId = Number(daily.sent.messageRef.split(':')[1]);
    expect(reply.params.reply_parameters.message_id).toBe(pollMessageId);
    expect(reply.result.text).toContain('quiz poll');
    expect(buttonsOf(reply)).toHaveLength(0);
    expect(fake.callsOf('sendPoll', since)).toHaveLength(0);
  });

  it('/answer in the group sends the verdict privately and tells the group nothing about the answer', async () => {
    const right = daily.question.answer;
    const letter = 'ABCD'[right]!;
    fake.addChat(tgPrivate(dev)); // Dev has started the bot, so it may write to him
    const withDm = await ask(group, dev, `/answer ${letter}`, dev.id);
    expect(withDm.text).toMatch(/^✅ Correct/);
    const ack = await fake.waitFor('sendMessage', (c) => String(c.params.chat_id) === String(group.id), {
      since: withDm.since,
    });
    expect(ack.result.text).toContain("I've sent you the result privately");

    // Someone who never opened a chat with the bot: told how to get results, not the answer.
    const erin = tgUser(105, 'Erin');
    const noDm = await ask(group, erin, `/answer ${'ABCD'[(right + 1) % 4]}`);
    expect(noDm.text).toContain(`open a private chat with me (@${BOT})`);
    expect(noDm.text).not.toMatch(/Not quite|Correct|answer is \([a-d]\)/);
    expect(noDm.text).not.toContain(daily.question.options[right]!);
    const rows = await t.database.db.answer.count({ where: { dailyPostId: daily.post.id } });
    expect(rows).toBe(5);
  });

  it('closes the poll when the scheduler closes the day', async () => {
    const since = fake.calls.length;
    await adapter.closeDaily!(daily.community, daily.sent.messageRef);
    const stop = await fake.waitFor('stopPoll', () => true, { since });
    expect(stop.status).toBe(200);
    expect(stop.result.is_closed).toBe(true);
    // Closing twice is harmless.
    await expect(adapter.closeDaily!(daily.community, daily.sent.messageRef)).resolves.toBeUndefined();
  });
});

describe('daily question elsewhere', () => {
  it('in a channel (no non-anonymous polls) comes with buttons; a tap is recorded with a private alert', async () => {
    const channel = fake.addChat(tgChannel(-1001000000040, 'UPSC Channel'));
    const since = fake.calls.length;
    const daily = await postDaily(channel);
    expect(fake.callsOf('sendPoll', since)).toHaveLength(0);
    const [message] = fake.sentTo(channel.id, since);
    const buttons = buttonsOf(message!);
    expect(buttons.map((b) => b.callback_data)).toEqual([0, 1, 2, 3].map((i) => `d:${daily.post.id}:${i}`));
    expect(daily.sent.answerRef).toBeUndefined();
    expect(daily.sent.messageRef).toBe(`${channel.id}:${message!.result.message_id}:kb`);

    const tap = fake.tap(bob, message!.result, buttons[daily.question.answer]!.callback_data);
    const alert = await fake.waitFor('answerCallbackQuery', (c) => c.params.callback_query_id === tap, {
      since,
    });
    expect(alert.params.text).toMatch(/^Correct/);
    expect(alert.params.text).toContain('Streak: 1 day');
    const again = fake.tap(bob, message!.result, buttons[(daily.question.answer + 1) % 4]!.callback_data);
    const second = await fake.waitFor('answerCallbackQuery', (c) => c.params.callback_query_id === again, {
      since,
    });
    expect(second.params.text).toContain('Only your first answer counts');
    expect(await t.database.db.answer.count({ where: { dailyPostId: daily.post.id } })).toBe(1);

    await adapter.closeDaily!(daily.community, daily.sent.messageRef);
    const edit = await fake.waitFor('editMessageReplyMarkup', () => true, { since });
    expect(edit.params.reply_markup).toEqual({ inline_keyboard: [] });
  });

  it('/daily in a group before the day’s post comes with buttons that count for the streak', async () => {
    const group = tgGroup(-1001000000050, 'Early birds');
    const { reply } = await ask(group, alice, '/daily');
    const buttons = buttonsOf(reply);
    expect(buttons).toHaveLength(4);
    const [, postId] = buttons[0]!.callback_data.split(':');
    const post = await t.database.store.dailyPosts.byId(Number(postId));
    const question = t.content.question(post!.questionId)!;
    const since = fake.calls.length;
    const tap = fake.tap(alice, reply.result, buttons[question.answer]!.callback_data);
    const alert = await fake.waitFor('answerCallbackQuery', (c) => c.params.callback_query_id === tap, {
      since,
    });
    expect(alert.params.text).toMatch(/^Correct/);
    expect(await t.database.db.answer.count({ where: { dailyPostId: post!.id } })).toBe(1);
  });
});

describe('admins', () => {
  it('/setup works for an admin, is politely refused to others, and the admin check is cached', async () => {
    const group = tgGroup(-1001000000060, 'Setup group');
    fake.setMemberStatus(group.id, alice.id, 'administrator');
    fake.setMemberStatus(group.id, bob.id, 'member');

    const refused = await ask(group, bob, `/setup@${BOT} 09:00 Asia/Tokyo`);
    expect(refused.text).toContain("Only the group's admins can use /setup");
    expect((await community(group)).postTime).toBe('08:00');

    const since = fake.calls.length;
    const done = await ask(group, alice, '/setup 07:30 Asia/Tokyo');
    expect(done.text).toContain('Daily post scheduled');
    expect(done.text).toContain('07:30 (Asia/Tokyo)');
    const saved = await community(group);
    expect([saved.postTime, saved.timezone, saved.active]).toEqual(['07:30', 'Asia/Tokyo', true]);
    expect(fake.callsOf('getChatMember', since).map((c) => Number(c.params.user_id))).toEqual([alice.id]);

    const again = await ask(group, alice, '/pause');
    expect(again.text).toContain('Daily post paused');
    expect(fake.callsOf('getChatMember', since)).toHaveLength(1); // cached
    expect((await community(group)).active).toBe(false);
  });
});

describe('limits and faults', () => {
  it('waits out a 429 for its retry_after, then delivers', async () => {
    const chat = tgPrivate(tgUser(201, 'Rate'));
    fake.fail(
      'sendMessage',
      { status: 429, retryAfter: 1 },
      { match: (p) => String(p.chat_id) === String(chat.id) },
    );
    const since = fake.calls.length;
    const { reply } = await ask(chat, tgUser(201, 'Rate'), '/topics');
    const attempts = fake
      .callsOf('sendMessage', since)
      .filter((c) => String(c.params.chat_id) === String(chat.id));
    expect(attempts.map((c) => c.status)).toEqual([429, 200]);
    expect(reply.at - attempts[0]!.at).toBeGreaterThanOrEqual(1000);
  });

  it('a 403 on a command reply marks the community inactive; the scheduler gets CommunityUnreachableError', async () => {
    const group = tgGroup(-1001000000070, 'Gone group');
    fake.addChat(group);
    const c = await community(group);
    expect(c.active).toBe(true);
    fake.fail(
      'sendMessage',
      { status: 403, description: 'Forbidden: bot was kicked from the supergroup chat' },
      {
        match: (p) => String(p.chat_id) === String(group.id),
      },
    );
    fake.sendText(group, alice, '/help');
    const inactive = await until(
      () => community(group),
      (x) => !x.active,
    );
    expect(inactive.inactiveReason).toContain('bot was kicked');

    fake.kick(group.id);
    const reply: Reply = { visibility: 'public', tone: 'info', lines: ['Weekly summary'] };
    await expect(adapter.sendMessage(c, reply)).rejects.toBeInstanceOf(CommunityUnreachableError);
    const today = localDateOf(t.clock.now(), c.timezone);
    const post = await t.core.todaysPost(c, today);
    await expect(adapter.sendDaily(c, t.core.dailyReply(c, post))).rejects.toBeInstanceOf(
      CommunityUnreachableError,
    );
  });

  it('being removed from a group marks it inactive; being added back reactivates it and says hello', async () => {
    const group = tgGroup(-1001000000080, 'Comes and goes');
    fake.addChat(group);
    await community(group);
    fake.botMembership(group, alice, 'member', 'kicked');
    await until(
      () => community(group),
      (x) => !x.active,
    );
    const since = fake.calls.length;
    fake.botMembership(group, alice, 'left', 'member');
    await until(
      () => community(group),
      (x) => x.active,
    );
    const hello = await fake.waitFor('sendMessage', (c) => String(c.params.chat_id) === String(group.id), {
      since,
    });
    expect(hello.result.text).toContain('/setup 07:30 Asia/Kolkata');
  });

  it('splits long messages under 4096 characters of valid HTML, paced at about one a second per group', async () => {
    const group = fake.addChat(tgGroup(-1001000000090, 'Long read'));
    const c = await community(group);
    const lines = Array.from({ length: 200 }, (_, i) => `Line ${i}: <tag> & "quotes" ${'x'.repeat(20)}`);
    const since = fake.calls.length;
    await adapter.sendMessage(c, { visibility: 'public', tone: 'info', title: 'Summary', lines });
    const parts = fake.sentTo(group.id, since);
    expect(parts.length).toBeGreaterThan(2);
    for (const p of parts) expect(p.params.text.length).toBeLessThanOrEqual(4096);
    const received = parts.map((p) => p.result.text as string).join('\n');
    expect(received).toBe(['Summary', '', ...lines].join('\n'));
    const gaps = parts.slice(1).map((p, i) => p.at - parts[i]!.at);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(900);
  });

  it('survives dropped connections (a reply, a getUpdates) and never logs the token', async () => {
    const chat = tgPrivate(tgUser(301, 'Net'));
    const net = tgUser(301, 'Net');
    fake.drop('sendMessage');
    const since = fake.calls.length;
    fake.sendText(chat, net, '/help');
    await until(async () => logLines.some((l) => l.includes('could not send a reply')), Boolean);
    expect(fake.callsOf('sendMessage', since).map((c) => c.status)).toEqual([0]);

    // The poll in flight returns with this message; the next one is dropped and retried.
    fake.drop('getUpdates');
    const after = await ask(chat, net, '/fact cepa');
    expect(after.text).toContain('CEPA');
    const another = await ask(chat, net, '/fact malabar');
    expect(another.text).toContain('Malabar');
    expect(logLines.some((l) => l.includes('getUpdates failed'))).toBe(true);
    expect(logLines.join('\n')).not.toContain(TOKEN);
    expect(logLines.join('\n')).not.toContain(TOKEN.split(':')[1]!);
  });
});

describe('a daily post retried after a failure part-way', () => {
  it('does not post the fact again: one fact and one poll reach the chat', async () => {
    const group = fake.addChat(tgGroup(-1001000000100, 'Retry room'));
    const { community: c, post, reply } = await claimDaily(group);
    const since = fake.calls.length;
    // The fact goes out, then the poll fails: a dropped connection, then a 429 longer than the
    // adapter waits out. Each time the scheduler sees an error and retries later.
    fake.drop('sendPoll');
    await expect(adapter.sendDaily(c, reply)).rejects.toThrow();
    fake.fail('sendPoll', { status: 429, retryAfter: 3600 });
    await expect(adapter.sendDaily(c, reply)).rejects.toThrow();
    expect(fake.sentTo(group.id, since).map((m) => m.method)).toEqual(['sendMessage']);

    const sent = await adapter.sendDaily(c, reply);
    const delivered = fake.sentTo(group.id, since);
    expect(delivered.map((m) => m.method)).toEqual(['sendMessage', 'sendPoll']);
    expect(delivered[0]!.result.text).toContain(t.content.fact(post.factId)!.title);
    expect(fake.callsOf('sendPoll', since).map((m) => m.status)).toEqual([0, 429, 200]);
    expect(sent).toEqual({
      messageRef: `${group.id}:${delivered[1]!.result.message_id}`,
      answerRef: delivered[1]!.result.poll.id,
    });

    // Sent again after all (its recording failed, say): nothing more reaches the chat.
    const after = fake.calls.length;
    await expect(adapter.sendDaily(c, reply)).resolves.toEqual(sent);
    expect(fake.sentTo(group.id, after)).toHaveLength(0);
  });
});

describe('a group upgraded to a supergroup', () => {
  it('keeps its community: the member’s streak and points follow it to the new chat id', async () => {
    const group = fake.addChat(tgBasicGroup(-4000000101, 'Small study group'));
    const daily = await postDaily(group);
    fake.pollAnswer(daily.sent.answerRef!, dev, [daily.question.answer]);
    await until(
      () => t.database.db.answer.count({ where: { dailyPostId: daily.post.id } }),
      (n) => n === 1,
    );

    const supergroup = fake.migrateToSupergroup(group, -1001000000110, dev);
    const moved = await until(
      () => t.database.store.communities.byId(daily.community.id),
      (x) => x?.externalId === String(supergroup.id),
    );
    expect(moved!.active).toBe(true);
    expect(await t.database.store.communities.find('telegram', String(group.id))).toBeNull();

    const streak = await ask(supergroup, dev, '/streak');
    expect(streak.text).toContain('Current streak: 1 day');
    expect(streak.text).toContain('Points: 10');
    // /streak found the moved community instead of starting an empty one.
    expect((await community(supergroup)).id).toBe(daily.community.id);
  });

  it('a post to the old id moves the community and fails retryably; the retry reaches the supergroup', async () => {
    const group = fake.addChat(tgBasicGroup(-4000000102, 'Quiet group'));
    const { community: stale, reply } = await claimDaily(group);
    // Telegram's service messages have not been handled yet when the scheduler posts.
    const supergroup = fake.migrateToSupergroup(group, -1001000000120, alice, false);
    const error = await adapter.sendDaily(stale, reply).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(CommunityUnreachableError);
    const fresh = (await t.database.store.communities.byId(stale.id))!;
    expect([fresh.externalId, fresh.active]).toEqual([String(supergroup.id), true]);

    const since = fake.calls.length;
    const sent = await adapter.sendDaily(fresh, reply);
    expect(fake.sentTo(supergroup.id, since).map((m) => m.method)).toEqual(['sendMessage', 'sendPoll']);
    expect(sent.messageRef.startsWith(`${supergroup.id}:`)).toBe(true);
  });

  it('leaves both communities alone when the supergroup already has its own', async () => {
    const group = fake.addChat(tgBasicGroup(-4000000103, 'Late mover'));
    const old = await community(group);
    const supergroup = fake.addChat(tgGroup(-1001000000130, 'Late mover'));
    const existing = await community(supergroup);
    fake.migrateToSupergroup(group, supergroup.id, alice);
    await until(
      async () => logLines.filter((l) => l.includes('already has its own community')).length,
      (n) => n > 0,
    );
    expect((await t.database.store.communities.byId(old.id))!.externalId).toBe(String(group.id));
    expect((await t.database.store.communities.byId(existing.id))!.externalId).toBe(String(supergroup.id));
  });
});
