// Sends paced within a platform's limits, shared by interactive replies and the scheduler's
// broadcasts. Each send passes two gates (gate.ts): the platform's global rate and its chat's (or
// route's) own. Waiting sends sit in two bounded queues; a reply is started before any broadcast
// whose chat is ready too, so a broadcast to thousands of groups does not hold up an answer to a
// command. A send that waited longer than `maxWaitMs` is dropped (its caller gets PacerDropped and
// logs one line): a reply a minute late helps nobody and would only hold memory.
import { Gate, type GateLimit } from './gate.ts';
import type { Priority } from './priority.ts';

export interface PacerOptions {
  global: GateLimit;
  /** The limit of one chat or route, by its key. */
  perKey(key: string): GateLimit;
  /** Sends waiting at most, per priority; more are refused at once. Default 1,000. */
  maxQueue?: number;
  /** A send not started within this long is dropped. Default 60 s. */
  maxWaitMs?: number;
  /** Called when the number of waiting sends changes (the send queue depth metric). */
  onDepth?(delta: number): void;
  now?(): number;
}

export class PacerDropped extends Error {
  override name = 'PacerDropped';
}

interface Waiting {
  key: string;
  queued: number;
  /** Starts the send; `settled` is called once it is done, either way. */
  start(settled: () => void): void;
  drop(err: PacerDropped): void;
}

export class Pacer {
  private readonly global: Gate;
  private readonly gates = new Map<string, Gate>();
  private readonly queues: Record<Priority, Waiting[]> = { reply: [], broadcast: [] };
  private timer: NodeJS.Timeout | undefined;
  private timerAt = Infinity;
  private readonly now: () => number;
  private lastSweep = 0;

  constructor(private readonly options: PacerOptions) {
    this.global = new Gate(options.global);
    this.now = options.now ?? Date.now;
  }

  /** Sends waiting for their turn. */
  get waiting(): number {
    return this.queues.reply.length + this.queues.broadcast.length;
  }

  /** Per-key gates held (chats or routes sent to recently). */
  get keys(): number {
    return this.gates.size;
  }

  /** Runs `send` when both gates allow it, replies before broadcasts. */
  run<T>(key: string, priority: Priority, send: () => Promise<T>): Promise<T> {
    const queue = this.queues[priority];
    if (queue.length >= (this.options.maxQueue ?? 1000)) {
      return Promise.reject(new PacerDropped(`${priority} queue full (${queue.length} waiting)`));
    }
    return new Promise<T>((resolve, reject) => {
      queue.push({
        key,
        queued: this.now(),
        start: (settled) =>
          new Promise<T>((started) => started(send())).finally(settled).then(resolve, reject),
        drop: reject,
      });
      this.options.onDepth?.(1);
      this.pump();
    });
  }

  /** Starts every send that may start now, then sleeps until the next one may. */
  private pump(): void {
    const maxWaitMs = this.options.maxWaitMs ?? 60_000;
    for (;;) {
      const now = this.now();
      const globalAt = this.global.readyAt(now);
      // Nothing can start before the global gate opens (expired sends are dropped then).
      if (globalAt > now) {
        if (this.waiting > 0) this.sleepUntil(globalAt);
        return;
      }
      let next = Infinity;
      let started = false;
      for (const queue of [this.queues.reply, this.queues.broadcast]) {
        for (let i = 0; i < queue.length && !started; i++) {
          const item = queue[i]!;
          if (now - item.queued > maxWaitMs) {
            queue.splice(i--, 1);
            this.options.onDepth?.(-1);
            item.drop(new PacerDropped(`not sent within ${Math.round(maxWaitMs / 1000)} s`));
            continue;
          }
          const gate = this.gate(item.key);
          const at = gate.readyAt(now);
          if (at > now) {
            next = Math.min(next, at);
            continue;
          }
          queue.splice(i, 1);
          this.options.onDepth?.(-1);
          const tickets = [this.global.take(now), gate.take(now)];
          item.start(() => {
            // A window that counts a send until it is done (gate.ts) frees its place from now on.
            const at = this.now();
            for (const ticket of tickets) ticket.done(at);
            this.pump();
          });
          started = true;
        }
        if (started) break;
      }
      if (!started) {
        this.sleepUntil(next);
        this.forgetIdle(now);
        return;
      }
    }
  }

  private gate(key: string): Gate {
    let gate = this.gates.get(key);
    if (!gate) {
      gate = new Gate(this.options.perKey(key));
      this.gates.set(key, gate);
    }
    return gate;
  }

  private sleepUntil(at: number): void {
    if (at === Infinity || at >= this.timerAt) return;
    clearTimeout(this.timer);
    this.timerAt = at;
    this.timer = setTimeout(
      () => {
        this.timerAt = Infinity;
        this.timer = undefined;
        this.pump();
      },
      Math.max(0, at - this.now()),
    );
  }

  /** Lets go of gates no longer limiting anything, so ten thousand chats leave no trace. */
  private forgetIdle(now: number): void {
    if (this.gates.size < 256 || now - this.lastSweep < 1000) return;
    this.lastSweep = now;
    for (const [key, gate] of this.gates) if (gate.idle(now)) this.gates.delete(key);
  }
}
