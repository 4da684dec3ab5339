// English sentences of /streak, /leaderboard and /stats.
import { count, num } from '../format.ts';

export const standings = {
  'streak.unknownMember': () => 'That member',
  'streak.notAnswered': (p: { who: string }) => `${p.who} hasn't answered a daily question here yet.`,
  'streak.titleMine': () => 'Your streak',
  'streak.titleOf': (p: { name: string }) => `${p.name}'s streak`,
  'streak.noneMine': () => "You haven't answered a daily question here yet. Start today with /daily!",
  'streak.noneOf': (p: { name: string }) => `${p.name} hasn't answered a daily question here yet.`,
  'streak.current': (p: { current: number; best: number }) =>
    `Current streak: ${count('en', p.current, days)} · best: ${count('en', p.best, days)}`,
  'streak.points': (p: { points: number; correct: number; answered: number }) =>
    `Points: ${num('en', p.points)} · ${p.correct} of ${p.answered} daily questions right`,
  'streak.atRisk': () => "Answer today's question (/daily) to keep your streak alive.",
  'streak.ended': () => 'Your streak ended after a missed day; answer today to start a new one.',
  'leaderboard.badPeriod': () => 'Choose "week" or "all", e.g. /leaderboard all.',
  'leaderboard.titleWeek': () => 'Leaderboard · this week',
  'leaderboard.titleAll': () => 'Leaderboard · all time',
  'leaderboard.empty': () => 'Nobody has answered yet. Be the first: /daily',
  'leaderboard.line': (p: { rank: number; name: string; points: number; answered: number }) =>
    `${p.rank}. ${p.name} — ${num('en', p.points)} pts (${p.answered} answered)`,
  'leaderboard.getOn': () => 'Answer the daily question to get on the board.',
  'leaderboard.ranked': (p: { n: number }) => `${p.n} ranked`,
  'stats.title': () => 'Your stats',
  'stats.none': () => 'No answers yet. Try /daily or /quiz.',
  'stats.retired': () => 'Retired questions',
  'stats.overall': (p: { pct: string; answers: number }) =>
    `Overall: ${p.pct} right of ${count('en', p.answers, { one: 'answer', other: 'answers' })}`,
  'stats.split': (p: {
    daily: number;
    dailyOf: number;
    dailyPct: string;
    practice: number;
    practiceOf: number;
    practicePct: string;
  }) =>
    `Daily: ${p.daily}/${p.dailyOf} (${p.dailyPct}) · Practice: ${p.practice}/${p.practiceOf} (${p.practicePct})`,
  'stats.revise': (p: { section: string }) => `To revise: ${p.section}`,
  'stats.score': (p: { correct: number; answered: number; pct: string }) =>
    `${p.correct}/${p.answered} (${p.pct})`,
};

const days = { one: 'day', other: 'days' };
