// The Telegram side of bench/vote-rate.bench.ts: the fake Bot API server and the open-loop sender of
// poll_answer updates to the bot's webhook. It runs in a process of its own (forked by the bench, or
// in the bench's own process with --same-process, the bench's earlier arrangement), so that the
// sender's timers, JSON, fetch and garbage collection do not run on the bot's event loop and the bot
// is measured as Telegram would see it: from the time each request was due to its answer.
import { FakeTelegram, tgGroup, tgUser } from '../tests/e2e/fakes/telegram-server.ts';

export const BENCH_TOKEN = '7000000020:AAVoteRateBenchToken_abcdefghijklm';

export interface LoadResult {
  /** ms from each vote's due time to its answer, in sending order. */
  latencies: number[];
  /** Answers other than 200, and dropped or failed requests (Telegram would deliver those again). */
  failed: number;
  elapsedMs: number;
  /** Bot API calls the bot made while the votes were sent (e.g. solutions sent privately). */
  calls: Record<string, number>;
}

export class VoteLoad {
  private constructor(
    readonly fake: FakeTelegram,
    readonly chat: { id: number; title: string },
  ) {}

  static async start(): Promise<VoteLoad> {
    const fake = await FakeTelegram.start(BENCH_TOKEN);
    const group = fake.addChat(tgGroup(-1001000092000, 'Vote rate bench'));
    return new VoteLoad(fake, { id: group.id, title: group.title ?? '' });
  }

  private vote(pollId: string, options: number, i: number): Promise<number> {
    return this.fake.deliverWebhook({
      poll_answer: {
        poll_id: pollId,
        user: tgUser(60_000_000 + i, `V${i}`),
        option_ids: [Math.abs(i) % options],
      },
    });
  }

  /** Connections, prepared statements, the poll id: `count` votes, 20 at a time, not measured. */
  async warmUp(pollId: string, options: number, count: number): Promise<void> {
    for (let i = 0; i < count; i += 20)
      await Promise.all(Array.from({ length: 20 }, (_, j) => this.vote(pollId, options, -1 - i - j)));
  }

  /** `votes` votes at `rate` a second, each sent at its own time whatever the earlier ones are doing. */
  async run(pollId: string, options: number, rate: number, votes: number): Promise<LoadResult> {
    const since = this.fake.calls.length;
    const latencies = new Array<number>(votes);
    let failed = 0;
    const started = performance.now();
    const requests: Promise<void>[] = [];
    for (let i = 0; i < votes; i++) {
      const due = started + (i * 1000) / rate;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      requests.push(
        this.vote(pollId, options, i)
          .catch(() => 0)
          .then((status) => {
            latencies[i] = performance.now() - due;
            if (status !== 200) failed += 1;
          }),
      );
    }
    await Promise.all(requests);
    const elapsedMs = performance.now() - started;
    const calls: Record<string, number> = {};
    for (const call of this.fake.calls.slice(since)) calls[call.method] = (calls[call.method] ?? 0) + 1;
    return { latencies, failed, elapsedMs, calls };
  }

  close(): Promise<void> {
    return this.fake.close();
  }
}

/** Messages between the bench (bot side) and this process. */
export type ToLoad =
  | { warmUp: { pollId: string; options: number; count: number } }
  | { run: { pollId: string; options: number; rate: number; votes: number } }
  | { close: true };
export type FromLoad =
  { ready: { apiRoot: string; chat: { id: number; title: string } } } | { warm: true } | { done: LoadResult };

// Forked by the bench: serve it over IPC.
if (process.send && process.argv.includes('--vote-load-child')) {
  const load = await VoteLoad.start();
  const send = (message: FromLoad) => process.send!(message);
  process.on('message', (message: ToLoad) => {
    if ('warmUp' in message) {
      const { pollId, options, count } = message.warmUp;
      void load.warmUp(pollId, options, count).then(() => send({ warm: true }));
    } else if ('run' in message) {
      const { pollId, options, rate, votes } = message.run;
      void load.run(pollId, options, rate, votes).then((done) => send({ done }));
    } else {
      void load.close().then(() => process.disconnect());
    }
  });
  send({ ready: { apiRoot: load.fake.apiRoot, chat: load.chat } });
}
