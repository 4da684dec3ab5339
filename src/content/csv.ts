// CSV for the content export (cli.ts) and a community's /export (core/community/export.ts); apart
// from the content CLI so that the bot does not load the CLI, its linter and validator to use it.

/** RFC 4180 field: quoted when it holds a comma, a quote, CR or LF; quotes doubled. */
export function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
