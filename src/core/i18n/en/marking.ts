// /stats: UPSC Prelims marking and accuracy by question format (issue 12 item 5).
import { num } from '../format.ts';

export const marking = {
  'marking.net': (p: { net: number; right: number; wrong: number }) =>
    `Prelims marking of your daily answers (+2 right, −⅔ wrong): net ${num('en', p.net)} (${num('en', p.right)} right, ${num('en', p.wrong)} wrong)`,
  'marking.byFormat': (p: { parts: string }) => `By format: ${p.parts}`,
  'marking.format.single': () => 'Single answer',
  'marking.format.statements': () => 'Statements',
  'marking.format.how-many': () => 'How many',
  'marking.format.pairs': () => 'Pairs',
  'marking.format.assertion-reason': () => 'Assertion–Reason',
};
