// For the people who run a Telegram study group (issue 15), end to end through the real grammY bot,
// the real scheduler and the fake Bot API: in a forum group the daily post and, when the day ends,
// its solution go to the topic where /setup was run; /preview reaches the admin privately, never the
// group; and the admin who ran /setup is told privately, once, when the bot can no longer post.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TelegramAdapter } from '../../src/adapters/telegram/index.ts';
import type { Scheduler } from '../../src/scheduler/index.ts';
import type { TestCore } from '../helpers/core.ts';
import { testScheduler } from '../helpers/scheduler.ts';
import { startTelegramBot, type TelegramBot } from '../helpers/telegramBot.ts';
import { sendAndWait } from '../helpers/telegramChat.ts';
import {
  FakeTelegram,
  tgGroup,
  tgPrivate,
  tgUser,
  type FakeChat,
  type FakeUser,
} from './fakes/telegram-server.ts';

const TOKEN = '7000000015:AAFakeTelegramTokenForGroupTests_0123';

let fake: FakeTelegram;
let t: TestCore;
let adapter: TelegramAdapter;
let scheduler: Scheduler;
let bot: TelegramBot | undefined;

const admin = tgUser(715_001, 'Asha');
const member = tgUser(715_002, 'Ravi');

beforeAll(async () => {
  // 07:00 in Kolkata on 27 Nov: before the 08:00 post time.
  bot = await startTelegramBot({ token: TOKEN, username: 'StudyGroupsBot', now: '2026-11-27T01:30:00Z' });
  ({ fake, t, adapter } = bot);
  scheduler = testScheduler(t, [adapter]);
  t.core.attachPosting(scheduler);
});

afterAll(() => bot?.close());

/** Sends a command and returns the text of the bot's first message to `to` (default: the same chat). */
const ask = async (chat: FakeChat, from: FakeUser, text: string, extra = {}, to: FakeChat = chat) =>
  (await sendAndWait(fake, chat, from, text, { extra, to })).result.text as string;

describe('forum groups', () => {
  it("the daily post and the day's solution go to the topic where /setup was run", async () => {
    const forum = fake.addChat({ ...tgGroup(-100_715_000_001, 'UPSC forum'), is_forum: true });
    const topic = fake.addTopic(forum, 77);
    fake.setMemberStatus(forum.id, admin.id, 'administrator');
    const setup = await ask(forum, admin, '/setup 08:00', {
      message_thread_id: topic,
      is_topic_message: true,
    });
    expect(setup).toContain('The daily post and its solution go to this topic.');

    t.clock.set('2026-11-27T06:00:00Z');
    const since = fake.calls.length;
    await scheduler.tick();
    const sent = fake.sentTo(forum.id, since);
    expect(sent.map((c) => c.method)).toContain('sendPoll');
    for (const call of sent) expect(call.params.message_thread_id).toBe(topic);
    expect(sent.every((c) => c.result.is_topic_message)).toBe(true);

    // The next morning the poll is stopped and the solution posted, in the same topic.
    t.clock.set('2026-11-28T01:00:00Z');
    const close = fake.calls.length;
    await scheduler.tick();
    await fake.waitFor('stopPoll', () => true, { since: close });
    const solution = await fake.waitFor('sendMessage', (c) => String(c.params.chat_id) === String(forum.id), {
      since: close,
    });
    expect(solution.status).toBe(200);
    expect(solution.params.message_thread_id).toBe(topic);
    t.clock.set('2026-11-27T01:30:00Z');
  });
});

describe('/preview', () => {
  it("sends tomorrow's post to the admin's private chat; the group only hears that it was sent", async () => {
    const group = fake.addChat(tgGroup(-100_715_000_002, 'UPSC 2027'));
    fake.setMemberStatus(group.id, admin.id, 'administrator');
    fake.addChat(tgPrivate(admin));
    const since = fake.calls.length;
    const inGroup = await ask(group, admin, '/preview');
    expect(inGroup).toBe("Asha, I've sent you tomorrow's post privately, so the group isn't spoiled.");
    const tomorrow = t.content.daily('2026-11-28');
    const privately = fake
      .sentTo(admin.id, since)
      .map((c) => c.result.text as string)
      .join('\n');
    expect(privately).toContain(tomorrow.fact.title);
    expect(privately).toContain('Answer: (');
    expect(
      fake
        .sentTo(group.id, since)
        .map((c) => c.result.text)
        .join('\n'),
    ).not.toContain(tomorrow.fact.title);
  });

  it('a member is refused', async () => {
    const group = fake.addChat(tgGroup(-100_715_000_003, 'UPSC 2028'));
    expect(await ask(group, member, '/preview')).toContain("Only the group's admins can use /preview.");
  });
});

describe('when the bot can no longer post', () => {
  it('tells the admin who ran /setup privately, once, with what to do', async () => {
    const group = fake.addChat(tgGroup(-100_715_000_004, 'UPSC Mains'));
    fake.setMemberStatus(group.id, admin.id, 'administrator');
    fake.addChat(tgPrivate(admin));
    await ask(group, admin, '/setup 08:00');
    fake.kick(group.id);
    t.clock.set('2026-11-27T06:00:00Z');
    const since = fake.calls.length;
    await scheduler.tick();
    await scheduler.tick();
    const notes = fake.sentTo(admin.id, since).map((c) => c.result.text as string);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toContain('I can no longer post the daily question in UPSC Mains');
    expect(notes[0]).toContain('then run /setup in the chat');
  });
});
