// Hindi for en/cards.ts: the words on the picture cards (Devanagari, drawn with Noto Sans
// Devanagari; numbers in international numerals).
import type { cards as en } from '../en/cards.ts';
import { num } from '../format.ts';

export const cards: typeof en = {
  'card.brand': () => 'studybot',
  'card.weekdays': () => 'सोम,मंगल,बुध,गुरु,शुक्र,शनि,रवि',
  'card.months': () => 'जन,फ़र,मार्च,अप्रै,मई,जून,जुल,अग,सित,अक्टू,नव,दिस',
  'card.progressTitle': () => 'प्रगति',
  'card.answeredSummary': (p) => `${num('hi', p.answered)} उत्तर · ${p.pct}% सही`,
  'card.noAnswersYet': () => 'अभी कोई उत्तर नहीं: आज का प्रश्न आपकी प्रतीक्षा में है।',
  'card.currentStreak': () => 'वर्तमान स्ट्रीक',
  'card.bestStreak': () => 'सर्वश्रेष्ठ स्ट्रीक',
  'card.points': () => 'अंक',
  'card.netScore': () => 'शुद्ध अंक (UPSC अंकन)',
  'card.days': () => 'दिन',
  'card.calendarTitle': () => 'पिछले 12 सप्ताह',
  'card.legendRight': () => 'सही',
  'card.legendWrong': () => 'गलत',
  'card.legendFreeze': () => 'फ़्रीज़',
  'card.legendSkipped': () => 'पोस्ट नहीं',
  'card.legendMissed': () => 'छूटा',
  'card.sectionsTitle': () => 'खंड अनुसार सटीकता',
  'card.otherSections': (p) => `${p.n} और खंड`,
  'card.weeklySummary': () => 'साप्ताहिक सारांश',
  'card.pointsShort': (p) => `${num('hi', p.points)} अंक`,
  'card.participationTitle': () => 'प्रतिदिन उत्तर',
  'card.hardestTitle': () => 'सबसे कठिन प्रश्न',
  'card.hardestCaption': () => 'ने सही उत्तर दिया',
  'card.noHardest': () => 'इस सप्ताह किसी प्रश्न का उत्तर नहीं दिया गया।',
  'card.dayNumber': (p) => `दिन ${num('hi', p.day)}`,
  'card.answeredCorrectly': () => 'सही उत्तर दिया',
  'card.answered': () => 'उत्तर दिया',
  'card.streak': (p) => `${num('hi', p.days)} दिन की स्ट्रीक`,
};
