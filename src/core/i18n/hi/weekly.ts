// Hindi for en/weekly.ts.
import type { weekly as en } from '../en/weekly.ts';
import { count } from '../format.ts';

export const weekly: typeof en = {
  'weekly.title': (p) => `सप्ताह की समीक्षा · ${p.day} से`,
  'weekly.top': () => 'सप्ताह के शीर्ष:',
  'weekly.place': (p) => `${p.place}.`,
  'weekly.line': (p) =>
    `${p.place} ${p.name} — ${count('hi', p.points, { one: 'अंक', other: 'अंक' })} (${p.answered} उत्तर)`,
  'weekly.nobody': () =>
    'इस सप्ताह किसी ने दैनिक प्रश्न का उत्तर नहीं दिया। कल से नया सप्ताह शुरू होता है: /daily आज़माएँ।',
  'weekly.mains': () => 'सप्ताह का मुख्य परीक्षा प्रश्न:',
  'weekly.mainsPyq': (p) => `सप्ताह का मुख्य परीक्षा प्रश्न (UPSC मुख्य परीक्षा ${p.year}):`,
  'weekly.footerMains': () => 'इस सप्ताह 250 शब्दों में उत्तर लिखें, फिर तथ्यों से उसकी तुलना करें: /fact',
  'weekly.footerBoard': () => 'पूरी अंक तालिका /leaderboard से देखें',
};
