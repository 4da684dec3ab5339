// The "N members answered" count on a public daily post. Every tap asks for an update, but each
// message is edited at most once per interval (in this process): taps in between are coalesced
// into the next edit, and the count always comes from the database, so it is right however many
// instances record answers. A burst of a thousand taps costs a handful of edits, not a thousand.
import type { APIEmbed } from 'discord.js';
import type { Logger } from '../../log.ts';
import { safeError } from './errors.ts';

export interface CountTarget {
  channelId: string;
  messageId: string;
  postId: number;
  /**
   * The message's embeds as last seen (from the tapped message); the count field is replaced.
   * Absent for an answer given elsewhere (a DM's "Today's question"): the edit reads the message.
   */
  embeds?: APIEmbed[] | undefined;
}

export interface AnswerCounterOptions {
  count(postId: number): Promise<number>;
  edit(target: CountTarget, count: number): Promise<void>;
  log: Logger;
  /** Least time between two edits of one message. */
  intervalMs: number;
  /** Wait after the first tap of a quiet message, so a burst becomes one edit. */
  coalesceMs: number;
  now?: () => number;
}

interface Entry {
  target: CountTarget;
  lastEditAt: number;
  shown: number | undefined;
  dirty: boolean;
  flushTimer: NodeJS.Timeout | undefined;
  /** Forgets a quiet message after an interval, so the map stays small. */
  idleTimer: NodeJS.Timeout | undefined;
  flushing: Promise<void> | undefined;
}

export class AnswerCounter {
  private readonly entries = new Map<string, Entry>();
  private stopped = false;
  private readonly now: () => number;

  constructor(private readonly options: AnswerCounterOptions) {
    this.now = options.now ?? Date.now;
  }

  /** A member answered on this message: schedule a count edit within the rate rule. */
  bump(target: CountTarget): void {
    if (this.stopped) return;
    const key = `${target.channelId}:${target.messageId}`;
    let entry = this.entries.get(key);
    if (!entry) {
      entry = {
        target,
        lastEditAt: 0,
        shown: undefined,
        dirty: false,
        flushTimer: undefined,
        idleTimer: undefined,
        flushing: undefined,
      };
      this.entries.set(key, entry);
    }
    entry.target = { ...target, embeds: target.embeds ?? entry.target.embeds };
    entry.dirty = true;
    if (entry.idleTimer) {
      clearTimeout(entry.idleTimer);
      entry.idleTimer = undefined;
    }
    // While an edit is in flight, its completion schedules the next one.
    if (!entry.flushTimer && !entry.flushing) this.schedule(key, entry);
  }

  private schedule(key: string, entry: Entry): void {
    const wait = Math.max(this.options.coalesceMs, entry.lastEditAt + this.options.intervalMs - this.now());
    entry.flushTimer = setTimeout(() => {
      entry.flushTimer = undefined;
      entry.flushing = this.flush(entry).finally(() => {
        entry.flushing = undefined;
        if (this.stopped) return;
        if (entry.dirty) this.schedule(key, entry);
        else
          entry.idleTimer = setTimeout(() => {
            if (!entry.dirty && !entry.flushTimer) this.entries.delete(key);
          }, this.options.intervalMs);
      });
    }, wait);
  }

  private async flush(entry: Entry): Promise<void> {
    entry.dirty = false;
    const { target } = entry;
    try {
      const count = await this.options.count(target.postId);
      if (count === entry.shown) return;
      try {
        await this.options.edit(target, count);
        entry.shown = count;
      } finally {
        // The interval runs from the end of an edit, so Discord sees edits at least that far apart.
        entry.lastEditAt = this.now();
      }
    } catch (err) {
      // A missed count edit is cosmetic: the next tap tries again.
      this.options.log.warn(
        {
          error: safeError(err),
          channelId: target.channelId,
          messageId: target.messageId,
          postId: target.postId,
        },
        'could not update the answer count on a daily post',
      );
    }
  }

  /** Stops scheduling; edits already running are awaited. */
  async stop(): Promise<void> {
    this.stopped = true;
    const running: Promise<void>[] = [];
    for (const entry of this.entries.values()) {
      if (entry.flushTimer) clearTimeout(entry.flushTimer);
      if (entry.idleTimer) clearTimeout(entry.idleTimer);
      if (entry.flushing) running.push(entry.flushing);
    }
    await Promise.allSettled(running);
    this.entries.clear();
  }
}
