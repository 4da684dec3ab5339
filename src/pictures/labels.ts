// Every word drawn on a card comes from here, so the bot's message catalog can supply them (and a
// Hindi column later). Templates are functions because word order and plurals differ by language.

export interface CardLabels {
  /** BCP 47 locale for numbers on the cards (en-IN groups 1,00,000). */
  locale: string;
  brand: string;
  /** Monday first, like the heatmap's rows. */
  weekdaysShort: readonly [string, string, string, string, string, string, string];
  monthsShort: readonly string[];

  // Progress card (/stats)
  progressTitle: string;
  answeredSummary: (answered: number, accuracyPercent: number) => string;
  noAnswersYet: string;
  currentStreak: string;
  bestStreak: string;
  points: string;
  netScore: string;
  days: (n: number) => string;
  calendarTitle: string;
  legend: { right: string; wrong: string; freeze: string; skipped: string; missed: string };
  sectionsTitle: string;
  otherSections: (count: number) => string;

  // Podium card (weekly summary)
  weeklySummary: string;
  pointsShort: (points: number) => string;
  emptyPlace: string;
  participationTitle: string;
  hardestTitle: string;
  /** Under the hardest question's percentage: "answered it correctly". */
  hardestCaption: string;
  noHardest: string;

  // Share card (after the daily answer)
  dayNumber: (day: number) => string;
  answeredCorrectly: string;
  answered: string;
  streak: (days: number) => string;
}

const n = (value: number) => value.toLocaleString('en-IN');

export const englishLabels: CardLabels = {
  locale: 'en-IN',
  brand: 'studybot',
  weekdaysShort: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
  monthsShort: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],

  progressTitle: 'Progress',
  answeredSummary: (answered, pct) => `${n(answered)} answered · ${pct}% correct`,
  noAnswersYet: 'No answers yet: today’s question is waiting.',
  currentStreak: 'Current streak',
  bestStreak: 'Best streak',
  points: 'Points',
  netScore: 'Net score (UPSC marking)',
  days: (d) => (d === 1 ? 'day' : 'days'),
  calendarTitle: 'Last 12 weeks',
  legend: { right: 'Right', wrong: 'Wrong', freeze: 'Freeze', skipped: 'No post', missed: 'Missed' },
  sectionsTitle: 'Accuracy by section',
  otherSections: (count) => `${count} more ${count === 1 ? 'section' : 'sections'}`,

  weeklySummary: 'Weekly summary',
  pointsShort: (points) => `${n(points)} pts`,
  emptyPlace: '—',
  participationTitle: 'Answers per day',
  hardestTitle: 'Hardest question',
  hardestCaption: 'answered it correctly',
  noHardest: 'No question was answered this week.',

  dayNumber: (day) => `Day ${n(day)}`,
  answeredCorrectly: 'answered correctly',
  answered: 'answered',
  streak: (days) => `${n(days)}-day streak`,
};
