// Plain-text formatting shared by commands.
import type { LocalDate } from './time.ts';

export function formatDay(date: LocalDate): string {
  const d = new Date(`${date}T12:00:00Z`);
  return d.toLocaleDateString('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** Display names come from users: keep them short and on one line. */
export function cleanName(name: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what we strip
  const one = name.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
  return (one || 'Someone').slice(0, 64);
}

export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
