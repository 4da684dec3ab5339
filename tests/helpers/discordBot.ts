// The real discord.js adapter over a real core, against the fake Discord with the given servers:
// the set-up most Discord end-to-end files share.
import { pino } from 'pino';
import { createDiscordAdapter, type DiscordAdapter } from '../../src/adapters/discord/index.ts';
import { FakeDiscord, type FakeGuild } from '../e2e/fakes/discord-server.ts';
import { createTestCore, type TestCore } from './core.ts';

export interface DiscordBot {
  t: TestCore;
  fake: FakeDiscord;
  adapter: DiscordAdapter;
  close(): Promise<void>;
}

export async function startDiscordBot(options: {
  token: string;
  applicationId: string;
  guilds: FakeGuild[];
  now?: string;
}): Promise<DiscordBot> {
  const t = await createTestCore({ now: options.now ?? '2026-11-27T06:00:00Z' });
  const fake = await FakeDiscord.start({
    token: options.token,
    applicationId: options.applicationId,
    guilds: options.guilds,
  });
  const adapter = createDiscordAdapter({
    core: t.core,
    token: options.token,
    applicationId: options.applicationId,
    apiUrl: fake.apiUrl,
    log: pino({ level: 'silent' }),
    readyTimeoutMs: 10_000,
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
