// UPSC formats on Telegram end to end: the real grammY bot against the fake Bot API, over a real
// core on PostgreSQL. A `statements`, a `pairs` and an `assertion-reason` question are each forced
// as a group's daily question: the body goes in a message, the quiz poll replies to it with the
// lead-in, members vote, those who started the bot get the full solution privately, nobody in the
// group sees a reason before the day closes, and the group gets the solution when it does.
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TelegramAdapter } from '../../src/adapters/telegram/index.ts';
import type { Question } from '../../src/content/index.ts';
import { localDateOf } from '../../src/core/time.ts';
import type { TestCore } from '../helpers/core.ts';
import { postTodaysDaily } from '../helpers/daily.ts';
import { firstOfFormat, reasons } from '../helpers/questions.ts';
import { startTelegramBot, type TelegramBot } from '../helpers/telegramBot.ts';
import { until } from '../helpers/wait.ts';
import {
  FakeTelegram,
  tgChannel,
  tgGroup,
  tgPrivate,
  tgUser,
  type FakeChat,
  type RecordedCall,
} from './fakes/telegram-server.ts';

const TOKEN = '7000000001:AAFakeTelegramTokenForFormats_0123456';

let fake: FakeTelegram;
let t: TestCore;
let adapter: TelegramAdapter;
let bot: TelegramBot | undefined;
const logLines: string[] = [];

const started = tgUser(201, 'Meera'); // has pressed Start in a private chat with the bot
const stranger = tgUser(202, 'Kabir'); // never has

beforeAll(async () => {
  const log = pino({ level: 'debug' }, { write: (line: string) => void logLines.push(line) });
  bot = await startTelegramBot({ token: TOKEN, log, chats: [tgPrivate(started)] });
  ({ fake, t, adapter } = bot);
});

afterAll(() => bot?.close());

const firstOf = (format: Question['format']) => firstOfFormat(t.content, format);

/** The scheduler's steps with the day's question forced: claim the post, send it, mark it posted. */
async function postDaily(chat: FakeChat, question: Question) {
  const community = await t.core.community({
    platform: 'telegram',
    chatId: String(chat.id),
    title: chat.title,
  });
  const { post, sent } = await postTodaysDaily(t, adapter, community, question.id);
  return { community, post, sent };
}

const textOf = (call: RecordedCall): string => call.result?.text ?? '';

describe.each([
  ['statements', -1001000000101],
  ['pairs', -1001000000102],
  ['assertion-reason', -1001000000103],
] as const)('a %s question as the daily question in a group', (format, chatId) => {
  const group = tgGroup(chatId, `UPSC ${format}`);

  it('is a message with the body, then a quiz poll replying to it: lead-in, short options, all within limits', async () => {
    const q = firstOf(format);
    fake.addChat(group);
    const since = fake.calls.length;
    const { post, sent } = await postDaily(group, q);
    const [fact, body, poll] = fake.sentTo(group.id, since);
    expect([fact?.method, body?.method, poll?.method]).toEqual(['sendMessage', 'sendMessage', 'sendPoll']);
    expect(textOf(fact!)).toContain(t.content.fact(post.factId)!.title);

    // The body: stem, then numbered statements / the pairs under their headings / Statement-I and II.
    const shown = textOf(body!);
    expect(shown.startsWith(q.prompt)).toBe(true);
    if (format === 'statements')
      q.statements!.forEach((s, i) => expect(shown).toContain(`${i + 1}. ${s.text}`));
    if (format === 'pairs') {
      expect(shown).toContain(`${q.columns![0]} — ${q.columns![1]}`);
      q.pairs!.forEach((p, i) => expect(shown).toContain(`${i + 1}. ${p.left} — ${p.right}`));
    }
    if (format === 'assertion-reason') {
      expect(shown).toContain(`Statement-I: ${q.statementI!.text}`);
      expect(shown).toContain(`Statement-II: ${q.statementII!.text}`);
    }

    // The poll quotes the body and asks the lead-in; the fake enforced 300/100/200 and 2 line feeds.
    expect(poll!.status).toBe(200);
    expect(poll!.params.reply_parameters.message_id).toBe(body!.result.message_id);
    expect(poll!.result.reply_to_message.message_id).toBe(body!.result.message_id);
    expect(poll!.params).toMatchObject({
      type: 'quiz',
      is_anonymous: false,
      question: q.leadIn,
      correct_option_id: q.answer,
      explanation: q.explanation,
    });
    expect(poll!.params.question.length).toBeLessThanOrEqual(300);
    const options = poll!.params.options.map((o: { text: string }) => o.text);
    expect(options).toEqual(q.pollOptions);
    for (const o of options) expect(o.length).toBeLessThanOrEqual(100);
    if (format === 'assertion-reason') expect(options).not.toEqual(q.options); // the full wording is > 100
    expect(poll!.params.explanation.length).toBeLessThanOrEqual(200);
    expect(sent.answerRef).toBe(poll!.result.poll.id);
  });

  it('sends the full solution privately to a voter who started the bot; a stranger is skipped quietly; the group sees no reason', async () => {
    const q = firstOf(format);
    const post = (await t.database.store.dailyPosts.find(
      (await t.core.community({ platform: 'telegram', chatId: String(group.id) })).id,
      localDateOf(t.clock.now(), 'Asia/Kolkata'),
    ))!;
    const since = fake.calls.length;
    fake.pollAnswer(post.answerRef!, started, [q.answer]);
    fake.pollAnswer(post.answerRef!, stranger, [(q.answer + 1) % 4]);
    const privately = await fake.waitFor(
      'sendMessage',
      (c) => String(c.params.chat_id) === String(started.id) && c.status === 200,
      { since },
    );
    const text = textOf(privately);
    expect(text).toMatch(/^✅ Correct: \([a-d]\)/);
    expect(text).toContain('Solution');
    for (const why of reasons(q)) expect(text).toContain(why);
    const refused = await fake.waitFor(
      'sendMessage',
      (c) => String(c.params.chat_id) === String(stranger.id),
      {
        since,
      },
    );
    expect(refused.status).toBe(403);
    await until(
      () => t.database.db.answer.count({ where: { dailyPostId: post.id } }),
      (n) => n === 2,
    );
    // 403 from a member who never started the bot is normal: not a warning.
    const warnings = logLines.map((l) => JSON.parse(l)).filter((l) => l.level >= 40);
    expect(warnings.filter((w) => /solution/.test(w.msg))).toEqual([]);
    // Nothing public gives a reason away before the day closes.
    const publicText = fake.sentTo(group.id).map((c) => textOf(c) + (c.result?.poll?.explanation ?? ''));
    for (const why of reasons(q)) for (const m of publicText) expect(m).not.toContain(why);
  });

  it('posts the full solution to the group, replying to the poll, when the day closes', async () => {
    const q = firstOf(format);
    const community = await t.core.community({ platform: 'telegram', chatId: String(group.id) });
    const post = (await t.database.store.dailyPosts.find(
      community.id,
      localDateOf(t.clock.now(), 'Asia/Kolkata'),
    ))!;
    const since = fake.calls.length;
    await adapter.closeDaily!(community, post.messageRef!, post.id);
    const stop = await fake.waitFor('stopPoll', () => true, { since });
    expect(stop.result.is_closed).toBe(true);
    const solution = await fake.waitFor('sendMessage', (c) => String(c.params.chat_id) === String(group.id), {
      since,
    });
    expect(solution.status).toBe(200);
    expect(solution.result.reply_to_message.message_id).toBe(stop.params.message_id);
    const text = textOf(solution);
    expect(text).toContain(`Answer: (${'abcd'[q.answer]}) ${q.options[q.answer]}`);
    for (const why of reasons(q)) expect(text).toContain(why);
    expect(text.length).toBeLessThanOrEqual(4096);
  });
});

describe('a statements question with buttons (a channel, where polls cannot be non-anonymous)', () => {
  it('shows the whole body with options (a)-(d); a tap gets a short alert and the full solution privately', async () => {
    const q = firstOf('statements');
    const channel = fake.addChat(tgChannel(-1001000000110, 'UPSC channel'));
    const since = fake.calls.length;
    await postDaily(channel, q);
    expect(fake.callsOf('sendPoll', since)).toHaveLength(0);
    const [message] = fake.sentTo(channel.id, since);
    const text = textOf(message!);
    q.statements!.forEach((s, i) => expect(text).toContain(`${i + 1}. ${s.text}`));
    expect(text).toContain(q.leadIn!);
    q.options.forEach((o, i) => expect(text).toContain(`(${'abcd'[i]}) ${o}`));
    for (const why of reasons(q)) expect(text).not.toContain(why);
    const buttons = message!.params.reply_markup.inline_keyboard.flat();
    expect(buttons.map((b: { text: string }) => b.text)).toEqual(['(a)', '(b)', '(c)', '(d)']);

    const tap = fake.tap(started, message!.result, buttons[q.answer].callback_data);
    const alert = await fake.waitFor('answerCallbackQuery', (c) => c.params.callback_query_id === tap, {
      since,
    });
    expect(alert.params.text).toMatch(/^Correct: \([a-d]\)/);
    expect(alert.params.text.length).toBeLessThanOrEqual(200);
    const privately = await fake.waitFor(
      'sendMessage',
      (c) => String(c.params.chat_id) === String(started.id) && c.status === 200,
      { since },
    );
    for (const why of reasons(q)) expect(textOf(privately)).toContain(why);
  });
});
