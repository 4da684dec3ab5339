// Card data for the image tests, the goldens and the bench: a typical member and community, and
// the edge cases the issue names (no history, a 400-day streak, a Hindi name, a 100-character name).
import { addDays } from '../../../src/core/time.ts';
import type {
  DayState,
  PodiumCardData,
  ProgressCardData,
  ShareCardData,
} from '../../../src/pictures/index.ts';

export const TODAY = '2025-05-14'; // a Wednesday: the heatmap's last column is half filled
export const HINDI_NAME = 'प्रियंका शर्मा';
export const LONG_NAME =
  'Venkataraghavan Subramaniam Ramachandran Iyer Krishnamurti Narasimhan Parthasarathy Sundararajan Ram';

/** A deterministic, lifelike mix of days over the last 12 weeks. */
function history(today: string, count: number): { date: string; state: DayState }[] {
  const states: (DayState | null)[] = [
    'right',
    'right',
    'wrong',
    'right',
    'right',
    'freeze',
    'right',
    null,
    'right',
    'skipped',
    'right',
    'wrong',
    'right',
  ];
  return Array.from({ length: count }, (_, i) => ({
    date: addDays(today, -i),
    state: states[(i * 5) % states.length],
  })).filter((d): d is { date: string; state: DayState } => d.state !== null);
}

const sections = [
  { title: 'Economic partnership', answered: 14, correct: 12 },
  { title: 'Defence and security', answered: 10, correct: 7 },
  { title: 'Technology and the Shinkansen', answered: 9, correct: 9 },
  { title: 'History and culture', answered: 8, correct: 5 },
  { title: 'Indo-Pacific strategy', answered: 12, correct: 10 },
  { title: 'People-to-people ties', answered: 9, correct: 8 },
];

export const progressExample: ProgressCardData = {
  name: 'Priyanka Sharma',
  today: TODAY,
  days: history(TODAY, 84),
  currentStreak: 23,
  bestStreak: 41,
  points: 1240,
  netScore: 2 * 51 - (2 / 3) * 11,
  answered: 62,
  correct: 51,
  sections,
};

export const progressEmpty: ProgressCardData = {
  name: 'Asha',
  today: TODAY,
  days: [],
  currentStreak: 0,
  bestStreak: 0,
  points: 0,
  netScore: 0,
  answered: 0,
  correct: 0,
  sections: [],
};

/** 400 days answered in a row, and more sections than the card has rows for. */
export const progressLongStreak: ProgressCardData = {
  name: 'Arjun Mehta',
  today: TODAY,
  days: Array.from({ length: 400 }, (_, i) => ({
    date: addDays(TODAY, -i),
    state: i % 9 === 4 ? 'wrong' : 'right',
  })),
  currentStreak: 400,
  bestStreak: 400,
  points: 123_456,
  netScore: 2 * 356 - (2 / 3) * 44,
  answered: 400,
  correct: 356,
  sections: Array.from({ length: 11 }, (_, i) => ({
    title: `Section ${i + 1}`,
    answered: 40 - i,
    correct: 30 - i,
  })),
};

export const progressHindi: ProgressCardData = { ...progressExample, name: HINDI_NAME };
export const progressLongName: ProgressCardData = { ...progressExample, name: LONG_NAME };

const week = Array.from({ length: 7 }, (_, i) => addDays('2025-05-12', i));

export const podiumExample: PodiumCardData = {
  communityTitle: 'UPSC Prelims 2026 · Morning batch',
  weekLabel: '12–18 May 2025',
  top: [
    { name: 'Priyanka Sharma', points: 70 },
    { name: 'Arjun Mehta', points: 60 },
    { name: 'Fatima Khan', points: 50 },
  ],
  participation: week.map((date, i) => ({ date, answered: [42, 38, 45, 31, 40, 27, 35][i] as number })),
  hardest: {
    prompt:
      'Consider the following statements about the Special Strategic and Global Partnership between India and Japan. How many of the statements given above are correct?',
    answered: 35,
    correct: 8,
  },
};

export const podiumEmpty: PodiumCardData = {
  communityTitle: 'New study circle',
  weekLabel: '12–18 May 2025',
  top: [],
  participation: week.map((date) => ({ date, answered: 0 })),
  hardest: null,
};

export const podiumTwo: PodiumCardData = { ...podiumExample, top: podiumExample.top.slice(0, 2) };
export const podiumHindi: PodiumCardData = {
  ...podiumExample,
  top: [{ name: HINDI_NAME, points: 2_800 }, ...podiumExample.top.slice(1)],
};
export const podiumLongName: PodiumCardData = {
  ...podiumExample,
  communityTitle: LONG_NAME,
  top: [{ name: LONG_NAME, points: 70 }, ...podiumExample.top.slice(1)],
};

export const shareExample: ShareCardData = {
  name: 'Priyanka Sharma',
  day: 23,
  packTitle: 'India-Japan relations',
  outcome: 'correct',
  streak: 23,
};
export const shareAnswered: ShareCardData = { ...shareExample, outcome: 'answered', streak: 0 };
export const shareLongStreak: ShareCardData = { ...shareExample, day: 400, streak: 400 };
export const shareHindi: ShareCardData = { ...shareExample, name: HINDI_NAME };
export const shareLongName: ShareCardData = { ...shareExample, name: LONG_NAME, packTitle: LONG_NAME };
