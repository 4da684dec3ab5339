// `studybot content reports`: every member's error report from every community, grouped by the
// fact or question it names, for the pack's maintainers. Reads the bot's database (DATABASE_URL,
// or the embedded one in DATA_DIR) and the packs (to quote the item).
import type { ReportRow } from '../store/reports.ts';
import type { CliOutput } from './cli.ts';
import type { ContentLibrary } from './library.ts';

/** Reports grouped by item, open ones first within each item; items with open reports first. */
export function formatReports(rows: readonly ReportRow[], library: ContentLibrary | undefined): string {
  if (rows.length === 0) return 'No reports yet.';
  const groups = new Map<string, ReportRow[]>();
  for (const r of rows) {
    const key = `${r.itemKind}\u0000${r.itemId}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const openIn = (g: ReportRow[]) => g.filter((r) => r.state === 'open').length;
  const ordered = [...groups.values()].sort((a, b) => openIn(b) - openIn(a) || b.length - a.length);
  const out: string[] = [];
  for (const group of ordered) {
    const { itemKind, itemId } = group[0]!;
    const quote =
      itemKind === 'fact' ? library?.fact(itemId)?.title : library?.question(itemId)?.prompt.split('\n')[0];
    out.push(
      `${itemKind} ${itemId} — ${openIn(group)} open, ${group.length - openIn(group)} resolved${quote ? `\n  "${quote}"` : ''}`,
    );
    for (const r of group.sort(
      (a, b) => Number(b.state === 'open') - Number(a.state === 'open') || a.id - b.id,
    ))
      out.push(
        `  #${r.id} [${r.state}] ${r.createdAt.toISOString().slice(0, 10)} ${r.community} · ${r.reporter}: ${r.text || '(flagged with the button, no details)'}`,
      );
  }
  out.push(
    `${rows.length} report${rows.length === 1 ? '' : 's'} on ${groups.size} item${groups.size === 1 ? '' : 's'}`,
  );
  return out.join('\n');
}

export async function contentReports(out: CliOutput, contentDir: string): Promise<number> {
  const { loadConfig } = await import('../config.ts');
  const { openDatabase, createStore } = await import('../store/index.ts');
  const { createLogger } = await import('../log.ts');
  const { loadContent } = await import('./library.ts');
  const config = loadConfig();
  // The quotes are a courtesy: a pack that no longer loads still lets the reports be read.
  const library = await loadContent(contentDir).catch(() => undefined);
  const database = await openDatabase({
    databaseUrl: config.DATABASE_URL,
    dataDir: config.DATA_DIR,
    log: createLogger('warn'),
  });
  try {
    out.log(formatReports(await createStore(database.db).reports.all(), library));
    return 0;
  } finally {
    await database.close();
  }
}
