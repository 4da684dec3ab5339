// English sentences of the reminder's "Today's question" button (issue 12): today's daily question
// shown and answered in the member's private chat, counted as in the group.
export const today = {
  'today.button': () => "Today's question",
  'today.from': (p: { community: string }) =>
    `Today's question in ${p.community}: your answer here counts for your streak there, as in the group.`,
  'today.fromUnnamed': () => "Today's question: your answer here counts for your streak, as in the group.",
  'today.none': () =>
    "No question is waiting for you now: today's question has closed, or you have answered it already.",
  'today.privateOnly': () => 'This button works in your private chat with me.',
  'today.reminderHint': () =>
    "You can answer today's question right here (it counts as in the group) or where it was posted.",
  'today.terminal': () => "/daily shows today's question.",
};
