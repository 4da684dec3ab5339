// Long polling that never stalls silently: the real grammY runner against the fake Bot API server,
// which answers getUpdates with a 409 Conflict (a second poller during a rolling deploy), a 5xx or a
// 401 (token revoked). Passing trouble is waited out; lasting trouble is reported in one sentence,
// which makes /health unhealthy (the process then exits for its orchestrator to restart it).
import { afterEach, describe, expect, it } from 'vitest';
import { createHttpServer, UnhealthyError, type HttpServer } from '../../src/http/server.ts';
import { createLogger } from '../../src/log.ts';
import { startTelegramBot, type TelegramBot } from '../helpers/telegramBot.ts';
import { until } from '../helpers/wait.ts';
import { FakeTelegram, tgPrivate, tgUser } from './fakes/telegram-server.ts';

const TOKEN = '7000000005:AAPollingTestToken_abcdefghijklmnop';
const CONFLICT =
  'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running';
const user = tgUser(501, 'Poll');

let bot: TelegramBot | undefined;
let http: HttpServer | undefined;

afterEach(async () => {
  await bot?.close();
  await http?.close();
  bot = http = undefined;
});

/** Starts the bot as main does: a fatal report makes /health unhealthy. Returns what it reported. */
async function startBot(conflictLimitMs?: number) {
  const log = createLogger('silent', false);
  const reasons: string[] = [];
  http = createHttpServer(log, async () => {
    if (reasons[0]) throw new UnhealthyError(reasons[0]);
    return {};
  });
  const port = await http.listen(0, '127.0.0.1');
  bot = await startTelegramBot({
    token: TOKEN,
    log,
    adapter: { conflictLimitMs, onFatal: (reason) => reasons.push(reason) },
  });
  const { fake } = bot;
  const health = async () => {
    const res = await fetch(`http://127.0.0.1:${port}/health`);
    return { status: res.status, body: (await res.json()) as { ok: boolean; reason?: string } };
  };
  return { fake, reasons, health };
}

/** A member sends /help privately; resolves when the bot answered (the bot is still polling). */
async function helpAnswered(fake: FakeTelegram) {
  const since = fake.calls.length;
  fake.sendText(tgPrivate(user), user, '/help');
  await fake.waitFor('sendMessage', (c) => c.status === 200, { since, timeoutMs: 15_000 });
}

describe('long polling through getUpdates failures', () => {
  it('waits out a short 409 Conflict and 5xx errors, then goes on answering', async () => {
    const { fake, reasons, health } = await startBot();
    fake.fail('getUpdates', { status: 409, description: CONFLICT }, { times: 3 });
    fake.fail('getUpdates', { status: 502, description: 'Bad Gateway' }, { times: 2 });
    await until(
      async () => fake.callsOf('getUpdates').filter((c) => c.status >= 400).length,
      (n) => n === 5,
      { timeoutMs: 15_000 },
    );
    await helpAnswered(fake);
    expect(fake.callsOf('getUpdates').filter((c) => c.status === 409)).toHaveLength(3);
    expect(reasons).toEqual([]);
    expect((await health()).status).toBe(200);
  });

  it('reports a conflict that outlasts the limit in one sentence, and /health turns unhealthy', async () => {
    const { fake, reasons, health } = await startBot(1500);
    fake.fail('getUpdates', { status: 409, description: CONFLICT }, { times: Infinity });
    await until(
      async () => reasons.length,
      (n) => n > 0,
      { timeoutMs: 15_000 },
    );
    expect(reasons).toHaveLength(1);
    expect(reasons[0]).toMatch(/409 Conflict.*another process is polling with this bot token/);
    const h = await health();
    expect(h.status).toBe(503);
    expect(h.body).toEqual({ ok: false, reason: reasons[0] });
  });

  it('reports a revoked token (401) at once', async () => {
    const { fake, reasons, health } = await startBot();
    fake.fail('getUpdates', { status: 401, description: 'Unauthorized' }, { times: Infinity });
    await until(
      async () => reasons.length,
      (n) => n > 0,
      { timeoutMs: 10_000 },
    );
    expect(reasons).toEqual([expect.stringMatching(/401 Unauthorized.*TELEGRAM_BOT_TOKEN/)]);
    expect(reasons[0]).not.toContain(TOKEN);
    expect((await health()).status).toBe(503);
  });
});
