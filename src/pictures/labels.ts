// Every word drawn on a card, from the bot's message catalog ("card.*" keys, English and Hindi).
// Templates are functions because word order and plurals differ by language.
import { t, type Lang } from '../core/i18n/index.ts';

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

/** The cards' words in `lang`. */
export function cardLabels(lang: Lang): CardLabels {
  const weekdays = t(lang, 'card.weekdays').split(',');
  return {
    locale: LOCALE[lang],
    brand: t(lang, 'card.brand'),
    weekdaysShort: [
      weekdays[0]!,
      weekdays[1]!,
      weekdays[2]!,
      weekdays[3]!,
      weekdays[4]!,
      weekdays[5]!,
      weekdays[6]!,
    ],
    monthsShort: t(lang, 'card.months').split(','),

    progressTitle: t(lang, 'card.progressTitle'),
    answeredSummary: (answered, pct) => t(lang, 'card.answeredSummary', { answered, pct }),
    noAnswersYet: t(lang, 'card.noAnswersYet'),
    currentStreak: t(lang, 'card.currentStreak'),
    bestStreak: t(lang, 'card.bestStreak'),
    points: t(lang, 'card.points'),
    netScore: t(lang, 'card.netScore'),
    days: (n) => t(lang, 'card.days', { n }),
    calendarTitle: t(lang, 'card.calendarTitle'),
    legend: {
      right: t(lang, 'card.legendRight'),
      wrong: t(lang, 'card.legendWrong'),
      freeze: t(lang, 'card.legendFreeze'),
      skipped: t(lang, 'card.legendSkipped'),
      missed: t(lang, 'card.legendMissed'),
    },
    sectionsTitle: t(lang, 'card.sectionsTitle'),
    otherSections: (n) => t(lang, 'card.otherSections', { n }),

    weeklySummary: t(lang, 'card.weeklySummary'),
    pointsShort: (points) => t(lang, 'card.pointsShort', { points }),
    emptyPlace: '—',
    participationTitle: t(lang, 'card.participationTitle'),
    hardestTitle: t(lang, 'card.hardestTitle'),
    hardestCaption: t(lang, 'card.hardestCaption'),
    noHardest: t(lang, 'card.noHardest'),

    dayNumber: (day) => t(lang, 'card.dayNumber', { day }),
    answeredCorrectly: t(lang, 'card.answeredCorrectly'),
    answered: t(lang, 'card.answered'),
    streak: (days) => t(lang, 'card.streak', { days }),
  };
}

/** BCP 47 locale for numbers on the cards (both group 1,00,000 the Indian way). */
const LOCALE: Record<Lang, string> = { en: 'en-IN', hi: 'hi-IN' };

export const englishLabels: CardLabels = cardLabels('en');
