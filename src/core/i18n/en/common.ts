// English sentences shared by several features. One object per feature file; keys are
// "<feature>.<what>", values are functions of typed parameters returning plain text (adapters
// escape and format). The Hindi file of the same name must have the same keys and parameters.
import { count } from '../format.ts';

export const common = {
  'common.days': (p: { n: number }) => count('en', p.n, { one: 'day', other: 'days' }),
  'common.somethingWrong': () =>
    'Something went wrong on my side and nothing was changed. Please try again in a moment.',
};
