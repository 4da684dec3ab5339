// English sentences of /help: its title, the first line (when the daily post comes, or how to get
// it) and the mark on admin-only commands.
export const help = {
  'help.title': () => 'Studybot — daily UPSC revision',
  'help.active': (p: { time: string; zone: string }) =>
    `Every day at ${p.time} (${p.zone}) I post a fact and a question from the India-Japan relations pack. Answer it the same day to build your streak; each right answer earns 10 points.`,
  'help.waiting': (p: { reason: string; admin: boolean }) =>
    `Daily posts are off here (${p.reason}) so that nobody gets them unasked: ${p.admin ? 'run' : 'an admin can run'} /setup with a time, e.g. /setup 07:30 Asia/Kolkata, to get a fact and a question here every day. /daily, /fact and /quiz work meanwhile.`,
  'help.off': (p: { reason: string }) =>
    `Daily posts are off here (${p.reason}); an admin can start them with /setup. /daily, /fact and /quiz work meanwhile.`,
  /** The reason shown when none was stored. */
  'help.paused': () => 'paused',
  /** The stored reasons the core itself writes (store/communities.ts, /pause), worded. */
  'help.reasonSetup': () => 'waiting for /setup',
  'help.reasonPausedByAdmin': () => 'paused by an admin',
  'help.line': (p: { usage: string; description: string; admins: boolean }) =>
    `${p.usage} — ${p.description}${p.admins ? ' (admins)' : ''}`,
};
