// English sentences the adapters show on their own (before or around the core's reply), and the
// captions their renderers draw: headings, button labels, the answer count on a daily post.
import { num } from '../format.ts';

export const platforms = {
  // Rendering, on every platform
  'render.question': () => 'Question',
  'render.solution': () => 'Solution',
  /** The daily post's answer count: field name, then its value. */
  'render.answered': () => 'Answered',
  'render.members': (p: { n: number }) => (p.n === 1 ? '1 member' : `${num('en', p.n)} members`),
  /** A field continued in the next one. */
  'render.continued': (p: { name: string }) => `${p.name} (cont.)`,
  // Discord
  'engine.communityOnly': (p: { command: string }) =>
    `/${p.command} works in a server, where your streak and the leaderboard live. Add me to one and try it there.`,
  'discord.unknownButton': () =>
    "I don't recognise that button (it may be from an older message). Try /daily for today's question or /quiz for practice.",
  'discord.unknownInteraction': () =>
    "I can't handle that kind of action yet. Type /help to see what I can do.",
  'discord.directMessages': () => 'Direct messages',
  // Telegram
  'telegram.greeting': () => 'Hello! I post a daily UPSC fact and question here.',
  'telegram.greetingSetup': (p: { example: string }) =>
    `An admin can choose the time with ${p.example}; /help lists everything I do.`,
  'telegram.commandsOnly': () => 'I answer commands: try /daily, /quiz, /fact cepa or /help.',
  'engine.adminCheckFailed': () =>
    "I couldn't check your admin rights just now. Please try again in a minute.",
  'telegram.channel': () => 'Channel',
  'telegram.voteInPoll': () => "Today's question is the quiz poll I posted (quoted above): vote there.",
  'telegram.answerSentPrivately': (p: { name: string }) =>
    `${p.name}, your answer is in — I've sent you the result privately.`,
  'telegram.alreadyAnswered': (p: { name: string }) =>
    `${p.name}, you have already answered today — only your first answer counts.`,
  'telegram.answerNeedsStart': (p: { name: string; bot: string }) =>
    `${p.name}, your answer is in. To see whether it was right without spoiling it for others, open a private chat with me (@${p.bot}) and press Start; after that I'll send results there.`,
  // Terminal
  'console.welcome': () => 'Studybot terminal chat. Type /help for commands, /quit to leave.',
  'console.slash': () => 'Commands start with a slash, e.g. /fact cepa. Type /help to see them all.',
  'console.noPractice': () =>
    "There's no practice question on screen: /quiz asks one. Today's question is answered with /answer.",
  'console.practiceLetter': () => 'Please answer the practice question with a letter, e.g. /practice B.',
  'console.practiceHelp': () =>
    "/practice <a-d> — answer the practice question on screen (/answer always answers today's)",
  'console.question': () => 'Question:',
  'console.practiceQuestion': () => 'Practice question:',
  'console.answerDaily': (p: { letters: string }) => `Answer today's question with /answer ${p.letters}`,
  'console.answerPractice': (p: { letters: string }) =>
    `Answer this practice question with /practice ${p.letters} (/answer is for today's question)`,
  'console.solution': () => 'Solution:',
  'console.picture': (p: { file: string }) => `Picture: ${p.file}`,
};
