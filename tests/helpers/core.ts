// A real StudyCore over a real test database and the real content pack, with a settable clock.
import path from 'node:path';
import { loadContent, type ContentLibrary } from '../../src/content/index.ts';
import { StudyCore } from '../../src/core/engine.ts';
import type { Actor, Clock, Invocation, Place } from '../../src/core/types.ts';
import { createLogger } from '../../src/log.ts';
import { createTestDatabase, type TestDatabase } from './database.ts';

export const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..');

let contentPromise: Promise<ContentLibrary> | undefined;
/** The real content pack, loaded once per test file. */
export function testContent(): Promise<ContentLibrary> {
  contentPromise ??= loadContent(path.join(REPO_ROOT, 'content'));
  return contentPromise;
}

export class FakeClock implements Clock {
  constructor(private current: Date) {}
  now(): Date {
    return new Date(this.current);
  }
  set(instant: Date | string): void {
    this.current = new Date(instant);
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

export interface TestCore {
  core: StudyCore;
  clock: FakeClock;
  database: TestDatabase;
  content: ContentLibrary;
  close(): Promise<void>;
}

export async function createTestCore(options: { now?: string; poolSize?: number } = {}): Promise<TestCore> {
  const database = await createTestDatabase(options.poolSize);
  const content = await testContent();
  const clock = new FakeClock(new Date(options.now ?? '2026-11-27T06:00:00Z'));
  const core = new StudyCore({
    store: database.store,
    content,
    clock,
    log: createLogger(process.env.TEST_LOG_LEVEL ?? 'silent', false),
    defaults: { timezone: 'Asia/Kolkata', postTime: '08:00' },
  });
  return { core, clock, database, content, close: () => database.drop() };
}

export function actor(
  userId: string,
  displayName = `User ${userId}`,
  isAdmin = false,
  platform: Actor['platform'] = 'console',
): Actor {
  return { platform, userId, displayName, isAdmin: () => Promise.resolve(isAdmin) };
}

export function place(chatId = 'chat-1', platform: Place['platform'] = 'console'): Place {
  return { platform, chatId, title: 'Test group' };
}

export function inv(
  userId: string,
  opts: { admin?: boolean; chatId?: string; name?: string } = {},
): Invocation {
  return {
    actor: actor(userId, opts.name ?? `User ${userId}`, opts.admin ?? false),
    place: place(opts.chatId),
  };
}
