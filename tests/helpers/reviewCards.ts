// A review card as the store keeps one for a daily question answered wrong, already due: what the
// reminder tests seed in bulk so that a member has something waiting without answering first.
export const dueReviewCard = (memberId: number, questionId = 'q') => ({
  memberId,
  questionId,
  due: new Date('2026-11-26T00:00:00Z'),
  stability: 1,
  difficulty: 5,
  scheduledDays: 1,
  reps: 1,
  lapses: 0,
  state: 2,
  lastCorrect: false,
  origin: 'daily' as const,
});
