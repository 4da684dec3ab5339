// Daily posts: one row per community and local date (unique in the database). The row is
// created "pending" when the day's content is first needed; an instance "claims" it with a lease
// to send it; "posted" once the platform accepted it. A claim whose lease ran out (its process
// died) can be claimed again, so no community is missed and none is posted twice by live instances.
import type { Db } from './db.ts';
import { claimOnConflict } from './lease.ts';
import type { Community, DailyPost } from '../generated/prisma/client.ts';
import { LruCache } from './lru.ts';
import { dateColumn, type LocalDate } from '../core/time.ts';

export type { DailyPost };

export interface DayContent {
  factId: string;
  questionId: string;
}

export type PostWithCommunity = DailyPost & { community: Community };

/**
 * Poll ids remembered (about 200 bytes each): every community's open poll of a day many times over.
 * A poll id names one post for good, so a hit is never wrong about the post or its community; the
 * community's row is as it was when remembered (its zone, which decides when the day ends, could
 * have changed since: the bot closes the poll at the end of the day anyway).
 */
const REMEMBERED_ANSWER_REFS = 20_000;

export class DailyPostStore {
  private readonly byRef = new LruCache<string, PostWithCommunity>(REMEMBERED_ANSWER_REFS);

  constructor(private readonly db: Db) {}

  /**
   * The community's post for a date, created (pending) with the given content if missing: one
   * INSERT ... ON CONFLICT DO NOTHING, so members racing each other (or the scheduler) all get the
   * same row.
   */
  async ensure(communityId: number, date: LocalDate, content: DayContent): Promise<DailyPost> {
    const localDate = dateColumn(date);
    await this.db.dailyPost.createMany({
      data: { communityId, localDate, ...content },
      skipDuplicates: true,
    });
    return this.db.dailyPost.findUniqueOrThrow({
      where: { communityId_localDate: { communityId, localDate } },
    });
  }

  find(communityId: number, date: LocalDate): Promise<DailyPost | null> {
    return this.db.dailyPost.findUnique({
      where: { communityId_localDate: { communityId, localDate: dateColumn(date) } },
    });
  }

  /** The community's post with the latest date. */
  latest(communityId: number): Promise<DailyPost | null> {
    return this.db.dailyPost.findFirst({ where: { communityId }, orderBy: { localDate: 'desc' } });
  }

  byId(id: number): Promise<DailyPost | null> {
    return this.db.dailyPost.findUnique({ where: { id } });
  }

  /** A post with its community, in one query (the answer path needs both). */
  withCommunity(id: number) {
    return this.db.dailyPost.findUnique({ where: { id }, include: { community: true } });
  }

  /**
   * The post a platform's own answer id (a Telegram poll id) belongs to, with its community: from
   * memory when seen before, so a vote costs only the statement that records it.
   */
  async byAnswerRef(answerRef: string): Promise<PostWithCommunity | null> {
    const known = this.byRef.get(answerRef);
    if (known) return known;
    const post = await this.db.dailyPost.findUnique({ where: { answerRef }, include: { community: true } });
    if (post) this.byRef.set(answerRef, post);
    return post;
  }

  /** Remembers a post just sent with its answer id, so the first votes on it need no lookup. */
  remember(post: PostWithCommunity): void {
    if (post.answerRef) this.byRef.set(post.answerRef, post);
  }

  /**
   * Claims the community's post for a date, to send it. Succeeds (returns the row) when the row is
   * new, pending, or claimed by a process whose lease has expired; returns null when it is posted
   * or another live instance holds it. One statement, so concurrent instances cannot both win.
   * Never creates a post dated before the community's latest one: after its zone moved back across
   * the date line, "today" can be a date it has passed, and that day must not get a second question.
   */
  async claim(
    communityId: number,
    date: LocalDate,
    content: DayContent,
    claimant: string,
    now: Date,
    leaseMs: number,
  ): Promise<DailyPost | null> {
    const leaseUntil = new Date(now.getTime() + leaseMs);
    const rows = await this.db.$queryRaw<DailyPost[]>`
      INSERT INTO "DailyPost" ("communityId", "localDate", "factId", "questionId", "state", "claimedBy", "leaseUntil", "attempts")
      SELECT ${communityId}, ${date}::date, ${content.factId}, ${content.questionId}, 'claimed', ${claimant}, ${leaseUntil}, 1
      WHERE NOT EXISTS (
        SELECT 1 FROM "DailyPost" WHERE "communityId" = ${communityId} AND "localDate" > ${date}::date)
      ON CONFLICT ("communityId", "localDate") ${claimOnConflict('DailyPost', now)}
      RETURNING *`;
    return rows[0] ?? null;
  }

  /** Records a sent post. Only the holder of the claim may mark it. */
  async markPosted(
    id: number,
    claimant: string,
    sent: { messageRef: string; answerRef?: string | undefined },
    now: Date,
  ) {
    const result = await this.db.dailyPost.updateMany({
      where: { id, claimedBy: claimant, state: 'claimed' },
      data: {
        state: 'posted',
        messageRef: sent.messageRef,
        answerRef: sent.answerRef ?? null,
        postedAt: now,
        leaseUntil: null,
      },
    });
    return result.count === 1;
  }

  /** Records how many messages of a post are sent. Only the holder of the claim may; false otherwise. */
  async recordParts(id: number, claimant: string, partsSent: number): Promise<boolean> {
    const result = await this.db.dailyPost.updateMany({
      where: { id, claimedBy: claimant, state: 'claimed' },
      data: { partsSent },
    });
    return result.count === 1;
  }

  /**
   * Gives a claim back after a failed send: pending again, not to be retried before `retryAt`
   * (kept in leaseUntil), or failed for the day.
   */
  async release(id: number, claimant: string, failed: boolean, retryAt: Date | null = null) {
    await this.db.dailyPost.updateMany({
      where: { id, claimedBy: claimant, state: 'claimed' },
      data: failed
        ? { state: 'failed', leaseUntil: null }
        : { state: 'pending', leaseUntil: retryAt, claimedBy: null },
    });
  }

  /** Posted posts whose local day is over and that have not been closed yet. */
  openPostsBefore(date: LocalDate, communityId?: number) {
    return this.db.dailyPost.findMany({
      where: {
        state: 'posted',
        closedAt: null,
        localDate: { lt: dateColumn(date) },
        ...(communityId !== undefined ? { communityId } : {}),
      },
      include: { community: true },
    });
  }

  /** The community's last posted post dated before `localDate` (the one whose pin a new post replaces). */
  previousPosted(communityId: number, localDate: Date): Promise<DailyPost | null> {
    return this.db.dailyPost.findFirst({
      where: { communityId, state: 'posted', localDate: { lt: localDate } },
      orderBy: { localDate: 'desc' },
    });
  }

  markClosed(id: number, now: Date) {
    return this.db.dailyPost.update({ where: { id }, data: { closedAt: now } });
  }

  answerCount(id: number): Promise<number> {
    return this.db.answer.count({ where: { dailyPostId: id } });
  }
}
