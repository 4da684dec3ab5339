// English sentences of the Sunday summary: the week's top three and the Mains prompt of the week.
import { count } from '../format.ts';

export const weekly = {
  'weekly.title': (p: { day: string }) => `Week in review · from ${p.day}`,
  'weekly.top': () => 'Top of the week:',
  /** place: 1, 2 or 3 */
  'weekly.place': (p: { place: number }) => ['1st', '2nd', '3rd'][p.place - 1] ?? `${p.place}.`,
  'weekly.line': (p: { place: string; name: string; points: number; answered: number }) =>
    `${p.place} ${p.name} — ${count('en', p.points, { one: 'point', other: 'points' })} (${p.answered} answered)`,
  'weekly.nobody': () =>
    'Nobody answered the daily question this week. A new week starts tomorrow: try /daily.',
  'weekly.mains': () => 'Mains prompt of the week:',
  'weekly.mainsPyq': (p: { year: number }) => `Mains prompt of the week (UPSC Mains ${p.year}):`,
  'weekly.footerMains': () => 'Write a 250-word answer this week, then compare it with the facts: /fact',
  'weekly.footerBoard': () => 'See the full board with /leaderboard',
};
