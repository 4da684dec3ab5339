// The fixed words of the text surfaces per language (verdicts, "Statement-I", Mains headings):
// questionBody, solutionLines and mainsSections take them from here, never hard-coded English.
// No imports from formats.ts, which imports this file.
import type { Lang } from './languages.ts';

export interface SurfaceWords {
  correct: string;
  incorrect: string;
  statementI: string;
  statementII: string;
  /** the verdict of a pair in the solution: "correctly matched." */
  matched(correct: boolean): string;
  explains(yes: boolean): string;
  mains: { introduction: string; body: string; wayForward: string; conclusion: string };
}

export const SURFACE_WORDS: Record<Lang, SurfaceWords> = {
  en: {
    correct: 'Correct',
    incorrect: 'Incorrect',
    statementI: 'Statement-I',
    statementII: 'Statement-II',
    matched: (c) => `${c ? 'correctly' : 'incorrectly'} matched.`,
    explains: (yes) =>
      yes ? 'Statement-II explains Statement-I.' : 'Statement-II does not explain Statement-I.',
    mains: {
      introduction: 'Introduction',
      body: 'Body',
      wayForward: 'Way forward',
      conclusion: 'Conclusion',
    },
  },
  hi: {
    correct: 'सही',
    incorrect: 'गलत',
    statementI: 'कथन-I',
    statementII: 'कथन-II',
    matched: (c) => (c ? 'सही सुमेलित।' : 'सही सुमेलित नहीं।'),
    explains: (yes) =>
      yes ? 'कथन-II, कथन-I की सही व्याख्या करता है।' : 'कथन-II, कथन-I की सही व्याख्या नहीं करता है।',
    mains: { introduction: 'भूमिका', body: 'मुख्य भाग', wayForward: 'आगे की राह', conclusion: 'निष्कर्ष' },
  },
};
