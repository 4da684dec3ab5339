// English sentences of the study commands: the daily post, /fact, /topics, /quiz, /mains, /answer.
export const study = {
  'daily.title': (p: { day: string }) => `Daily fact · ${p.day}`,
  'daily.footer': (p: { zone: string }) => `Answer before midnight (${p.zone}) to keep your streak.`,
  'daily.answered': () => "You have answered today's question. Come back tomorrow!",
  'fact.source': (p: { section: string }) => `Source: ${p.section} · India-Japan editorial`,
  'fact.notFoundSuggest': (p: { topic: string; suggestions: string }) =>
    `I have no fact on "${p.topic}". Did you mean: ${p.suggestions}?`,
  'fact.notFound': (p: { topic: string }) =>
    `I have no fact on "${p.topic}". Try /topics to see what I know.`,
  'topics.title': (p: { n: number }) => `Topics (${p.n})`,
  'topics.hint': () => 'Look any of these up with /fact <topic>.',
  'quiz.title': (p: { section: string }) => `Practice · ${p.section}`,
  'quiz.footer': () => 'Practice only: your streak and points are not affected.',
  'answer.pickLetter': (p: { last: string }) =>
    `Please answer with a letter from a to ${p.last}, e.g. /answer b.`,
  'mains.pyq': (p: { year: string; paper: string }) =>
    `UPSC Mains ${p.year} (previous-year question), ${p.paper}`,
  'mains.editorial': (p: { paper: string }) => `Practice (editorial), ${p.paper}`,
  'mains.title': (p: { label: string }) => `Mains · ${p.label}`,
  'mains.note': (p: { note: string }) => `Note: ${p.note}`,
  'mains.compare': () => 'Write your answer first, then compare it with these points.',
  'mains.none': () => 'There are no Mains questions in the study content yet.',
  'mains.noSuch': (p: { which: string; n: number }) =>
    `There is no Mains question "${p.which}": try /mains 1 to ${p.n}, /mains pyq or /mains editorial.`,
  'mains.listTitle': () => 'Mains questions',
  'mains.listFooter': () =>
    'See the points of a model answer with /mains <number>, e.g. /mains 1 or /mains pyq.',
};
