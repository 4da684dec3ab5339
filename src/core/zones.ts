// What a member types as a timezone -> the canonical IANA name we store, or a sentence saying which
// zone they probably mean. "asia/kolkata" and "Asia/Calcutta" are Asia/Kolkata; abbreviations and
// bare offsets are refused: IST is India, Ireland or Israel, EST is a fixed offset (no daylight
// saving: Panama's time, not New York's), and "UTC+5:30" would ignore a zone's daylight saving.
import { DateTime } from 'luxon';
import { isValidTimezone } from './time.ts';
import { t, type Lang } from './i18n/index.ts';

/**
 * ICU (and so Intl in Node) still names some zones by their old IANA names; the current names are
 * what members read in every other list.
 */
const CURRENT_NAMES: Record<string, string> = {
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Asia/Rangoon': 'Asia/Yangon',
  'Europe/Kiev': 'Europe/Kyiv',
  'America/Godthab': 'America/Nuuk',
  'Pacific/Enderbury': 'Pacific/Kanton',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'Pacific/Truk': 'Pacific/Chuuk',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
  'America/Indianapolis': 'America/Indiana/Indianapolis',
  'America/Louisville': 'America/Kentucky/Louisville',
  'Africa/Asmera': 'Africa/Asmara',
};

/** Common abbreviations -> the zones they usually mean, most likely first (for this bot's members). */
const ABBREVIATIONS: Record<string, string[]> = {
  IST: ['Asia/Kolkata', 'Europe/Dublin', 'Asia/Jerusalem'],
  JST: ['Asia/Tokyo'],
  KST: ['Asia/Seoul'],
  NPT: ['Asia/Kathmandu'],
  PKT: ['Asia/Karachi'],
  BST: ['Europe/London', 'Asia/Dhaka'],
  SLST: ['Asia/Colombo'],
  SGT: ['Asia/Singapore'],
  HKT: ['Asia/Hong_Kong'],
  ICT: ['Asia/Bangkok'],
  WIB: ['Asia/Jakarta'],
  GST: ['Asia/Dubai'],
  MSK: ['Europe/Moscow'],
  GMT: ['Europe/London', 'UTC'],
  WET: ['Europe/Lisbon'],
  CET: ['Europe/Paris', 'Europe/Berlin'],
  CEST: ['Europe/Paris', 'Europe/Berlin'],
  EET: ['Europe/Athens'],
  EST: ['America/New_York', 'America/Toronto'],
  EDT: ['America/New_York', 'America/Toronto'],
  CST: ['America/Chicago', 'Asia/Shanghai'],
  CDT: ['America/Chicago'],
  MST: ['America/Denver', 'America/Phoenix'],
  MDT: ['America/Denver'],
  PST: ['America/Los_Angeles'],
  PDT: ['America/Los_Angeles'],
  AST: ['America/Halifax', 'Asia/Riyadh'],
  AEST: ['Australia/Sydney', 'Australia/Brisbane'],
  AEDT: ['Australia/Sydney'],
};

/** Zones offered for a bare offset, in this order, when their offset matches. */
const FAMILIAR = [...new Set(Object.values(ABBREVIATIONS).flat())];

export type ZoneAnswer = { zone: string } | { problem: string };

/** Resolves typed text to a canonical IANA zone name, or explains (in `lang`) what to type instead. */
export function resolveTimezone(text: string, lang: Lang = 'en'): ZoneAnswer {
  const typed = text.trim();
  const shown = `"${typed.slice(0, 40)}"`;
  const abbreviation = ABBREVIATIONS[typed.toUpperCase()];
  if (abbreviation) {
    const [first, ...others] = abbreviation;
    return {
      problem: t(lang, 'zone.abbreviation', {
        typed: shown,
        first: first ?? '',
        also: others.length > 0 ? t(lang, 'zone.or', { items: others }) : '',
        abbreviation: typed.toUpperCase(),
      }),
    };
  }
  const offset = parseOffset(typed);
  if (offset !== undefined) {
    const matches = zonesAt(offset);
    return {
      problem:
        matches.length > 0
          ? t(lang, 'zone.offset', {
              typed: shown,
              matches: t(lang, 'zone.or', { items: matches }),
              first: matches[0] ?? '',
            })
          : t(lang, 'zone.offsetNoMatch', { typed: shown }),
    };
  }
  const zone = canonical(typed);
  if (!zone) {
    return {
      problem: t(lang, 'zone.unknown', { typed: shown }),
    };
  }
  return { zone };
}

/** The canonical name of a valid IANA zone, whatever its case or alias; undefined otherwise. */
export function canonical(typed: string): string | undefined {
  if (!isValidTimezone(typed)) return undefined;
  let resolved: string;
  try {
    resolved = new Intl.DateTimeFormat('en', { timeZone: typed }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
  const zone = CURRENT_NAMES[resolved] ?? resolved;
  // Real places only (and UTC): legacy fixed zones such as "EST" or "Etc/GMT-5" (whose sign is the
  // reverse of what it looks like) are refused above or here.
  if (zone === 'UTC') return zone;
  return zone.includes('/') && !zone.startsWith('Etc/') ? zone : undefined;
}

/** "+5:30", "UTC+05:30", "GMT-4", "Etc/GMT-5" -> minutes east of UTC. */
function parseOffset(text: string): number | undefined {
  const etc = /^etc\/gmt([+-])(\d{1,2})$/i.exec(text);
  // Etc/GMT-5 is five hours EAST of Greenwich (POSIX's reversed sign).
  if (etc) return (etc[1] === '-' ? 1 : -1) * Number(etc[2]) * 60;
  const m = /^(?:utc|gmt)?\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?$/i.exec(text);
  if (!m) return undefined;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
}

function zonesAt(offsetMinutes: number): string[] {
  const now = DateTime.utc();
  const fits = (zone: string) => now.setZone(zone).offset === offsetMinutes;
  const familiar = FAMILIAR.filter((z) => z !== 'UTC' && fits(z));
  if (familiar.length > 0) return familiar.slice(0, 3);
  return Intl.supportedValuesOf('timeZone')
    .map((z) => CURRENT_NAMES[z] ?? z)
    .filter((z) => z.includes('/') && !z.startsWith('Etc/') && fits(z))
    .slice(0, 3);
}
