// A stand-in for a chat PLATFORM (Discord or Telegram cannot be reached from tests): it records
// every message that reaches it, and can be told to fail, refuse or hang for chosen communities.
// Several scheduler instances share one platform through their own adapters, as real ones would.
import type { PlatformAdapter, SentPost } from '../../src/adapters/types.ts';
import { CommunityUnreachableError, type Clock, type Reply } from '../../src/core/types.ts';
import type { Community } from '../../src/store/index.ts';

export interface Delivered {
  seq: number;
  kind: 'daily' | 'message';
  communityId: number;
  externalId: string;
  /** The fake clock's time when the platform accepted it. */
  at: Date;
  reply: Reply;
  messageRef: string;
  /** Which scheduler instance's adapter sent it. */
  via: string;
}

export type Misbehaviour = 'error' | 'unreachable' | 'hang';

/** A daily post is two messages, as on Telegram: the fact, then the question. */
export interface DeliveredPart {
  communityId: number;
  part: 'fact' | 'question';
  via: string;
}

export class RecordingPlatform {
  readonly delivered: Delivered[] = [];
  readonly closed: { communityId: number; messageRef: string; postId?: number; at: Date }[] = [];
  /**
   * With twoParts set, a daily post is the fact then the question, as on Telegram, and every message
   * is listed here in the order the platform accepted them. Off by default: one message per post.
   */
  readonly parts: DeliveredPart[] = [];
  twoParts = false;
  /** Per external chat id: how sends to it misbehave. */
  readonly misbehave = new Map<string, Misbehaviour>();
  inFlight = 0;
  maxInFlight = 0;
  /** Every send started, per community id, whatever became of it. */
  private readonly started = new Map<number, number>();
  private seq = 0;

  constructor(
    readonly platform: PlatformAdapter['platform'],
    private readonly clock: Clock,
    private readonly latency: () => number = () => 0,
  ) {}

  attempts(communityId: number): number {
    return this.started.get(communityId) ?? 0;
  }

  dailies(communityId?: number) {
    return this.delivered.filter(
      (d) => d.kind === 'daily' && (communityId === undefined || d.communityId === communityId),
    );
  }

  messages(communityId?: number) {
    return this.delivered.filter(
      (d) => d.kind === 'message' && (communityId === undefined || d.communityId === communityId),
    );
  }

  /** An adapter for one scheduler instance. */
  adapter(via = 'instance', sendConcurrency?: number): PlatformAdapter {
    const send = (kind: Delivered['kind'], community: Community, reply: Reply) =>
      this.accept(kind, community, reply, via);
    return {
      platform: this.platform,
      sendConcurrency,
      start: async () => undefined,
      stop: async () => undefined,
      sendDaily: async (community, reply, parts) => {
        // The fact first, unless an earlier attempt (maybe another process) already sent it.
        if (!this.twoParts) return send('daily', community, reply);
        if ((parts?.sent ?? 0) < 1) {
          this.parts.push({ communityId: community.id, part: 'fact', via });
          await parts?.record(1);
        }
        const sent = await send('daily', community, reply);
        this.parts.push({ communityId: community.id, part: 'question', via });
        return sent;
      },
      sendMessage: async (community, reply) => {
        await send('message', community, reply);
      },
      closeDaily: async (community, messageRef, postId) => {
        this.closed.push({ communityId: community.id, messageRef, postId, at: this.clock.now() });
      },
    };
  }

  private async accept(
    kind: Delivered['kind'],
    community: Community,
    reply: Reply,
    via: string,
  ): Promise<SentPost> {
    this.inFlight += 1;
    this.started.set(community.id, (this.started.get(community.id) ?? 0) + 1);
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    try {
      const wait = this.latency();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      const trouble = this.misbehave.get(community.externalId);
      if (trouble === 'hang') await new Promise(() => undefined);
      if (trouble === 'error') throw new Error('502 Bad Gateway');
      if (trouble === 'unreachable') throw new CommunityUnreachableError('the bot was removed from the chat');
      const seq = ++this.seq;
      const messageRef = `${community.externalId}:${seq}`;
      this.delivered.push({
        seq,
        kind,
        communityId: community.id,
        externalId: community.externalId,
        at: this.clock.now(),
        reply,
        messageRef,
        via,
      });
      return { messageRef, answerRef: kind === 'daily' ? `poll-${seq}` : undefined };
    } finally {
      this.inFlight -= 1;
    }
  }
}
