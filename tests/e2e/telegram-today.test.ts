// The reminder's "Today's question" on Telegram end to end (real grammY against the fake Bot API,
// real core, scheduler and PostgreSQL; days moved by the injectable clock). A group's question is a
// quiz poll, which cannot be answered from a private chat: the button shows it there with answer
// buttons, and an answer counts for the group's streak exactly as a vote would — once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TelegramAdapter } from '../../src/adapters/telegram/index.ts';
import type { Scheduler } from '../../src/scheduler/index.ts';
import type { Community } from '../../src/store/index.ts';
import type { TestCore } from '../helpers/core.ts';
import { postTodaysDaily } from '../helpers/daily.ts';
import { testScheduler } from '../helpers/scheduler.ts';
import { startTelegramBot, type TelegramBot } from '../helpers/telegramBot.ts';
import { inlineButtons as buttons, sendAndWait } from '../helpers/telegramChat.ts';
import { until } from '../helpers/wait.ts';
import {
  FakeTelegram,
  tgGroup,
  tgPrivate,
  tgUser,
  type FakeChat,
  type FakeUser,
} from './fakes/telegram-server.ts';

const TOKEN = '7000000015:AAFakeTelegramTokenForTodayTests_0123';
let fake: FakeTelegram;
let t: TestCore;
let adapter: TelegramAdapter;
let scheduler: Scheduler;
let bot: TelegramBot | undefined;
const asha = tgUser(311, 'Asha');
const group = tgGroup(-100311, 'UPSC prep');
const dm = tgPrivate(asha);

beforeAll(async () => {
  bot = await startTelegramBot({ token: TOKEN, username: 'StudyTodayBot', chats: [group, dm] });
  ({ fake, t, adapter } = bot);
  scheduler = testScheduler(t, [adapter]);
});
afterAll(async () => {
  await scheduler?.stop();
  await bot?.close();
});

const ask = (chat: FakeChat, from: FakeUser, text: string) => sendAndWait(fake, chat, from, text);
/** Taps a button and returns the alert the bot answered the tap with ('' for none). */
async function tapAlert(message: unknown, data: string): Promise<string> {
  const id = fake.tap(asha, message as Record<string, unknown>, data);
  const answered = await fake.waitFor('answerCallbackQuery', (c) => c.params.callback_query_id === id);
  return String(answered.params.text ?? '');
}

describe("today's question from the reminder, on Telegram", () => {
  it('is shown privately with buttons, counts for the group streak, and only once', async () => {
    await ask(group, asha, '/streak');
    const community: Community = (await t.database.store.communities.find('telegram', String(group.id)))!;
    const answers = (postId: number) => t.database.db.answer.count({ where: { dailyPostId: postId } });

    // Day 1: Asha votes in the group's quiz poll, and asks for a 07:30 reminder in her private chat.
    const day1 = await postTodaysDaily(t, adapter, community);
    fake.pollAnswer(day1.sent.answerRef!, asha, [0]);
    await until(
      () => answers(day1.post.id),
      (n) => n === 1,
    );
    await ask(dm, asha, '/remind 07:30 Asia/Kolkata');

    // Day 2: the question is out at 07:00; the reminder at 07:30 offers it.
    t.clock.set('2026-11-28T01:30:00Z');
    const day2 = await postTodaysDaily(t, adapter, community);
    t.clock.set('2026-11-28T02:00:00Z');
    const since = fake.calls.length;
    expect((await scheduler.tick()).reminders).toBe(1);
    const [reminder, ...more] = fake.sentTo(dm.id, since);
    expect(more).toHaveLength(0);
    expect(String(reminder!.params.text)).toContain(
      "Today's question not answered yet — your 1-day streak is at risk",
    );
    expect(buttons(reminder!)).toContainEqual({ text: "Today's question", callback_data: 'tq' });

    // The button: the question in the private chat, with answer buttons (no poll there).
    const before = fake.calls.length;
    expect(await tapAlert(reminder!.result, 'tq')).toBe('');
    const shown = await fake.waitFor(
      'sendMessage',
      (c) => String(c.params.chat_id) === String(dm.id) && c.status === 200 && buttons(c).length === 4,
      { since: before },
    );
    expect(String(shown.params.text)).toContain("Today's question in UPSC prep");
    expect(fake.callsOf('sendPoll', before)).toHaveLength(0);
    const key = t.content.question(day2.post.questionId)!.answer;
    expect(buttons(shown).map((b) => b.callback_data)).toEqual(
      [0, 1, 2, 3].map((i) => `ta:${day2.post.id}:${i}`),
    );

    expect(await tapAlert(shown.result, `ta:${day2.post.id}:${key}`)).toMatch(/Correct[\s\S]*Streak: 2 days/);
    const memberId = (await t.database.store.standings.findMember('telegram', String(asha.id)))!.id;
    expect(await t.database.store.standings.membership(community.id, memberId)).toMatchObject({
      currentStreak: 2,
      answered: 2,
    });
    // A second tap is told the first answer; nothing changes.
    expect(await tapAlert(shown.result, `ta:${day2.post.id}:${(key + 1) % 4}`)).toContain(
      'You already answered',
    );
    expect(await answers(day2.post.id)).toBe(1);
    expect(await t.database.store.standings.membership(community.id, memberId)).toMatchObject({
      currentStreak: 2,
      answered: 2,
    });

    // Answered: the button now says nothing waits.
    expect(await tapAlert(reminder!.result, 'tq')).toContain('No question is waiting for you now');
  });
});
