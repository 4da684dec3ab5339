// A flood of private chats: every outgoing queue is bounded. Telegram accepts about 30 messages a
// second from a bot, so replies to a faster flood wait; a reply that cannot be sent within its bound
// is dropped with one log line instead of piling up in memory and arriving minutes late.
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTelegramBot, type TelegramBot } from '../helpers/telegramBot.ts';
import { until } from '../helpers/wait.ts';
import { FakeTelegram, tgPrivate, tgUser } from './fakes/telegram-server.ts';

const TOKEN = '7000000006:AAFloodTestToken_abcdefghijklmnopq';
const MAX_WAIT_MS = 1000;

let fake: FakeTelegram;
let bot: TelegramBot | undefined;
const logLines: string[] = [];

beforeAll(async () => {
  const log = pino({ level: 'info' }, { write: (line: string) => void logLines.push(line) });
  bot = await startTelegramBot({ token: TOKEN, log, adapter: { throttle: { maxWaitMs: MAX_WAIT_MS } } });
  ({ fake } = bot);
});

afterAll(() => bot?.close());

describe('a flood of private chats', () => {
  it('replies within the bound or drops the reply with one log line each', async () => {
    const since = fake.calls.length;
    const students = Array.from({ length: 150 }, (_, i) => tgUser(600_000 + i, `Student ${i}`));
    for (const s of students) {
      // Plain text in a private chat: answered with a pointer to the commands, no database work.
      fake.sendText(tgPrivate(s), s, 'hello');
    }
    const dropped = () => logLines.filter((l) => /could not send a reply/.test(l)).length;
    const replies = () => fake.callsOf('sendMessage', since).filter((c) => c.status === 200);
    await until(
      async () => replies().length + dropped(),
      (n) => n === students.length,
      { timeoutMs: 20_000, intervalMs: 100 },
    );
    // Some replies were dropped (the flood outran Telegram's pace) and each drop was logged once.
    expect(dropped()).toBeGreaterThan(0);
    expect(replies().length + dropped()).toBe(students.length);
  });
});
