// Telegram's flood limits as the fake Bot API server enforces them: at most 30 messages in any
// second from the bot, and at most 20 in any minute to one group, supergroup or channel
// (https://core.telegram.org/bots/faq#my-bot-is-hitting-limits-how-do-i-avoid-this). Counted over
// sliding windows on arrival, so a sender that refills its allowance in bursts (30 at every second
// tick) is caught as Telegram catches it; a message refused with 429 does not count.

/** Calls that put a message in a chat. */
const MESSAGE = /^(send(?!ChatAction)|copy|forward)/;

export const TELEGRAM_LIMITS = {
  global: { count: 30, ms: 1000 },
  group: { count: 20, ms: 60_000 },
} as const;

export class FloodLimits {
  private readonly global: number[] = [];
  private readonly groups = new Map<number, number[]>();

  /**
   * Counts a message arriving now, or returns the seconds to wait (Telegram's retry_after) when it
   * would exceed a limit.
   */
  admit(method: string, chatId: unknown, now = Date.now()): number | undefined {
    if (!MESSAGE.test(method)) return undefined;
    const id = Number(chatId);
    const group = Number.isFinite(id) && id < 0 ? (this.groups.get(id) ?? []) : undefined;
    const wait = Math.max(
      waitMs(this.global, TELEGRAM_LIMITS.global, now),
      group ? waitMs(group, TELEGRAM_LIMITS.group, now) : 0,
    );
    if (wait > 0) return Math.max(1, Math.ceil(wait / 1000));
    this.global.push(now);
    if (group) {
      group.push(now);
      this.groups.set(id, group);
    }
    return undefined;
  }
}

/** How long until one more message fits the window (0: now); drops arrivals older than the window. */
function waitMs(arrivals: number[], limit: { count: number; ms: number }, now: number): number {
  while (arrivals.length > 0 && arrivals[0]! <= now - limit.ms) arrivals.shift();
  return arrivals.length < limit.count ? 0 : arrivals[arrivals.length - limit.count]! + limit.ms - now;
}
