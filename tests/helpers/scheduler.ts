// The real scheduler over a test core's clock, silent: what end-to-end files build to run a tick
// (the daily post, the day's close, reminders) at the moment the test set.
import { pino } from 'pino';
import type { PlatformAdapter } from '../../src/adapters/types.ts';
import { Scheduler } from '../../src/scheduler/index.ts';
import type { SchedulerOptions } from '../../src/scheduler/context.ts';
import type { TestCore } from './core.ts';

export function testScheduler(
  t: TestCore,
  adapters: PlatformAdapter[],
  options: Partial<Omit<SchedulerOptions, 'core' | 'adapters' | 'clock'>> = {},
): Scheduler {
  return new Scheduler({
    core: t.core,
    adapters,
    clock: t.clock,
    log: pino({ level: 'silent' }),
    ...options,
  });
}
