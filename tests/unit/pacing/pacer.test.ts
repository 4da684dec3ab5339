// The pacer on a simulated clock (vitest's fake timers): sends never exceed the platform's limits
// over any sliding window, a reply queued behind a broadcast goes first, and a send that waited
// past its bound is dropped rather than delivered late.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DISCORD_CHANNEL_ROUTE, DISCORD_GLOBAL } from '../../../src/adapters/discord/pacing.ts';
import { TELEGRAM_GLOBAL, TELEGRAM_GROUP } from '../../../src/adapters/telegram/throttle.ts';
import { Pacer, PacerDropped } from '../../../src/pacing/pacer.ts';
import { FloodLimits } from '../../e2e/fakes/telegram-limits.ts';

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-11-27T06:00:00Z') });
});
afterEach(() => {
  vi.useRealTimers();
});

/** The most entries of `times` in any window of `ms`. */
function busiest(times: number[], ms: number): number {
  let most = 0;
  for (let i = 0, j = 0; i < times.length; i++) {
    while (times[i]! - times[j]! >= ms) j++;
    most = Math.max(most, i - j + 1);
  }
  return most;
}

const telegram = (maxWaitMs = 600_000) =>
  new Pacer({ global: TELEGRAM_GLOBAL, perKey: () => TELEGRAM_GROUP, maxQueue: 10_000, maxWaitMs });

describe('Pacer with Telegram limits', () => {
  it('sends a broadcast to 200 groups at 30 a second at most in any second, 20 a minute per group', async () => {
    const pacer = telegram();
    const started: { chat: string; at: number }[] = [];
    const sends = [];
    for (let i = 0; i < 200; i++) {
      for (let k = 0; k < 3; k++) {
        const chat = String(-100 - (i % 10)); // ten groups, 60 messages each: the per-group limit binds
        sends.push(pacer.run(chat, 'broadcast', async () => void started.push({ chat, at: Date.now() })));
      }
    }
    await vi.runAllTimersAsync();
    await Promise.all(sends);
    expect(started).toHaveLength(600);
    expect(
      busiest(
        started.map((s) => s.at),
        1000,
      ),
    ).toBeLessThanOrEqual(30);
    for (let g = 0; g < 10; g++) {
      const times = started.filter((s) => s.chat === String(-100 - g)).map((s) => s.at);
      expect(busiest(times, 60_000)).toBeLessThanOrEqual(20);
      expect(busiest(times, 1000)).toBe(1);
    }
  });

  it('starts a reply before the broadcast queued ahead of it', async () => {
    const pacer = telegram();
    const order: string[] = [];
    const sends = Array.from({ length: 100 }, (_, i) =>
      pacer.run(String(-1000 - i), 'broadcast', async () => void order.push(`b${i}`)),
    );
    await vi.advanceTimersByTimeAsync(200);
    const startedWhenAsked = order.length;
    const reply = pacer.run('42', 'reply', async () => void order.push('reply'));
    await vi.runAllTimersAsync();
    await Promise.all([...sends, reply]);
    // The broadcast was under way and far from done; the reply is the very next send.
    expect(startedWhenAsked).toBeGreaterThan(0);
    expect(startedWhenAsked).toBeLessThan(50);
    expect(order.indexOf('reply')).toBe(startedWhenAsked);
  });

  it('drops a send that could not start within its bound', async () => {
    const pacer = telegram(1000);
    const results = await Promise.allSettled(
      Array.from({ length: 100 }, (_, i) => {
        const sent = pacer.run(String(1000 + i), 'reply', async () => 'sent');
        void vi.advanceTimersByTimeAsync(0);
        return sent;
      }).concat([vi.runAllTimersAsync().then(() => 'timers')]),
    );
    const sent = results.filter((r) => r.status === 'fulfilled' && r.value === 'sent').length;
    const dropped = results.filter((r) => r.status === 'rejected' && r.reason instanceof PacerDropped).length;
    expect(sent).toBeGreaterThan(25);
    expect(sent).toBeLessThan(40);
    expect(sent + dropped).toBe(100);
  });

  // Telegram counts a message when it arrives, somewhere between our start and its response. Each
  // send here spends a random 0-400 ms in flight (a slow network, a busy machine) and arrives at a
  // random point of it, at the fake server's own flood counter: none may be refused, and with a
  // quick round trip the broadcast still takes within 5% of the 30-a-second bound.
  const broadcast = async (groups: number, maxLatencyMs: number) => {
    const pacer = telegram();
    const limits = new FloodLimits();
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    let refused = 0;
    const send = (chat: string) =>
      pacer.run(chat, 'broadcast', async () => {
        const flight = random() * maxLatencyMs;
        const arrival = random() * flight;
        await new Promise((resolve) => setTimeout(resolve, arrival));
        if (limits.admit('sendMessage', chat, Date.now()) !== undefined) refused += 1;
        await new Promise((resolve) => setTimeout(resolve, flight - arrival));
      });
    const started = Date.now();
    const all = Array.from({ length: groups }, async (_, i) => {
      const chat = String(-1000 - i);
      await send(chat); // the fact
      await send(chat); // the poll
    });
    await vi.runAllTimersAsync();
    await Promise.all(all);
    return { refused, overBound: (Date.now() - started) / ((groups * 2 * 1000) / 30) };
  };

  it('never lets more than 30 arrive in a second, whatever the delays in flight', async () => {
    const { refused } = await broadcast(300, 400);
    expect(refused).toBe(0);
  });

  it('keeps a broadcast within 5% of the bound when the round trip is quick', async () => {
    const { refused, overBound } = await broadcast(300, 10);
    expect(refused).toBe(0);
    expect(overBound).toBeLessThan(1.05);
  });
});

// Discord counts 50 requests a second per bot, by arrival too. The same random time in flight as
// above; the arrivals, counted over every sliding second, never pass 50.
describe('Pacer with Discord limits', () => {
  const broadcast = async (channels: number, maxLatencyMs: number) => {
    const pacer = new Pacer({
      global: DISCORD_GLOBAL,
      perKey: () => DISCORD_CHANNEL_ROUTE,
      maxQueue: 10_000,
      maxWaitMs: 600_000,
    });
    let seed = 11;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    const arrivals: number[] = [];
    const started = Date.now();
    const sends = Array.from({ length: channels }, (_, i) =>
      pacer.run(String(5000 + i), 'broadcast', async () => {
        const flight = random() * maxLatencyMs;
        const arrival = random() * flight;
        await new Promise((resolve) => setTimeout(resolve, arrival));
        arrivals.push(Date.now());
        await new Promise((resolve) => setTimeout(resolve, flight - arrival));
      }),
    );
    await vi.runAllTimersAsync();
    await Promise.all(sends);
    return {
      busiest: busiest(
        arrivals.sort((a, b) => a - b),
        1000,
      ),
      overBound: (Date.now() - started) / ((channels * 1000) / 50),
    };
  };

  it('never lets more than 50 arrive in a second, whatever the delays in flight', async () => {
    expect((await broadcast(500, 400)).busiest).toBeLessThanOrEqual(50);
  });

  it('keeps a broadcast within 5% of the bound when the round trip is quick', async () => {
    const { busiest: most, overBound } = await broadcast(500, 10);
    expect(most).toBeLessThanOrEqual(50);
    expect(overBound).toBeLessThan(1.05);
  });
});
