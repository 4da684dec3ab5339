// The SQL of the standings reads, as values (Prisma.Sql) so that the store runs them and the tests
// can EXPLAIN the very same text. Every read costs O(rows shown + log n + distinct points values):
// ranks and sizes are sums over a points histogram (WeeklyPoints, MembershipPoints); a board's top rows are the first entries of an index in rank order
// (WeeklyStanding_board_idx for a week, Membership_board_idx for all time), never a grouping of the
// community's answers.
//
// Rank order and ties (unchanged from the boards' first version): points decide the rank, and equal
// points share it (1, 1, 3, ...); the order of the rows within a shared rank is more answers first,
// then the earlier first answer of the week (week), or the best streak (all time), then the member
// id, so the list is deterministic. A rank is 1 + the number of entries with more points: the same
// number whether the member is in the list or shown below it as the caller.
import { Prisma } from '../generated/prisma/client.ts';
import { dateColumn, weekStart, type LocalDate } from '../core/time.ts';

/** A board's rows: `pos` 1..limit are the top, `pos` limit + 1 is the caller below them. */
export interface BoardRow {
  pos: bigint | number;
  rank: bigint | number;
  memberId: number;
  externalId: string;
  displayName: string;
  points: number;
  answered: number;
  total: bigint | number | null;
}

/** Where a board's entries live: one community's all-time memberships, or its tallies of one week. */
interface Source {
  table: Prisma.Sql;
  /** How many of the board's entries have each points value (same scope columns as `table`). */
  histogram: Prisma.Sql;
  /** The board's entries, as a condition on the table under the given alias. */
  scope(alias: string): Prisma.Sql;
  order: Prisma.Sql;
}

const allTimeSource = (communityId: number): Source => ({
  table: Prisma.sql`"Membership"`,
  histogram: Prisma.sql`"MembershipPoints"`,
  scope: (a) => Prisma.sql`${Prisma.raw(a)}."communityId" = ${communityId}`,
  order: Prisma.sql`s."points" DESC, s."bestStreak" DESC, s."memberId"`,
});

const weekSource = (communityId: number, date: LocalDate): Source => ({
  table: Prisma.sql`"WeeklyStanding"`,
  histogram: Prisma.sql`"WeeklyPoints"`,
  // The week of any date: the board of the ISO week (from Monday) that contains it.
  scope: (a) =>
    Prisma.sql`${Prisma.raw(a)}."communityId" = ${communityId} AND ${Prisma.raw(a)}."weekStart" = ${dateColumn(weekStart(date))}`,
  order: Prisma.sql`s."points" DESC, s."answered" DESC, s."firstAnsweredAt", s."memberId"`,
});

/**
 * The top `limit` rows with their ranks, the caller's own row below them when they are not among
 * them, and the number of ranked members. Beyond the shown rows, two sums over the board's points
 * histogram (one row per distinct points value, kept by triggers): the members with more points
 * than the caller (only for a caller outside the top rows) and all the board's members. A
 * membership or weekly row exists only once its member answered a daily question (the answer
 * statement creates it), so every entry counts.
 */
function boardSql(src: Source, callerMemberId: number | null, limit: number): Prisma.Sql {
  const { table, histogram, scope } = src;
  const below = Prisma.raw(String(shownRows(limit) + 1));
  return Prisma.sql`
    WITH ${topCte(src, limit)}, caller AS (
      SELECT s."memberId", s."points", s."answered", ${below}::bigint AS "pos",
             1 + (SELECT coalesce(sum(h."members"), 0) FROM ${histogram} h
                  WHERE ${scope('h')} AND h."points" > s."points")::bigint AS "rank"
      FROM ${table} s
      WHERE ${scope('s')} AND s."memberId" = ${callerMemberId ?? -1}
        AND NOT EXISTS (SELECT 1 FROM top WHERE top."memberId" = s."memberId")
    ), board AS (
      SELECT "memberId", "points", "answered", "pos", "rank" FROM top
      UNION ALL
      SELECT "memberId", "points", "answered", "pos", "rank" FROM caller
    )
    SELECT b."pos", b."rank", b."memberId", m."externalId", m."displayName", b."points", b."answered",
           (SELECT coalesce(sum(h."members"), 0) FROM ${histogram} h WHERE ${scope('h')})::bigint AS "total"
    FROM board b JOIN "Member" m ON m."id" = b."memberId"
    ORDER BY b."pos"`;
}

/** The top rows alone (the Sunday summary): no caller, no count. */
function topSql(src: Source, limit: number): Prisma.Sql {
  return Prisma.sql`
    WITH ${topCte(src, limit)}
    SELECT t."pos", t."rank", t."memberId", m."externalId", m."displayName", t."points", t."answered",
           NULL::bigint AS "total"
    FROM top t JOIN "Member" m ON m."id" = t."memberId"
    ORDER BY t."pos"`;
}

// The limit is the code's own small number, written into the text rather than bound, so that the
// generic plan of the named statement also knows the board is a few rows (and looks up their names
// by primary key rather than hashing every member).
const shownRows = (limit: number) => Math.max(1, Math.trunc(limit));

/** The first `limit` entries of the board's index; ranks among them are the global ranks. */
function topCte({ table, scope, order }: Source, limit: number): Prisma.Sql {
  return Prisma.sql`top AS (
      SELECT s.*, row_number() OVER (ORDER BY ${order}) AS "pos",
             rank() OVER (ORDER BY s."points" DESC) AS "rank"
      FROM (SELECT s.* FROM ${table} s WHERE ${scope('s')}
            ORDER BY ${order} LIMIT ${Prisma.raw(String(shownRows(limit)))}) s
    )`;
}

export const allTimeBoardSql = (communityId: number, callerMemberId: number | null, limit: number) =>
  boardSql(allTimeSource(communityId), callerMemberId, limit);

export const weekBoardSql = (
  communityId: number,
  date: LocalDate,
  callerMemberId: number | null,
  limit: number,
) => boardSql(weekSource(communityId, date), callerMemberId, limit);

export const weekTopSql = (communityId: number, date: LocalDate, limit: number) =>
  topSql(weekSource(communityId, date), limit);
