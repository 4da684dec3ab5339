// The real grammY adapter over a real core, against the fake Bot API server: the set-up most
// Telegram end-to-end files share (discordBot.ts is its Discord twin). Each file still names its own
// token and bot, so a failure points at the file whose bot misbehaved.
import type { Logger } from 'pino';
import { pino } from 'pino';
import {
  createTelegramAdapter,
  type TelegramAdapter,
  type TelegramAdapterOptions,
} from '../../src/adapters/telegram/index.ts';
import { FakeTelegram, type FakeChat } from '../e2e/fakes/telegram-server.ts';
import { createTestCore, type TestCore } from './core.ts';

export interface TelegramBot {
  t: TestCore;
  fake: FakeTelegram;
  adapter: TelegramAdapter;
  close(): Promise<void>;
}

/** What the adapter takes beyond the parts this helper wires: webhook, throttle, onFatal, ... */
type AdapterExtras = Partial<Omit<TelegramAdapterOptions, 'core' | 'token' | 'apiRoot' | 'log'>>;

export async function startTelegramBot(options: {
  token: string;
  /** The bot's @username, for tests that check links to it (t.me/<username>?start=...). */
  username?: string;
  /** The core's clock; default Friday 27 Nov 2026, 11:30 in Kolkata (past the 08:00 post time). */
  now?: string;
  /** Chats the bot is in before it starts (a private chat: the member has pressed Start). */
  chats?: FakeChat[];
  /** Silent unless a test reads the log lines. */
  log?: Logger;
  adapter?: AdapterExtras;
}): Promise<TelegramBot> {
  const fake = await FakeTelegram.start(options.token, options.username);
  for (const chat of options.chats ?? []) fake.addChat(chat);
  const t = await createTestCore({ now: options.now ?? '2026-11-27T06:00:00Z' });
  const adapter = createTelegramAdapter({
    core: t.core,
    token: options.token,
    apiRoot: fake.apiRoot,
    log: options.log ?? pino({ level: 'silent' }),
    ...options.adapter,
  });
  await adapter.start();
  return {
    t,
    fake,
    adapter,
    // The adapter first: stop() waits for updates still being handled, which need the database.
    async close() {
      await adapter.stop();
      await fake.close();
      await t.close();
    },
  };
}
