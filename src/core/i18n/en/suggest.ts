// English sentences for member questions (issue 15 item 4): /suggest and its form, the admins'
// queue (/suggestions, /decline), the member told the decision, /contributors, and /cancel for a
// form filled one message at a time. Plain text; adapters escape and format.
import { count, num } from '../format.ts';

export const suggest = {
  // ── the commands' names, descriptions and usage (menus, /help)
  'command.suggest.name': () => 'suggest',
  'command.suggest': () => 'Write a question for this group; its admins check it first',
  'command.suggest.usage': () => '/suggest',
  'command.suggestions.name': () => 'suggestions',
  'command.suggestions': () => "Members' questions waiting for your approval",
  'command.suggestions.usage': () => '/suggestions',
  'command.approve.name': () => 'approve',
  'command.approve': () => "Approve a member's question (add daily to put it in the daily rotation)",
  'command.approve.usage': () => '/approve <number> [daily]',
  'command.approve.id.name': () => 'id',
  'command.approve.id': () => 'The number of the question, as /suggestions lists it',
  'command.approve.daily.name': () => 'daily',
  'command.approve.daily': () => 'Write "daily" to make it a coming daily question too',
  'command.decline.name': () => 'decline',
  'command.decline': () => "Decline a member's question, with the reason they will read",
  'command.decline.usage': () => '/decline <number> <reason>',
  'command.decline.id.name': () => 'id',
  'command.decline.id': () => 'The number of the question, as /suggestions lists it',
  'command.decline.reason.name': () => 'reason',
  'command.decline.reason': () => 'Why it is declined: the member reads this',
  'command.contributors.name': () => 'contributors',
  'command.contributors': () => 'Members ranked by the questions they wrote for this group',
  'command.contributors.usage': () => '/contributors',
  'command.cancel.name': () => 'cancel',
  'command.cancel': () => 'Stop writing a question (discards what you wrote)',
  'command.cancel.usage': () => '/cancel',

  // ── a form filled one field per message (Telegram's private chat, the terminal)
  'form.intro': (p: { title: string }) => `${p.title}: I will ask for each part in turn. /cancel stops.`,
  'form.step': (p: { n: number; of: number; label: string; hint: string }) =>
    `(${num('en', p.n)}/${num('en', p.of)}) ${p.label}: ${p.hint}`,
  'form.optional': () => 'Send - to leave it empty.',
  'form.tooLong': (p: { label: string; max: number }) =>
    `That is too long for "${p.label}": at most ${num('en', p.max)} characters, please. Send it again.`,
  'form.empty': (p: { label: string }) => `"${p.label}" cannot be empty; please write it.`,
  'form.cancelled': () => 'Stopped; nothing was kept.',
  'form.nothing': () => 'There is nothing to cancel.',
  'form.gone': () => 'That form is no longer open; start again with /suggest.',

  // ── the /suggest form (Discord: a modal, title and labels at most 45 characters)
  'suggest.form.title': () => 'Suggest a question',
  'suggest.field.question': () => 'Question',
  'suggest.hint.question': () => 'The question, as a student would read it',
  'suggest.field.options': () => 'Four options, one per line (A to D)',
  'suggest.hint.options': () => 'Option A first, then B, C and D: one per line, or separated by |',
  'suggest.field.answer': () => 'The right option: A, B, C or D',
  'suggest.hint.answer': () => 'One letter',
  'suggest.field.explanation': () => 'Why it is right (cite your source)',
  'suggest.hint.explanation': () => 'A sentence or two, with where it comes from',
  'suggest.field.topic': () => 'Topic (optional)',
  'suggest.hint.topic': () => 'A topic of /topics, e.g. CEPA',
  'suggest.openPrivate': () =>
    'Questions are written in your private chat with me, one part at a time, for this group. Open it here:',
  'suggest.openPrivateButton': () => 'Write a question',
  'suggest.queued': (p: { id: number }) =>
    `Thank you: your question #${p.id} is with the group's admins. I will tell you what they decide.`,
  'suggest.section': (p: { name: string }) => `Member question · by ${p.name}`,

  // ── one sentence per problem with a suggestion (nothing is stored)
  'suggest.bad.tooLong': (p: { field: string; max: number }) =>
    `"${p.field}" is too long: at most ${num('en', p.max)} characters, please.`,
  'suggest.bad.empty': (p: { field: string }) => `"${p.field}" is missing; please write it.`,
  'suggest.bad.optionCount': (p: { n: number }) =>
    `I need exactly 4 options, one per line; I found ${num('en', p.n)}.`,
  'suggest.bad.letter': () => 'The right option must be one letter: A, B, C or D.',
  'suggest.bad.lineFeeds': () => 'The explanation may have at most 2 line breaks.',
  'suggest.bad.duplicate': (p: { a: string; b: string }) =>
    `Options ${p.a} and ${p.b} are the same; the four options must differ.`,
  'suggest.bad.topic': (p: { topic: string }) =>
    `I don't know the topic "${p.topic}"; /topics lists them, or leave it empty.`,
  'suggest.bad.loneNumber': () =>
    'Only the right option has a number, which gives it away; give the other options numbers too.',
  'suggest.bad.absoluteWord': () =>
    'Words like "always" or "never" appear only in the wrong options, which gives them away.',
  'suggest.bad.formatMismatch': () =>
    'The question lists numbered statements; a member question has one question and four options.',
  'suggest.bad.proposalWording': () =>
    'It tests the editorial\'s proposal: the question must say so ("The editorial suggests ...").',
  'suggest.bad.other': (p: { field: string }) => `"${p.field}" is not valid; please check it.`,

  // ── /suggestions, /decline and their buttons (admins)
  'suggestions.title': (p: { n: number }) =>
    `Questions waiting: ${count('en', p.n, { one: 'question', other: 'questions' })}`,
  'suggestions.none': () => 'No questions are waiting. Members can write one with /suggest.',
  'suggestions.item': (p: { id: number; who: string }) => `#${p.id} by ${p.who}`,
  'suggestions.body': (p: { prompt: string; options: string; key: string; explanation: string }) =>
    `${p.prompt}\n${p.options}\nAnswer: ${p.key}. ${p.explanation}`,
  'suggestions.howTo': (p: { example: number; more: number }) =>
    `${p.more > 0 ? `${num('en', p.more)} more not shown. ` : ''}Approve or decline with the buttons; to tell the member why: /decline ${p.example} <reason>`,
  'suggestions.howToTyped': (p: { example: number; more: number }) =>
    `${p.more > 0 ? `${num('en', p.more)} more not shown. ` : ''}Approve with /approve ${p.example} (or /approve ${p.example} daily), or decline with /decline ${p.example} <reason>`,
  'suggestions.sentPrivately': (p: { name: string }) =>
    `${p.name}, I've sent you the questions waiting privately, so the group doesn't see their answers.`,
  'suggestions.startFirst': (p: { name: string; bot: string }) =>
    `${p.name}, the questions waiting show their answers: open a private chat with me (@${p.bot}), press Start, then try /suggestions again.`,
  'suggestions.approve': (p: { id: number }) => `Approve #${p.id}`,
  'suggestions.approveDaily': (p: { id: number }) => `Approve #${p.id} + daily`,
  'suggestions.decline': (p: { id: number }) => `Decline #${p.id}`,
  'suggestions.approved': (p: { id: number }) =>
    `Question #${p.id} is approved: it is in this group's practice questions.`,
  'suggestions.approvedDaily': (p: { id: number }) =>
    `Question #${p.id} is approved: it is in this group's practice questions and takes the question slot of a coming daily post.`,
  'suggestions.declined': (p: { id: number }) => `Question #${p.id} is declined; its writer is told.`,
  'suggestions.notFound': (p: { id: number }) =>
    `There is no question #${p.id} waiting in this group; /suggestions lists them.`,
  'suggestions.badNumber': () => 'Give the number of the question, e.g. /decline 3 the date is wrong.',
  'suggestions.needReason': () => 'Say why, e.g. /decline 3 the date is wrong; the member reads it.',

  // ── the member told the decision (privately, or on their next command)
  'suggest.told.approved': (p: { id: number; prompt: string; group: string }) =>
    `Your question #${p.id} ("${p.prompt}") is approved in ${p.group}: it is now one of the group's practice questions.`,
  'suggest.told.daily': () => 'It will also be a daily question soon.',
  'suggest.told.declined': (p: { id: number; prompt: string; group: string }) =>
    `Your question #${p.id} ("${p.prompt}") was not accepted in ${p.group}.`,
  'suggest.told.reason': (p: { reason: string }) => `The admins' reason: ${p.reason}`,

  // ── /contributors
  'contributors.title': () => 'Question writers',
  'contributors.line': (p: { rank: number; name: string; n: number }) =>
    `${num('en', p.rank)}. ${p.name}: ${count('en', p.n, { one: 'approved question', other: 'approved questions' })}`,
  'contributors.none': () => 'No member questions are approved yet. Write one with /suggest.',
};
