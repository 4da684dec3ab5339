// The Telegram half of scheduler-broadcast.bench.ts: one scheduler tick posting the daily question to
// `groups` Telegram groups through the real grammY adapter, against the fake Bot API server that
// enforces Telegram's flood limits (30 messages in any second, 20 a minute per group). The bound is
// the time Telegram's 30 messages a second allow for the messages the broadcast sent; the figure is
// the tick's time over that bound (target: within 1.05), with every 429 counted.
import { createTelegramAdapter } from '../src/adapters/telegram/index.ts';
import type { StudyCore } from '../src/core/engine.ts';
import type { Clock } from '../src/core/types.ts';
import type { Logger } from '../src/log.ts';
import { Scheduler } from '../src/scheduler/index.ts';
import type { Db } from '../src/store/index.ts';
import { FakeTelegram, tgGroup } from '../tests/e2e/fakes/telegram-server.ts';
import { TELEGRAM_LIMITS } from '../tests/e2e/fakes/telegram-limits.ts';

const TOKEN = '7000000098:AABenchBroadcastToken_abcdefghijkl';

export interface TelegramBroadcast {
  groups: number;
  messages: number;
  seconds: number;
  boundSeconds: number;
  rateLimited: number;
  posted: number;
}

export async function telegramBroadcast(
  deps: { db: Db; core: StudyCore; clock: Clock; log: Logger },
  groups: number,
): Promise<TelegramBroadcast> {
  const fake = await FakeTelegram.start(TOKEN);
  const chats = Array.from({ length: groups }, (_, i) => fake.addChat(tgGroup(-1009800000000 - i, `G${i}`)));
  await deps.db.community.createMany({
    data: chats.map((c) => ({ platform: 'telegram', externalId: String(c.id) })),
  });
  const adapter = createTelegramAdapter({
    core: deps.core,
    token: TOKEN,
    apiRoot: fake.apiRoot,
    log: deps.log,
  });
  try {
    await adapter.start();
    const scheduler = new Scheduler({ ...deps, adapters: [adapter], instanceId: 'bench-telegram' });
    const since = fake.calls.length;
    const started = performance.now();
    const report = await scheduler.tick();
    const seconds = (performance.now() - started) / 1000;
    const calls = fake.calls.slice(since);
    const messages = calls.filter((c) => /^send/.test(c.method) && c.status === 200).length;
    const { count, ms } = TELEGRAM_LIMITS.global;
    return {
      groups,
      messages,
      seconds,
      boundSeconds: (messages / count) * (ms / 1000),
      rateLimited: calls.filter((c) => c.status === 429).length,
      posted: report.posted,
    };
  } finally {
    await adapter.stop();
    await fake.close();
  }
}
