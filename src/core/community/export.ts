// /export (issue 15 item 5): every member's score and streaks as a CSV file for the group's admins.
import { csvField } from '../../content/csv.ts';
import type { MemberRow } from '../../store/insights.ts';
import { t } from '../i18n/index.ts';
import { visibleStreak, type SkippedDays } from '../streaks.ts';
import { addDays, type LocalDate } from '../time.ts';
import type { CommandContext, Reply } from '../types.ts';

const HEADER = [
  'rank',
  'name',
  'platform_id',
  'points',
  'answered',
  'correct',
  'accuracy_percent',
  'current_streak',
  'best_streak',
  'last_answered',
];

/**
 * A cell as text a spreadsheet shows as written: a name like "=HYPERLINK(...)" or "+91..." would
 * otherwise run as a formula when an admin opens the file (CSV injection), so such a cell starts
 * with an apostrophe, as OWASP advises.
 */
export function csvCell(value: string | number): string {
  const s = String(value);
  return csvField(/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);
}

/** The CSV; `skipped` holds the community's skipped days since the oldest last answer. */
export function membersCsv(rows: readonly MemberRow[], today: LocalDate, skipped?: SkippedDays): string {
  const lines = [HEADER.join(',')];
  rows.forEach((r, i) => {
    // The streak as /streak shows it today: freezes and skipped days keep it alive.
    const state = {
      current: r.currentStreak,
      best: r.bestStreak,
      last: r.lastAnsweredDate,
      freezes: r.freezes,
      freezesUsed: r.freezesUsed,
    };
    const streak = visibleStreak(state, today, skipped);
    lines.push(
      [
        i + 1,
        r.displayName,
        r.externalId,
        r.points,
        r.answered,
        r.correct,
        r.answered ? Math.round((100 * r.correct) / r.answered) : 0,
        streak,
        r.bestStreak,
        r.lastAnsweredDate ?? '',
      ]
        .map(csvCell)
        .join(','),
    );
  });
  // A BOM so that Excel reads the names (Devanagari, accents) as UTF-8.
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export async function exportMembers(ctx: CommandContext): Promise<Reply> {
  const { store } = ctx.services;
  const rows = await store.insights.members(ctx.community.id);
  if (rows.length === 0)
    return { visibility: 'ephemeral', tone: 'info', lines: [t(ctx.memberLang, 'export.empty')] };
  // One read of the skipped days for every row: from the day after the oldest last answer.
  const oldest = rows.reduce<LocalDate | null>(
    (min, r) => (r.lastAnsweredDate && (!min || r.lastAnsweredDate < min) ? r.lastAnsweredDate : min),
    null,
  );
  const skipped = oldest
    ? await store.skips.between(ctx.community.id, addDays(oldest, 1), ctx.today)
    : undefined;
  return {
    visibility: 'ephemeral',
    tone: 'success',
    lines: [t(ctx.memberLang, 'export.caption', { members: rows.length })],
    file: {
      data: Buffer.from(membersCsv(rows, ctx.today, skipped), 'utf8'),
      name: `members-${ctx.today}.csv`,
      contentType: 'text/csv',
    },
  };
}
