// GET /metrics after a short real run: the real grammY bot against the fake Bot API server (which
// answers one send with a 429), the real scheduler posting the daily question, a member's vote and
// a practice tap, all over a real PostgreSQL. Every series an operator's dashboard reads must be there
// with the values this run produced.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTelegramAdapter, type TelegramAdapter } from '../../src/adapters/telegram/index.ts';
import { createHttpServer, type HttpServer } from '../../src/http/server.ts';
import { createLogger } from '../../src/log.ts';
import { Scheduler } from '../../src/scheduler/index.ts';
import { createTestCore, type TestCore } from '../helpers/core.ts';
import { until } from '../helpers/wait.ts';
import { FakeTelegram, tgGroup, tgUser } from './fakes/telegram-server.ts';

const TOKEN = '7000000013:AAMetricsTestToken_abcdefghijklmnop';
const log = createLogger(process.env.TEST_LOG_LEVEL ?? 'silent', false);
const group = tgGroup(-1001000001301, 'Metrics room');
const asha = tgUser(1301, 'Asha');
const bina = tgUser(1302, 'Bina');

let fake: FakeTelegram;
let t: TestCore;
let http: HttpServer;
let adapter: TelegramAdapter;
let base: string;

beforeAll(async () => {
  fake = await FakeTelegram.start(TOKEN);
  fake.addChat(group);
  t = await createTestCore({ now: '2026-11-27T06:00:00Z' });
  http = createHttpServer(log);
  base = `http://127.0.0.1:${await http.listen(0, '127.0.0.1')}`;
  adapter = createTelegramAdapter({ core: t.core, token: TOKEN, apiRoot: fake.apiRoot, log });
  await adapter.start();
});

afterAll(async () => {
  await adapter?.stop();
  await http?.close();
  await fake?.close();
  await t?.close();
});

/** The samples of a Prometheus text exposition, keyed `name{labels}` as written. */
function samples(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const at = line.lastIndexOf(' ');
    out.set(line.slice(0, at), Number(line.slice(at + 1)));
  }
  return out;
}

describe('GET /metrics', () => {
  it('exposes answers, daily posts, 429s and retries, queue depth, command and query latency, lag and RSS', async () => {
    // A command whose reply Telegram answers 429 once: auto-retry waits the second out and sends again.
    fake.fail('sendMessage', { status: 429, retryAfter: 1 });
    let since = fake.calls.length;
    fake.sendText(group, asha, '/quiz');
    const quiz = await fake.waitFor(
      'sendMessage',
      (c) => String(c.params.chat_id) === String(group.id) && c.status === 200,
      { since, timeoutMs: 10_000 },
    );
    // A practice tap, then the scheduler's daily post and a vote on its poll.
    since = fake.calls.length;
    const keyboard = quiz.result.reply_markup.inline_keyboard as { callback_data: string }[][];
    fake.tap(bina, quiz.result, keyboard[0]![0]!.callback_data);
    await fake.waitFor('answerCallbackQuery', () => true, { since });
    const scheduler = new Scheduler({
      core: t.core,
      adapters: [adapter],
      clock: t.clock,
      log,
      instanceId: 'm',
    });
    await scheduler.tick();
    const poll = fake.callsOf('sendPoll').find((c) => c.status === 200);
    expect(poll).toBeDefined();
    fake.pollAnswer(poll!.result.poll.id as string, asha, [0]);
    await until(
      () => t.database.db.answer.count(),
      (n) => n === 1,
    );

    const res = await fetch(`${base}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const tg = 'platform="telegram"';
    // The vote's private solution may still be on its way out: scrape again until it has left.
    const m = await until(
      async () => samples(await (await fetch(`${base}/metrics`)).text()),
      (x) => x.get(`studybot_send_queue_depth{${tg}}`) === 0,
    );
    expect(m.get(`studybot_answers_recorded_total{${tg},kind="daily"}`)).toBe(1);
    expect(m.get(`studybot_answers_recorded_total{${tg},kind="practice"}`)).toBe(1);
    expect(m.get(`studybot_daily_posts_total{${tg},outcome="sent"}`)).toBe(1);
    expect(m.get(`studybot_platform_rate_limited_total{${tg}}`)).toBe(1);
    expect(m.get(`studybot_platform_retries_total{${tg}}`)).toBe(1);
    // Everything sent has left the queue.
    expect(m.get(`studybot_send_queue_depth{${tg}}`)).toBe(0);
    expect(m.get(`studybot_command_duration_seconds_count{${tg},command="quiz"}`)).toBe(1);
    const quizSeconds = m.get(`studybot_command_duration_seconds_sum{${tg},command="quiz"}`)!;
    expect(quizSeconds).toBeGreaterThan(0);
    expect(quizSeconds).toBeLessThan(10);
    // Every statement of the run: the community, the post, the answers, the scheduler's queries.
    expect(m.get('studybot_db_query_duration_seconds_count')).toBeGreaterThanOrEqual(5);
    expect(m.get('studybot_db_query_duration_seconds_sum')).toBeGreaterThan(0);
    expect(m.get('studybot_db_query_duration_seconds_bucket{le="+Inf"}')).toBe(
      m.get('studybot_db_query_duration_seconds_count'),
    );
    expect(m.get('nodejs_eventloop_lag_seconds')).toBeGreaterThanOrEqual(0);
    expect(m.get('nodejs_eventloop_lag_p99_seconds')).toBeGreaterThan(0);
    expect(m.get('process_resident_memory_bytes')).toBeGreaterThan(20 * 1024 * 1024);
  });
});
