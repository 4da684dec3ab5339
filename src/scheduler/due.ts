// When a community's daily post is due: pure functions of an instant, so they are tested without
// a clock or a database.
import { endOfLocalDate, instantOf, localDateOf, parsePostTime, type LocalDate } from '../core/time.ts';
import type { PostState } from '../store/scheduling.ts';

export interface LocalDay {
  /** The community's local date at the instant. */
  today: LocalDate;
  /** When today's post is due (the post time on today's local date, in the community's zone). */
  postAt: Date;
  /** When the community's local day ends: a post not sent by then is never sent. */
  endsAt: Date;
}

/**
 * The local days of many communities at one instant. Zone arithmetic costs tens of microseconds a
 * call, and thousands of communities share a handful of zones and post times, so each zone's date
 * and day end, and each (zone, post time) instant, is computed once per tick.
 */
export class LocalDays {
  private readonly zones = new Map<string, { today: LocalDate; endsAt: Date } | undefined>();
  private readonly days = new Map<string, LocalDay | undefined>();

  constructor(private readonly now: Date) {}

  /**
   * The community's local day, or undefined when its zone or post time is unusable (the caller
   * logs it; /setup validates both, so this only guards against hand-edited rows).
   */
  of(schedule: { timezone: string; postTime: string }): LocalDay | undefined {
    const key = `${schedule.timezone}|${schedule.postTime}`;
    if (this.days.has(key)) return this.days.get(key);
    const zone = this.zone(schedule.timezone);
    const minutes = parsePostTime(schedule.postTime);
    const day =
      zone && minutes !== undefined
        ? { ...zone, postAt: instantOf(zone.today, minutes, schedule.timezone) }
        : undefined;
    this.days.set(key, day);
    return day;
  }

  private zone(timezone: string) {
    if (this.zones.has(timezone)) return this.zones.get(timezone);
    let result: { today: LocalDate; endsAt: Date } | undefined;
    try {
      const today = localDateOf(this.now, timezone);
      if (today) result = { today, endsAt: endOfLocalDate(today, timezone) };
    } catch {
      result = undefined;
    }
    this.zones.set(timezone, result);
    return result;
  }
}

/** One community's local day at `now` (see LocalDays). */
export function localDay(now: Date, schedule: { timezone: string; postTime: string }): LocalDay | undefined {
  return new LocalDays(now).of(schedule);
}

/** Due: the local post time has passed today, the local day is not over, and no one has it. */
export function isDue(now: Date, day: LocalDay, post: PostState | undefined): boolean {
  if (now < day.postAt || now >= day.endsAt) return false;
  if (!post) return true;
  // A pending post may carry a not-before time (a failed send backing off).
  if (post.state === 'pending') return post.leaseUntil === null || post.leaseUntil <= now;
  // A claim whose holder died is taken over once its lease has run out.
  return post.state === 'claimed' && post.leaseUntil !== null && post.leaseUntil < now;
}
