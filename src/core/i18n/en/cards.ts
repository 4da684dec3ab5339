// English words drawn on the picture cards (progress, weekly podium, share); src/pictures/labels.ts
// turns them into the cards' CardLabels.
import { num } from '../format.ts';

export const cards = {
  'card.brand': () => 'studybot',
  /** Monday first, comma-separated, like the heatmap's rows. */
  'card.weekdays': () => 'Mon,Tue,Wed,Thu,Fri,Sat,Sun',
  'card.months': () => 'Jan,Feb,Mar,Apr,May,Jun,Jul,Aug,Sep,Oct,Nov,Dec',
  'card.progressTitle': () => 'Progress',
  'card.answeredSummary': (p: { answered: number; pct: number }) =>
    `${num('en', p.answered)} answered · ${p.pct}% correct`,
  'card.noAnswersYet': () => 'No answers yet: today’s question is waiting.',
  'card.currentStreak': () => 'Current streak',
  'card.bestStreak': () => 'Best streak',
  'card.points': () => 'Points',
  'card.netScore': () => 'Net score (UPSC marking)',
  /** The unit under a number of days: "day" or "days". */
  'card.days': (p: { n: number }): string => (p.n === 1 ? 'day' : 'days'),
  'card.calendarTitle': () => 'Last 12 weeks',
  'card.legendRight': () => 'Right',
  'card.legendWrong': () => 'Wrong',
  'card.legendFreeze': () => 'Freeze',
  'card.legendSkipped': () => 'No post',
  'card.legendMissed': () => 'Missed',
  'card.sectionsTitle': () => 'Accuracy by section',
  'card.otherSections': (p: { n: number }) => `${p.n} more ${p.n === 1 ? 'section' : 'sections'}`,
  'card.weeklySummary': () => 'Weekly summary',
  'card.pointsShort': (p: { points: number }) => `${num('en', p.points)} pts`,
  'card.participationTitle': () => 'Answers per day',
  'card.hardestTitle': () => 'Hardest question',
  /** Under the hardest question's percentage. */
  'card.hardestCaption': () => 'answered it correctly',
  'card.noHardest': () => 'No question was answered this week.',
  'card.dayNumber': (p: { day: number }) => `Day ${num('en', p.day)}`,
  'card.answeredCorrectly': () => 'answered correctly',
  'card.answered': () => 'answered',
  'card.streak': (p: { days: number }) => `${num('en', p.days)}-day streak`,
};
