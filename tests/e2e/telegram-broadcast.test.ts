// A daily post broadcast to 500 Telegram groups, by the real scheduler through the real grammY
// adapter, against the fake Bot API server enforcing Telegram's flood limits (30 messages in any
// second, 20 in any minute per group; tests/e2e/fakes/telegram-limits.ts). Nothing may be refused
// with 429, and a student who writes to the bot while the broadcast runs is answered before the
// broadcast's queue, not after it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TelegramAdapter } from '../../src/adapters/telegram/index.ts';
import { createLogger } from '../../src/log.ts';
import { Scheduler } from '../../src/scheduler/index.ts';
import type { TestCore } from '../helpers/core.ts';
import { startTelegramBot, type TelegramBot } from '../helpers/telegramBot.ts';
import { FakeTelegram, tgGroup, tgPrivate, tgUser, type RecordedCall } from './fakes/telegram-server.ts';

const TOKEN = '7000000031:AABroadcastTestToken_abcdefghijklm';
const GROUPS = 500;
const log = createLogger(process.env.TEST_LOG_LEVEL ?? 'silent', false);
const student = tgUser(3101, 'Meera');

let fake: FakeTelegram;
let t: TestCore;
let adapter: TelegramAdapter;
let bot: TelegramBot | undefined;

beforeAll(async () => {
  const groups = Array.from({ length: GROUPS }, (_, i) => tgGroup(-1003100000000 - i, `Group ${i}`));
  // 11:30 in Kolkata: every group's 08:00 post is due.
  bot = await startTelegramBot({ token: TOKEN, log, chats: [...groups, tgPrivate(student)] });
  ({ fake, t, adapter } = bot);
  await t.database.db.community.createMany({
    data: groups.map((g) => ({ platform: 'telegram', externalId: String(g.id), title: g.title ?? null })),
  });
});

afterAll(() => bot?.close());

const toGroup = (c: RecordedCall) => Number(c.params.chat_id) < 0 && /^send/.test(c.method);

describe('a daily post to 500 groups', () => {
  it(
    'goes out without a single 429, and a reply during it overtakes the queue',
    { timeout: 180_000 },
    async () => {
      const since = fake.calls.length;
      const scheduler = new Scheduler({
        core: t.core,
        adapters: [adapter],
        clock: t.clock,
        log,
        instanceId: 'b',
      });
      const tick = scheduler.tick();

      // A third of the way in, a student writes to the bot in private.
      await fake.waitFor('sendPoll', () => fake.callsOf('sendPoll', since).length >= GROUPS / 3, {
        since,
        timeoutMs: 60_000,
      });
      const asked = fake.calls.length;
      fake.sendText(tgPrivate(student), student, '/help');
      const reply = await fake.waitFor('sendMessage', (c) => Number(c.params.chat_id) === student.id, {
        since: asked,
        timeoutMs: 30_000,
      });
      const report = await tick;

      expect(fake.calls.slice(since).filter((c) => c.status === 429)).toEqual([]);
      expect(report.posted).toBe(GROUPS);
      const polls = fake.callsOf('sendPoll', since).filter((c) => c.status === 200);
      expect(new Set(polls.map((c) => String(c.params.chat_id))).size).toBe(GROUPS);
      expect(reply.status).toBe(200);
      // Replies go first: at most a few broadcast messages reach Telegram between the command and its
      // answer (the one already under way, and those sent while the command was fetched and handled:
      // at 30 a second, a loaded machine's 0.3 s), not the hundreds the broadcast keeps queued.
      const replyAt = fake.calls.indexOf(reply);
      const between = fake.calls.slice(asked, replyAt).filter(toGroup);
      expect(between.length).toBeLessThanOrEqual(10);
      const stillToGo = fake.calls.slice(replyAt).filter(toGroup);
      expect(stillToGo.length).toBeGreaterThan(0);
    },
  );
});
