// Local-date arithmetic in a community's IANA timezone. Luxon does the zone rules, so daylight
// saving changes move nothing: "08:00 in Europe/London" is 08:00 on both sides of a change.
import { DateTime, IANAZone } from 'luxon';

/** A calendar date as 'YYYY-MM-DD'. */
export type LocalDate = string;

/**
 * Only real IANA names: Luxon would also take "local", "system" or "UTC+5", which would make a
 * community's day depend on the server's own zone or ignore daylight saving.
 */
export function isValidTimezone(zone: string): boolean {
  return zone.length <= 64 && IANAZone.isValidZone(zone);
}

/** Parses "HH:MM" (24-hour; also "H:MM") into minutes after midnight, or undefined. */
export function parsePostTime(text: string): number | undefined {
  const m = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(text.trim());
  if (!m) return undefined;
  return Number(m[1]) * 60 + Number(m[2]);
}

export function formatPostTime(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** The local calendar date of an instant in a zone. */
export function localDateOf(instant: Date, zone: string): LocalDate {
  return DateTime.fromJSDate(instant, { zone }).toISODate() as string;
}

/** The instant at which a local wall-clock time happens on a local date (gaps move forward). */
export function instantOf(date: LocalDate, minutes: number, zone: string): Date {
  return DateTime.fromISO(date, { zone })
    .set({ hour: Math.floor(minutes / 60), minute: minutes % 60 })
    .toJSDate();
}

/** The instant at which a local date ends (the next local midnight). */
export function endOfLocalDate(date: LocalDate, zone: string): Date {
  return DateTime.fromISO(date, { zone }).plus({ days: 1 }).startOf('day').toJSDate();
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return DateTime.fromISO(date, { zone: 'UTC' }).plus({ days }).toISODate() as string;
}

/** Whole days from a to b (b - a). */
export function daysBetween(a: LocalDate, b: LocalDate): number {
  return Math.round(
    DateTime.fromISO(b, { zone: 'UTC' }).diff(DateTime.fromISO(a, { zone: 'UTC' }), 'days').days,
  );
}

/** The Monday that starts the ISO week containing a date. */
export function weekStart(date: LocalDate): LocalDate {
  return DateTime.fromISO(date, { zone: 'UTC' }).startOf('week').toISODate() as string;
}

export function isSunday(date: LocalDate): boolean {
  return DateTime.fromISO(date, { zone: 'UTC' }).weekday === 7;
}

/** A Date at UTC midnight, the form Prisma uses for @db.Date columns. */
export function dateColumn(date: LocalDate): Date {
  return new Date(`${date}T00:00:00.000Z`);
}

export function fromDateColumn(value: Date): LocalDate {
  return value.toISOString().slice(0, 10);
}
