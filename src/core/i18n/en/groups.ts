// English sentences for the people who run study groups (issue 15): where the group discusses the
// day's question (threads, pings, forum topics), control over the day's post (/skip, /postnow,
// /preview), the admin told when posting fails, and Discord role rewards (/rolereward).
import { count } from '../format.ts';

export const groups = {
  // /setup's discussion options
  'groups.setup.discordOnly': () =>
    'Discussion threads and role pings are Discord features; on Telegram, run /setup in a forum topic to post the daily question there.',
  'groups.setup.threadsChoice': () =>
    'The threads option is "on" or "off", e.g. /setup 07:30 Asia/Kolkata on.',
  'groups.setup.pingRole': () => 'Pick the role to mention from the list Discord offers for the ping option.',
  'groups.setup.threadsOn': () =>
    "Each daily post gets a thread, “Discuss today's question”, closed when the day ends.",
  'groups.setup.threadsOff': () => 'No discussion threads (run /setup again with threads on to open them).',
  'groups.setup.pingOn': (p: { role: string }) => `Each daily post mentions ${p.role}.`,
  'groups.setup.pingOff': () => 'The daily post mentions no role.',
  'groups.setup.topic': () => 'The daily post and its solution go to this topic.',
  // the thread under a daily post (Discord allows at most 100 characters)
  'groups.thread.name': (p: { date: string }) => `Discuss today's question · ${p.date}`,

  // /skip
  'groups.skip.title': () => 'Day skipped',
  'groups.skip.done': (p: { date: string }) =>
    `No daily post today (${p.date}), and streaks don't break over a skipped day. Changed your mind? /postnow posts it after all.`,
  'groups.skip.already': (p: { date: string }) =>
    `Today (${p.date}) is already skipped; /postnow posts it after all.`,
  'groups.skip.posted': (p: { date: string }) =>
    `Today's post (${p.date}) has already gone out, so today can't be skipped; use /skip before the post time.`,
  'groups.skip.sending': () => "Today's post is being sent right now, so today can't be skipped any more.",
  'groups.daily.skipped': () =>
    "An admin skipped today's question: there is no daily question today, and streaks don't break over it. /quiz has practice questions.",

  // /postnow
  'groups.postnow.posted': () => "Today's fact and question are posted.",
  'groups.postnow.unskipped': () => 'Today was skipped; it is an ordinary day again.',
  'groups.postnow.already': () =>
    "Today's post has already gone out (or is going out right now); there is nothing more to post.",
  'groups.postnow.inactive': (p: { reason: string }) =>
    `Daily posts are off here (${p.reason}); run /setup or /resume first.`,
  'groups.postnow.unavailable': () =>
    "Posting isn't running in this session; the daily post goes out at its time when the bot runs normally.",
  'groups.postnow.failed': () =>
    "I couldn't post today's question just now; I'll try again at the next minute, so there is no need to repeat /postnow.",

  // /preview
  'groups.preview.title': (p: { date: string }) => `Tomorrow's post · ${p.date}`,
  'groups.preview.answer': (p: { letter: string; option: string }) => `Answer: ${p.letter} ${p.option}`,
  'groups.preview.skipped': () =>
    'Tomorrow is skipped: this will not be posted unless an admin uses /postnow then.',
  'groups.preview.footer': () => 'Only you can see this preview.',
  'groups.preview.notInChannel': () =>
    "/preview would show tomorrow's question to the whole channel; use it in a group or in your private chat with me.",
  'groups.preview.sentPrivately': (p: { name: string }) =>
    `${p.name}, I've sent you tomorrow's post privately, so the group isn't spoiled.`,
  'groups.preview.startFirst': (p: { name: string; bot: string }) =>
    `${p.name}, to see tomorrow's post without spoiling it for the group, open a private chat with me (@${p.bot}), press Start, then try /preview again.`,

  // The admin who ran /setup, told privately when the daily post can no longer be delivered.
  'groups.unreachable.title': () => "I couldn't post today's question",
  'groups.unreachable.discord': (p: { place: string }) =>
    `I can no longer post the daily question in ${p.place}: the channel was deleted, or I lost the View Channel, Send Messages or Embed Links permission there. Give them back (or pick another channel), then run /setup in the channel where the post should go.`,
  'groups.unreachable.telegram': (p: { place: string }) =>
    `I can no longer post the daily question in ${p.place}: I was removed from it or may no longer send messages there. Add me back (or let me post), then run /setup in the chat.`,
  'groups.unreachable.paused': () => 'Daily posts there are paused until then; streaks and points are kept.',

  // /rolereward (Discord)
  'groups.reward.discordOnly': () => 'Role rewards are a Discord feature.',
  'groups.reward.needThreshold': () =>
    'Give a streak or points threshold with the role, e.g. /rolereward role:@Regular streak:7.',
  'groups.reward.badNumber': (p: { what: string }) =>
    `The ${p.what} threshold must be a whole number from 1 to 100000.`,
  'groups.reward.title': () => 'Role reward set',
  'groups.reward.set': (p: { role: string; rule: string }) =>
    `${p.role} goes to members with ${p.rule}, and is taken back when that no longer holds.`,
  'groups.reward.streak': (p: { n: number }) =>
    `a streak of ${count('en', p.n, { one: 'day', other: 'days' })} or more`,
  'groups.reward.points': (p: { n: number }) =>
    `${count('en', p.n, { one: 'point', other: 'points' })} or more`,
  'groups.reward.or': (p: { a: string; b: string }) => `${p.a} or ${p.b}`,
  'groups.reward.off': () => 'Role rewards are off. Set one with /rolereward role:@Role streak:7.',
  'groups.reward.needsManageRoles': () =>
    'I need the Manage Roles permission, and my own role must be above the reward role in Server Settings → Roles, to give it; until then nobody gets it.',
};
