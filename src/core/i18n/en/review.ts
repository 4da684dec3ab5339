// English sentences of spaced review (/review) and reminders (/remind), issue 12.
import { count, num } from '../format.ts';

export const review = {
  'review.title': (p: { section: string; n: number }) => `Review ${p.n} · ${p.section}`,
  'review.missed': () => 'You missed this one last time.',
  'review.due': () => 'Due for review.',
  'review.new': () => 'A question new to you.',
  'review.footer': () => 'Review only: your streak, points and leaderboards are not affected.',
  'review.right': (p: { letter: string }) => `Correct: ${p.letter}`,
  'review.wrong': (p: { letter: string }) => `Not quite: the answer is ${p.letter}`,
  'review.nextOfThis': (p: { when: string }) => `This question comes back ${p.when}.`,
  'review.next': () => 'Next',
  'review.start': () => 'Start review',
  'review.notDue': () => 'You have reviewed this question already; it comes back later. Tap Next to go on.',
  'review.gone': () => 'That question is no longer in the pack. Tap Next for another.',
  'review.pick': (p: { letters: string }) => `Please pick one of ${p.letters}.`,
  'review.doneTitle': () => 'Review done',
  'review.nothing': () =>
    'Nothing to review right now: questions you answer (daily, /quiz) come back here when they are due.',
  'review.summary': (p: { reviewed: number; right: number }) =>
    `Reviewed ${count('en', p.reviewed, { one: 'question', other: 'questions' })}, ${num('en', p.right)} right.`,
  'review.nextDue': (p: { when: string }) => `Your next card is due ${p.when}.`,
  'review.noCards': () => 'You have no cards yet: answer the daily question or /quiz to make some.',
  'review.when': (p: { date: string; time: string; zone: string }) => `on ${p.date} at ${p.time} (${p.zone})`,
  'review.openPrivate': () =>
    'Review happens in your private chat with me, so your answers stay yours. Open it here:',
  'review.openPrivateButton': () => 'Open review',
  'review.newPerDay': (p: { n: number }) =>
    `Up to ${count('en', p.n, { one: 'new question', other: 'new questions' })} a day join your reviews.`,

  'review.terminalQuestion': () => 'Review question:',
  'review.terminalAnswer': (p: { letters: string }) =>
    `Answer this review question with /review ${p.letters}`,
  'review.terminalNext': () => '/review for the next one.',
  'review.terminalHelp': () => 'There is no review question on screen to answer: /review shows the next one.',

  'remind.set': (p: { time: string; zone: string }) =>
    `Done: at ${p.time} (${p.zone}) each day I'll message you privately if reviews are due or today's question is waiting — and stay quiet when nothing is. /remind off stops it.`,
  'remind.off': () => 'Reminders are off. /remind HH:MM turns them on again.',
  'remind.wasOff': () => 'You had no reminder on. /remind 07:30 sets one.',
  'remind.badTime': () => 'Please give a 24-hour time, e.g. /remind 07:30 or /remind 21:15 Asia/Kolkata.',
  'remind.startFirst': () =>
    "I can only message you after you open a private chat with me and press Start (Telegram's rule). Open it here, then send /remind there:",
  'remind.startFirstButton': () => 'Open private chat',
  'remind.closedNotice': () =>
    'I switched your reminder off: your direct messages from this server are closed, so I could not deliver it. Open them and send /remind HH:MM to turn it on again.',
  'remind.title': () => 'Your study reminder',
  'remind.reviews': (p: { n: number }) => count('en', p.n, { one: 'review due', other: 'reviews due' }),
  'remind.unanswered': () => "today's question not answered yet",
  'remind.atRisk': (p: { n: number }) => `your ${num('en', p.n)}-day streak is at risk`,
};
