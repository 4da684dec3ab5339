// What became of an answer to a question, carried on the Reply (Reply.answer): adapters read it to
// show a verdict, send the worked solution where only the member sees it, and update the public
// post the answer counted on.

export interface AnswerOutcome {
  status: 'recorded' | 'duplicate' | 'closed';
  choice: number;
  correct: boolean;
  correctChoice: number;
  streak?: number | undefined;
  bestStreak?: number | undefined;
  points?: number | undefined;
  /**
   * The full solution (a verdict and the reason per statement or pair, then the teaching paragraph),
   * for the member who answered: adapters show it only where only they can see it.
   */
  solution?: string[] | undefined;
  /** The daily post a recorded answer counted on, wherever the tap was (a DM's "Today's question"). */
  post?: { id: number; communityId: string; messageRef: string | null } | undefined;
}
