import type { marking as en } from '../en/marking.ts';
import { num } from '../format.ts';

export const marking: typeof en = {
  'marking.net': (p) =>
    `आपके दैनिक उत्तरों पर प्रारंभिक परीक्षा अंकन (Prelims marking) (+2 सही, −⅔ गलत): शुद्ध अंक ${num('hi', p.net)} (${num('hi', p.right)} सही, ${num('hi', p.wrong)} गलत)`,
  'marking.byFormat': (p) => `प्रश्न-प्रारूप के अनुसार: ${p.parts}`,
  'marking.format.single': () => 'एकल उत्तर',
  'marking.format.statements': () => 'कथन',
  'marking.format.how-many': () => 'कितने सही',
  'marking.format.pairs': () => 'युग्म',
  'marking.format.assertion-reason': () => 'अभिकथन–कारण',
};
