// Plain-text formatting shared by commands.
import type { Lang } from './i18n/index.ts';
import type { LocalDate } from './time.ts';

/** "Fri, 27 Nov 2026" / "शुक्र, 27 नव॰ 2026": the same figures in both languages. */
export function formatDay(date: LocalDate, lang: Lang): string {
  const d = new Date(`${date}T12:00:00Z`);
  return d.toLocaleDateString(DAY_LOCALE[lang], {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

const DAY_LOCALE: Record<Lang, string> = { en: 'en-GB', hi: 'hi-IN-u-nu-latn' };

/**
 * Text typed by a user, without control characters (C0, DEL, C1): they mean nothing in a topic,
 * a name or a time, and PostgreSQL refuses a NUL in text outright (error 22021). Line breaks and
 * tabs become spaces; the rest are dropped, so "ce\u0000pa" still finds cepa.
 */
export function withoutControls(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what we strip
  return text.replace(/[\t\n\v\f\r]+/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, '');
}

/** Shortens plain text to `max` UTF-16 units with an ellipsis, never cutting a surrogate pair. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = max - 1;
  if (isHighSurrogate(text.charCodeAt(cut - 1))) cut -= 1;
  return `${text.slice(0, cut).trimEnd()}…`;
}

export const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/** Display names come from users: keep them short and on one line. */
export function cleanName(name: string): string {
  const one = withoutControls(name).trim();
  return (one || 'Someone').slice(0, 64);
}
