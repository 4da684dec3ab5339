// English sentences about an answer: the verdict after a tap or /answer, a repeated or late answer,
// a button that no longer works, and the solution of a closed question.
import { count, num } from '../format.ts';

export const answers = {
  'answer.staleButton': () => 'This button no longer works. Try /daily or /quiz.',
  'answer.questionGone': () => "I can't find that question any more. Try /daily for today's.",
  'answer.pickOne': (p: { letters: string }) => `Please pick one of ${p.letters}.`,
  'answer.closed': (p: { day: string; key: string }) =>
    `That question closed at the end of ${p.day}; answers now go to today's question (/daily). The answer was ${p.key}.`,
  'answer.duplicate': (p: { choice: string; correct: boolean; key: string }) =>
    `You already answered ${p.choice} today — ${p.correct ? 'and it was right' : 'the answer was ' + p.key}. Only your first answer counts.`,
  'answer.correctTitle': (p: { choice: string }) => `Correct: ${p.choice}`,
  'answer.wrongTitle': (p: { key: string }) => `Not quite: the answer is ${p.key}`,
  'answer.correctDaily': (p: { option: string }) => `${p.option} — +10 points.`,
  /** The right option, after a wrong answer (or a right practice answer). */
  'answer.option': (p: { option: string }) => `${p.option}.`,
  'answer.streakLine': (p: { streak: number; best: number; points: number }) =>
    `Streak: ${count('en', p.streak, { one: 'day', other: 'days' })} (best ${p.best}) · ${num('en', p.points)} points`,
  'answer.notRecorded': () =>
    "I couldn't record that answer just now; please tap again — your first answer is the one that counts.",
  'answer.practiceGone': () => 'That practice question is no longer in the pack. Try /quiz for a new one.',
  'answer.practiceNote': () => 'Practice questions do not change your streak or points. /quiz for another.',
  'solution.answer': (p: { key: string }) => `Answer: ${p.key}`,
  'solution.title': (p: { day: string }) => `Solution · ${p.day}'s question`,
  /** "Statement-I:" / "Statement-II:" before an assertion-reason question's statements. */
  'question.statementI': () => 'Statement-I:',
  'question.statementII': () => 'Statement-II:',
};
