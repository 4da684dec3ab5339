// A flood of private chats: every outgoing queue is bounded. Telegram accepts about 30 messages a
// second from a bot, so replies to a faster flood wait; a reply that cannot be sent within its bound
// is dropped with one log line instead of piling up in memory and arriving minutes late.
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTelegramAdapter, type TelegramAdapter } from '../../src/adapters/telegram/index.ts';
import { createTestCore, type TestCore } from '../helpers/core.ts';
import { until } from '../helpers/wait.ts';
import { FakeTelegram, tgPrivate, tgUser } from './fakes/telegram-server.ts';

const TOKEN = '7000000006:AAFloodTestToken_abcdefghijklmnopq';
const MAX_WAIT_MS = 1000;

let fake: FakeTelegram;
let t: TestCore;
let adapter: TelegramAdapter;
const logLines: string[] = [];

beforeAll(async () => {
  fake = await FakeTelegram.start(TOKEN);
  t = await createTestCore();
  const log = pino({ level: 'info' }, { write: (line: string) => void logLines.push(line) });
  adapter = createTelegramAdapter({
    core: t.core,
    token: TOKEN,
    apiRoot: fake.apiRoot,
    log,
    throttle: { maxWaitMs: MAX_WAIT_MS },
  });
  await adapter.start();
});

afterAll(async () => {
  await adapter?.stop();
  await fake?.close();
  await t?.close();
});

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
