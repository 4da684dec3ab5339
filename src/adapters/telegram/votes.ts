// Votes on the daily quiz poll. Telegram sends a vote once, and counts it delivered as soon as the
// runner fetches the next batch (long polling) or the webhook answers 2xx; the member cannot vote
// again. So a vote that fails for a passing reason (the database is unreachable) is retried here:
//  - long polling: in the background with back-off, for up to `maxWaitMs`, at most `maxPending`
//    votes at a time, while the runner goes on with other updates; a vote dropped past either bound
//    is logged. The answer statement is idempotent, so a retry never counts a vote twice.
//  - webhook: within the request, for up to `webhookWaitMs` (well inside the time grammY gives an
//    update before answering 200); then it throws, the update is answered 500, and Telegram
//    delivers it again later.
import type { StudyCore } from '../../core/engine.ts';
import type { Actor, Reply } from '../../core/types.ts';
import type { Logger } from '../../log.ts';

export interface VoteRetryOptions {
  /** Long polling: votes retried in the background at once; more are dropped (logged). Default 10,000. */
  maxPending?: number;
  /** Long polling: how long a vote is retried before it is dropped (logged). Default 5 minutes. */
  maxWaitMs?: number;
  /** Webhook: how long a request retries before it is answered 500 for redelivery. Default 5 s. */
  webhookWaitMs?: number;
}

export interface Vote {
  actor: Actor;
  pollId: string;
  choice: number;
  /**
   * Runs once the vote's outcome is known (e.g. to send the solution privately), on a later turn of
   * the event loop than the recording (so after the webhook's answer); never awaited.
   */
  onOutcome?: ((reply: Reply) => Promise<void>) | undefined;
}

export class VoteNotRecordedError extends Error {}

const FIRST_RETRY_MS = 200;
const MAX_RETRY_MS = 5000;

export class VoteRecorder {
  private readonly pending = new Set<Promise<void>>();
  private stopped = false;
  private readonly maxPending: number;
  private readonly maxWaitMs: number;
  private readonly webhookWaitMs: number;

  constructor(
    private readonly core: StudyCore,
    private readonly log: Logger,
    private readonly mode: 'polling' | 'webhook',
    options: VoteRetryOptions = {},
  ) {
    this.maxPending = options.maxPending ?? 10_000;
    this.maxWaitMs = options.maxWaitMs ?? 5 * 60_000;
    this.webhookWaitMs = options.webhookWaitMs ?? 5000;
  }

  /** Votes waiting for the database. */
  get waiting(): number {
    return this.pending.size;
  }

  /**
   * Records a vote. Long polling: returns at once when the vote must wait for the database (it is
   * retried in the background). Webhook: throws VoteNotRecordedError when it could not be recorded.
   */
  async record(vote: Vote): Promise<void> {
    if (await this.attempt(vote)) return;
    if (this.mode === 'webhook') {
      if (await this.retryUntil(vote, Date.now() + this.webhookWaitMs)) return;
      throw new VoteNotRecordedError(`vote on poll ${vote.pollId} not recorded; the database is unreachable`);
    }
    if (this.pending.size >= this.maxPending) {
      this.log.error(
        { pollId: vote.pollId, user: vote.actor.userId, waiting: this.pending.size },
        'vote dropped: too many votes already waiting for the database',
      );
      return;
    }
    const task: Promise<void> = this.retryUntil(vote, Date.now() + this.maxWaitMs)
      .then((recorded) => {
        if (recorded) this.log.info({ pollId: vote.pollId }, 'vote recorded after waiting for the database');
        else
          this.log.error(
            { pollId: vote.pollId, user: vote.actor.userId },
            this.stopped
              ? 'vote dropped: the bot stopped while it waited for the database'
              : 'vote dropped: the database stayed unreachable',
          );
      })
      .finally(() => this.pending.delete(task));
    this.pending.add(task);
  }

  /** Waits up to `ms` for votes still waiting; the rest are dropped (logged). */
  async drain(ms: number): Promise<void> {
    const timeout = new Promise((resolve) => setTimeout(resolve, ms).unref());
    await Promise.race([Promise.allSettled([...this.pending]), timeout]);
    this.stopped = true;
  }

  /** One try; true when done (recorded, a duplicate, or not retryable). */
  private async attempt(vote: Vote): Promise<boolean> {
    let reply;
    try {
      reply = await this.core.answerByPostRef(vote.actor, vote.pollId, vote.choice);
    } catch (err) {
      // The poll lookup failed: the database is unreachable.
      this.log.debug({ err, pollId: vote.pollId }, 'vote lookup failed');
      return false;
    }
    if (!reply) {
      this.log.debug({ pollId: vote.pollId }, 'vote on a poll that is not a daily question');
    } else if (reply.retryable) {
      return false;
    } else if (reply.tone === 'error' && !reply.answer) {
      this.log.warn({ pollId: vote.pollId, line: reply.lines[0] }, 'vote not recorded');
    }
    // After the webhook's answer: rendering the solution and queueing its message is no part of
    // recording the vote, and at a rush it would hold every answer back (bench/vote-rate.bench.ts).
    const { onOutcome } = vote;
    if (reply && onOutcome) setImmediate(() => void onOutcome(reply));
    return true;
  }

  private async retryUntil(vote: Vote, deadline: number): Promise<boolean> {
    for (let delay = FIRST_RETRY_MS; ; delay = Math.min(delay * 2, MAX_RETRY_MS)) {
      const left = deadline - Date.now();
      if (left <= 0 || this.stopped) return false;
      await new Promise((resolve) => setTimeout(resolve, Math.min(delay, left)));
      if (this.stopped) return false;
      if (await this.attempt(vote)) return true;
    }
  }
}
