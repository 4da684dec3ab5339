// Member questions (issue 15 item 4): a community's queue of suggestions, the decisions its admins
// take, the approved questions that are its own (practice pool, daily queue), and who wrote them.
import type { Db } from './db.ts';
import type { MemberKey } from './answers.ts';
import { connectMember } from './members.ts';

export type SuggestionState = 'pending' | 'approved' | 'declined';

export interface SuggestionRow {
  id: number;
  communityId: number;
  /** The validated question: the pack's QuestionInput, as JSON. */
  question: unknown;
  state: string;
  reason: string | null;
  inRotation: boolean;
  createdAt: Date;
  author: { platform: string; externalId: string; displayName: string };
}

const withAuthor = { member: { select: { platform: true, externalId: true, displayName: true } } } as const;

/** A row as Prisma loads it with `withAuthor`: the author under `member`. */
type Loaded = Omit<SuggestionRow, 'author'> & { member: SuggestionRow['author'] };

const toRow = (r: Loaded): SuggestionRow => ({
  id: r.id,
  communityId: r.communityId,
  question: r.question,
  state: r.state,
  reason: r.reason,
  inRotation: r.inRotation,
  createdAt: r.createdAt,
  author: r.member,
});

export class SuggestionStore {
  constructor(private readonly db: Db) {}

  async add(input: { communityId: number; member: MemberKey; question: object }): Promise<number> {
    const { member } = input;
    const row = await this.db.suggestion.create({
      data: {
        question: input.question,
        community: { connect: { id: input.communityId } },
        member: connectMember(member),
      },
      select: { id: true },
    });
    return row.id;
  }

  /** A community's pending suggestions, oldest first. */
  async pending(communityId: number, limit = 5): Promise<{ rows: SuggestionRow[]; total: number }> {
    const where = { communityId, state: 'pending' };
    const [rows, total] = await Promise.all([
      this.db.suggestion.findMany({ where, orderBy: { id: 'asc' }, take: limit, include: withAuthor }),
      this.db.suggestion.count({ where }),
    ]);
    return { rows: rows.map(toRow), total };
  }

  /**
   * Decides a pending suggestion of this community, once: null when there is none with that id
   * (another admin decided it first, or it belongs to another community). The member is not yet told.
   */
  async decide(
    communityId: number,
    id: number,
    decision: {
      state: 'approved' | 'declined';
      inRotation: boolean;
      reason: string | null;
      by: string;
      at: Date;
    },
  ): Promise<SuggestionRow | null> {
    const { count } = await this.db.suggestion.updateMany({
      where: { id, communityId, state: 'pending' },
      data: {
        state: decision.state,
        inRotation: decision.inRotation,
        reason: decision.reason,
        decidedBy: decision.by,
        decidedAt: decision.at,
        told: false,
      },
    });
    if (count !== 1) return null;
    const row = await this.db.suggestion.findUnique({ where: { id }, include: withAuthor });
    return row && toRow(row);
  }

  /** A pending suggestion by id, in any community (its decision checks who administers that one). */
  pendingOne(id: number): Promise<{ id: number; communityId: number } | null> {
    return this.db.suggestion.findFirst({
      where: { id, state: 'pending' },
      select: { id: true, communityId: true },
    });
  }

  /** The member was told the decision privately. */
  async told(id: number): Promise<void> {
    await this.db.suggestion.update({ where: { id }, data: { told: true } });
  }

  /** Decisions the member has not been told yet (their private chat was closed), marked told. */
  async takeUntold(platform: string, externalId: string): Promise<SuggestionRow[]> {
    const where = { told: false, member: { platform, externalId } };
    const rows = await this.db.suggestion.findMany({ where, orderBy: { id: 'asc' }, include: withAuthor });
    if (rows.length === 0) return [];
    await this.db.suggestion.updateMany({
      where: { id: { in: rows.map((r) => r.id) } },
      data: { told: true },
    });
    return rows.map(toRow);
  }

  /** An approved question of a community, by suggestion id. */
  async approved(id: number): Promise<SuggestionRow | null> {
    const row = await this.db.suggestion.findFirst({ where: { id, state: 'approved' }, include: withAuthor });
    return row && toRow(row);
  }

  /** How many approved questions a community has (its own share of the practice pool). */
  approvedCount(communityId: number): Promise<number> {
    return this.db.suggestion.count({ where: { communityId, state: 'approved' } });
  }

  /** The community's n-th approved question (0-based, by id). */
  async approvedAt(communityId: number, n: number): Promise<SuggestionRow | null> {
    const row = await this.db.suggestion.findFirst({
      where: { communityId, state: 'approved' },
      orderBy: { id: 'asc' },
      skip: n,
      include: withAuthor,
    });
    return row && toRow(row);
  }

  /**
   * The next question approved for the daily rotation that no daily post of this community has
   * asked yet (oldest first), or null: the pack's question then keeps its slot.
   */
  async nextForDaily(communityId: number): Promise<number | null> {
    const rows = await this.db.$queryRaw<{ id: number }[]>`
      SELECT s."id" FROM "Suggestion" s
      WHERE s."communityId" = ${communityId} AND s."state" = 'approved' AND s."inRotation"
        AND NOT EXISTS (SELECT 1 FROM "DailyPost" p
                        WHERE p."communityId" = s."communityId" AND p."questionId" = 'c' || s."id")
      ORDER BY s."id" LIMIT 1`;
    return rows[0]?.id ?? null;
  }

  /** The communities with a question approved for the daily rotation (asked or not yet). */
  async rotatingCommunities(): Promise<Set<number>> {
    const rows = await this.db.suggestion.findMany({
      where: { state: 'approved', inRotation: true },
      distinct: ['communityId'],
      select: { communityId: true },
    });
    return new Set(rows.map((r) => r.communityId));
  }

  /** Members ranked by their approved questions in this community (ties: the earlier first). */
  async contributors(communityId: number, limit = 10): Promise<{ displayName: string; approved: number }[]> {
    const rows = await this.db.$queryRaw<{ displayName: string; approved: number }[]>`
      SELECT m."displayName", COUNT(*)::int AS "approved"
      FROM "Suggestion" s JOIN "Member" m ON m."id" = s."memberId"
      WHERE s."communityId" = ${communityId} AND s."state" = 'approved'
      GROUP BY m."id", m."displayName"
      ORDER BY COUNT(*) DESC, MIN(s."id") ASC
      LIMIT ${limit}`;
    return rows;
  }
}
