// Error reports (issue 15 item 3): a member's note on a fact or question, kept with the item, the
// member and the community. Admins read their community's open ones; pack maintainers read all.
import type { Db } from './db.ts';
import type { MemberKey } from './answers.ts';
import { connectMember } from './members.ts';

export type ReportItemKind = 'question' | 'fact';

export interface ReportRow {
  id: number;
  communityId: number;
  itemKind: string;
  itemId: string;
  text: string;
  state: string;
  createdAt: Date;
  reporter: string;
  community: string;
}

const withNames = { member: { select: { displayName: true } }, community: true } as const;

type Loaded = {
  id: number;
  communityId: number;
  itemKind: string;
  itemId: string;
  text: string;
  state: string;
  createdAt: Date;
  member: { displayName: string };
  community: { platform: string; externalId: string; title: string | null };
};

const toRow = (r: Loaded): ReportRow => ({
  id: r.id,
  communityId: r.communityId,
  itemKind: r.itemKind,
  itemId: r.itemId,
  text: r.text,
  state: r.state,
  createdAt: r.createdAt,
  reporter: r.member.displayName,
  community: r.community.title ?? `${r.community.platform}:${r.community.externalId}`,
});

export class ReportStore {
  constructor(private readonly db: Db) {}

  async add(input: {
    communityId: number;
    member: MemberKey;
    itemKind: ReportItemKind;
    itemId: string;
    text: string;
  }): Promise<number> {
    const { member } = input;
    const row = await this.db.report.create({
      data: {
        itemKind: input.itemKind,
        itemId: input.itemId,
        text: input.text,
        community: { connect: { id: input.communityId } },
        member: connectMember(member),
      },
      select: { id: true },
    });
    return row.id;
  }

  /** A community's open reports, oldest first. */
  async open(communityId: number, limit = 20): Promise<{ rows: ReportRow[]; total: number }> {
    const where = { communityId, state: 'open' };
    const [rows, total] = await Promise.all([
      this.db.report.findMany({ where, orderBy: { id: 'asc' }, take: limit, include: withNames }),
      this.db.report.count({ where }),
    ]);
    return { rows: rows.map(toRow), total };
  }

  /** Resolves an open report of this community; false when there is none with that id. */
  async resolve(communityId: number, id: number, by: string, at: Date): Promise<boolean> {
    const { count } = await this.db.report.updateMany({
      where: { id, communityId, state: 'open' },
      data: { state: 'resolved', resolvedBy: by, resolvedAt: at },
    });
    return count === 1;
  }

  /**
   * The question the member answered last in this community — the daily one or a practice one,
   * whichever was later — with the day's fact for a daily answer; null if they answered none.
   */
  async lastAnswered(
    communityId: number,
    platform: string,
    externalId: string,
  ): Promise<{ questionId: string; factId: string | null } | null> {
    const rows = await this.db.$queryRaw<{ questionId: string; factId: string | null }[]>`
      SELECT "questionId", "factId" FROM (
        (SELECT p."questionId", p."factId", a."answeredAt"
         FROM "Answer" a JOIN "DailyPost" p ON p."id" = a."dailyPostId"
         JOIN "Member" m ON m."id" = a."memberId"
         WHERE m."platform" = ${platform} AND m."externalId" = ${externalId} AND p."communityId" = ${communityId}
         ORDER BY a."answeredAt" DESC LIMIT 1)
        UNION ALL
        (SELECT pa."questionId", NULL, pa."answeredAt"
         FROM "PracticeAnswer" pa JOIN "Member" m ON m."id" = pa."memberId"
         WHERE m."platform" = ${platform} AND m."externalId" = ${externalId} AND pa."communityId" = ${communityId}
         ORDER BY pa."answeredAt" DESC LIMIT 1)
      ) last ORDER BY "answeredAt" DESC LIMIT 1`;
    return rows[0] ?? null;
  }

  /** Every report of every community, grouped by the caller (pack maintainers' view). */
  async all(): Promise<ReportRow[]> {
    const rows = await this.db.report.findMany({
      orderBy: [{ itemKind: 'asc' }, { itemId: 'asc' }, { id: 'asc' }],
      include: withNames,
    });
    return rows.map(toRow);
  }
}
