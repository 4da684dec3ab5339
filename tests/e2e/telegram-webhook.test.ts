// Webhook mode: the real grammY bot behind the process's HTTP server. Telegram (here the fake Bot API
// server) POSTs updates with the secret header registered through setWebhook; anything without the
// right secret is refused with 401 before its body is read.
import http from 'node:http';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpServer, type HttpServer } from '../../src/http/server.ts';
import { createLogger } from '../../src/log.ts';
import { startTelegramBot, type TelegramBot } from '../helpers/telegramBot.ts';
import { FakeTelegram, tgPrivate, tgUser } from './fakes/telegram-server.ts';

const TOKEN = '7000000002:AAWebhookTestToken_abcdefghijklmnop';
const SECRET = 'webhook-secret_0123456789';

let fake: FakeTelegram;
let server: HttpServer;
let bot: TelegramBot | undefined;
let url: string;
const user = tgUser(401, 'Hook');

beforeAll(async () => {
  const log = createLogger('silent', false);
  // Short header timeout so the slowloris test is quick; the production default is 10 s.
  server = createHttpServer(log, undefined, { headersTimeoutMs: 1000 });
  const port = await server.listen(0, '127.0.0.1');
  url = `http://127.0.0.1:${port}/telegram/webhook`;
  bot = await startTelegramBot({
    token: TOKEN,
    log,
    adapter: { webhook: { url, secret: SECRET, http: server } },
  });
  ({ fake } = bot);
});

afterAll(async () => {
  await bot?.close();
  await server?.close();
});

const commandUpdate = (text: string) => ({
  message: {
    message_id: 1,
    from: user,
    chat: tgPrivate(user),
    date: Math.floor(Date.now() / 1000),
    text,
    entities: [{ type: 'bot_command', offset: 0, length: text.split(' ')[0]!.length }],
  },
});

/** A raw POST whose body arrives only after the response would have been decided. */
function postSlowBody(secret: string | undefined): Promise<{ status: number; bodySent: boolean }> {
  return new Promise((resolve, reject) => {
    let bodySent = false;
    const req = http.request(
      url,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(secret ? { 'x-telegram-bot-api-secret-token': secret } : {}),
        },
      },
      (res) => {
        res.resume();
        resolve({ status: res.statusCode ?? 0, bodySent });
        req.destroy();
      },
    );
    req.on('error', (err) => (bodySent ? undefined : reject(err)));
    req.flushHeaders();
    // The body would take a second to arrive; a server that reads it first answers only after that.
    setTimeout(() => {
      bodySent = true;
      req.end('{"update_id": 1, "message": ');
    }, 1000);
  });
}

describe('webhook mode', () => {
  it('registers the webhook with its secret and the update types it handles, and does not long-poll', () => {
    expect(fake.webhook).toMatchObject({ url, secret: SECRET });
    expect(fake.webhook!.allowedUpdates).toEqual(
      expect.arrayContaining(['message', 'callback_query', 'poll_answer', 'my_chat_member']),
    );
    expect(fake.callsOf('getUpdates')).toHaveLength(0);
  });

  it('handles an update posted with the right secret', async () => {
    fake.addChat(tgPrivate(user));
    const since = fake.calls.length;
    expect(await fake.deliverWebhook(commandUpdate('/fact cepa'))).toBe(200);
    const reply = await fake.waitFor('sendMessage', (c) => c.status === 200, { since });
    expect(reply.result.text).toContain('Comprehensive Economic Partnership Agreement (CEPA)');
  });

  it('refuses a wrong or missing secret with 401, without acting on the update', async () => {
    const since = fake.calls.length;
    expect(await fake.deliverWebhook(commandUpdate('/fact cepa'), { secret: 'wrong-secret' })).toBe(401);
    expect(await fake.deliverWebhook(commandUpdate('/fact cepa'), { secret: null })).toBe(401);
    // Same length as the real secret, one character off.
    expect(await fake.deliverWebhook(commandUpdate('/help'), { secret: SECRET.replace(/.$/, 'X') })).toBe(
      401,
    );
    await new Promise((r) => setTimeout(r, 300));
    expect(fake.calls.slice(since)).toHaveLength(0);
  });

  it('answers 401 before reading the body, and 400 (not a crash) for a malformed body with the secret', async () => {
    const started = Date.now();
    const wrong = await postSlowBody('wrong-secret');
    expect(wrong).toEqual({ status: 401, bodySent: false });
    expect(Date.now() - started).toBeLessThan(900);
    expect(await fake.deliverWebhook({}, { body: '{"update_id": 1, "message": ' })).toBe(400);
    // Still serving.
    const since = fake.calls.length;
    expect(await fake.deliverWebhook(commandUpdate('/fact malabar'))).toBe(200);
    const reply = await fake.waitFor('sendMessage', (c) => c.status === 200, { since });
    expect(reply.result.text).toContain('Malabar');
  });
});

/**
 * Streams `total` bytes to the webhook in 64 kB chunks, with or without a Content-Length; resolves
 * with the status and how much of the body had been written when the answer came.
 */
function postLargeBody(
  total: number,
  declareLength: boolean,
): Promise<{ status: number; sentBytes: number }> {
  return new Promise((resolve, reject) => {
    let sent = 0;
    let done = false;
    const req = http.request(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-telegram-bot-api-secret-token': SECRET,
        ...(declareLength ? { 'content-length': String(total) } : {}),
      },
    });
    req.on('response', (res) => {
      done = true;
      res.resume();
      resolve({ status: res.statusCode ?? 0, sentBytes: sent });
      req.destroy();
    });
    req.on('error', (err) => (done ? undefined : reject(err)));
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    const pump = () => {
      if (done || sent >= total) return void req.end();
      sent += chunk.length;
      req.write(chunk);
      setTimeout(pump, 5);
    };
    pump();
  });
}

/** A slowloris client: sends one header line every 200 ms and never finishes. Resolves when closed. */
function slowHeaders(): Promise<number> {
  return new Promise((resolve) => {
    const started = Date.now();
    const socket = net.connect(new URL(url).port as unknown as number, '127.0.0.1');
    let n = 0;
    const timer = setInterval(() => {
      if (!socket.destroyed)
        socket.write(n++ === 0 ? 'POST /telegram/webhook HTTP/1.1\r\n' : `x-slow-${n}: a\r\n`);
    }, 200);
    socket.on('error', () => undefined);
    socket.resume();
    socket.on('close', () => {
      clearInterval(timer);
      resolve(Date.now() - started);
    });
    // The test's own bound: a server that never closes it fails the assertion below.
    setTimeout(() => socket.destroy(), 8000);
  });
}

describe('webhook limits', () => {
  it('refuses a 10 MB body with 413 before reading it, with or without a Content-Length', async () => {
    const total = 10 * 1024 * 1024;
    const declared = await postLargeBody(total, true);
    expect(declared.status).toBe(413);
    expect(declared.sentBytes).toBeLessThan(total / 2);
    const chunked = await postLargeBody(total, false);
    expect(chunked.status).toBe(413);
    expect(chunked.sentBytes).toBeLessThan(total / 2);
    // Still serving.
    const since = fake.calls.length;
    expect(await fake.deliverWebhook(commandUpdate('/fact cepa'))).toBe(200);
    await fake.waitFor('sendMessage', (c) => c.status === 200, { since });
  });

  it('closes connections that send their headers too slowly (slowloris)', async () => {
    const lifetimes = await Promise.all(Array.from({ length: 20 }, () => slowHeaders()));
    // headersTimeoutMs is 1 s here; Node checks it every half second.
    for (const ms of lifetimes) expect(ms).toBeLessThan(4000);
  });
});
