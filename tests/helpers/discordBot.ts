// The real discord.js adapter over a real core, against the fake Discord with the given servers:
// the set-up most Discord end-to-end files share.
import type { Logger } from 'pino';
import { pino } from 'pino';
import {
  createDiscordAdapter,
  type DiscordAdapter,
  type DiscordAdapterOptions,
} from '../../src/adapters/discord/index.ts';
import { FakeDiscord, type FakeGuild } from '../e2e/fakes/discord-server.ts';
import { createTestCore, type TestCore } from './core.ts';

export interface DiscordBot {
  t: TestCore;
  fake: FakeDiscord;
  adapter: DiscordAdapter;
  close(): Promise<void>;
}

/** What the adapter takes beyond the parts this helper wires: count pacing, onFatal, ... */
type AdapterExtras = Partial<
  Omit<DiscordAdapterOptions, 'core' | 'token' | 'applicationId' | 'apiUrl' | 'log'>
>;

export async function startDiscordBot(options: {
  token: string;
  applicationId: string;
  guilds: FakeGuild[];
  now?: string;
  /** The fake gateway's shard count, for the sharding test. */
  shards?: number;
  /** Silent unless a test reads the log lines. */
  log?: Logger;
  adapter?: AdapterExtras;
}): Promise<DiscordBot> {
  const t = await createTestCore({ now: options.now ?? '2026-11-27T06:00:00Z' });
  const fake = await FakeDiscord.start({
    token: options.token,
    applicationId: options.applicationId,
    guilds: options.guilds,
    shards: options.shards,
  });
  const adapter = createDiscordAdapter({
    core: t.core,
    token: options.token,
    applicationId: options.applicationId,
    apiUrl: fake.apiUrl,
    log: options.log ?? pino({ level: 'silent' }),
    // Generous: a loaded machine may take seconds to finish the gateway handshake.
    readyTimeoutMs: 10_000,
    ...options.adapter,
  });
  await adapter.start();
  return {
    t,
    fake,
    adapter,
    async close() {
      await adapter.stop();
      await fake.close();
      await t.close();
    },
  };
}
