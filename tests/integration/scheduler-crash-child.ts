// A scheduler process that claims its communities' posts and then dies mid-send: its platform
// calls never return, and the parent test kills it with SIGKILL once every claim is taken. With
// CRASH_CHILD_AFTER_FACT=1 each post's first message (the fact) reaches the platform first, and the
// process dies before the question.
// Run by scheduler-instances.test.ts as a real child process (node --import tsx).
import path from 'node:path';
import type { PlatformAdapter } from '../../src/adapters/types.ts';
import { loadContent } from '../../src/content/index.ts';
import { StudyCore } from '../../src/core/engine.ts';
import { createLogger } from '../../src/log.ts';
import { Scheduler } from '../../src/scheduler/index.ts';
import { createPrisma, createStore } from '../../src/store/index.ts';

const url = process.env.CRASH_CHILD_DATABASE_URL;
const now = new Date(process.env.CRASH_CHILD_NOW ?? '');
const instanceId = process.env.CRASH_CHILD_INSTANCE ?? 'doomed';
if (!url || Number.isNaN(now.getTime()))
  throw new Error('CRASH_CHILD_DATABASE_URL and CRASH_CHILD_NOW are required');

const log = createLogger('silent', false);
const clock = { now: () => new Date(now) };
const store = createStore(createPrisma(url, 4));
const content = await loadContent(path.resolve(import.meta.dirname, '..', '..', 'content'));
const core = new StudyCore({
  store,
  content,
  clock,
  log,
  defaults: { timezone: 'Asia/Kolkata', postTime: '08:00' },
});
const hang = () => new Promise<never>(() => undefined);
const adapter: PlatformAdapter = {
  platform: 'telegram',
  start: async () => undefined,
  stop: async () => undefined,
  sendDaily: async (community, _reply, parts) => {
    if (process.env.CRASH_CHILD_AFTER_FACT === '1') {
      // The platform accepted the fact; the adapter records it before sending the question.
      process.stdout.write(`fact ${community.externalId}\n`);
      await parts?.record(1);
    }
    // The claim is in the database; the request to the platform never completes.
    process.stdout.write(`claimed ${community.externalId}\n`);
    return hang();
  },
  sendMessage: hang,
};
await new Scheduler({ core, adapters: [adapter], clock, log, instanceId, leaseMs: 5 * 60_000 }).tick();
