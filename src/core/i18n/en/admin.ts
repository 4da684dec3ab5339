// English sentences of the admin commands (/setup, /pause, /resume) and of timezone names.
export const admin = {
  'setup.badTime': (p: { typed: string }) =>
    `"${p.typed}" is not a time I understand; use 24-hour HH:MM, e.g. /setup 07:30 Asia/Kolkata.`,
  'setup.title': () => 'Daily post scheduled',
  'setup.when': (p: { time: string; zone: string }) =>
    `Every day at ${p.time} (${p.zone}) I'll post a fact and a question here.`,
  'setup.controls': () => 'Use /pause to stop and /resume to start again.',
  'pause.title': () => 'Daily post paused',
  'pause.body': () => 'No daily posts until an admin uses /resume. Streaks and points are kept.',
  'resume.setupFirst': () => 'Run /setup first, in the channel that should get the daily post.',
  'resume.title': () => 'Daily post resumed',
  'resume.next': (p: { time: string; zone: string }) => `Next post at ${p.time} (${p.zone}).`,
  /** `also`: other zones the abbreviation can mean, joined; empty when none. */
  'zone.abbreviation': (p: { typed: string; first: string; also: string; abbreviation: string }) =>
    `${p.typed} is an abbreviation, and abbreviations are ambiguous: use the zone's name, such as ${p.first}${p.also ? ` (${p.abbreviation} can also mean ${p.also})` : ''}, e.g. /setup 07:30 ${p.first}.`,
  'zone.offset': (p: { typed: string; matches: string; first: string }) =>
    `${p.typed} is not a timezone I know: offsets ignore daylight saving, so use the zone's name, such as ${p.matches}, e.g. /setup 07:30 ${p.first}.`,
  'zone.offsetNoMatch': (p: { typed: string }) =>
    `${p.typed} is not a timezone I know: offsets ignore daylight saving, so use the zone's name, e.g. /setup 07:30 Asia/Kolkata.`,
  'zone.unknown': (p: { typed: string }) =>
    `${p.typed} is not a timezone I know; use an IANA name such as Asia/Kolkata, Asia/Tokyo or Europe/London (e.g. /setup 07:30 Asia/Kolkata).`,
  /** Joins alternatives: "Asia/Kolkata or Asia/Colombo". */
  'zone.or': (p: { items: string[] }) => p.items.join(' or '),
};
