// Hindi card labels, to prove the cards render Devanagari words and not just names. The bot's
// catalog will own the real translations; these are plain, everyday Hindi.
import { englishLabels, type CardLabels } from '../../../src/pictures/index.ts';

export const hindiLabels: CardLabels = {
  ...englishLabels,
  locale: 'hi-IN',
  weekdaysShort: ['सोम', 'मंगल', 'बुध', 'गुरु', 'शुक्र', 'शनि', 'रवि'],
  monthsShort: ['जन', 'फ़र', 'मार्च', 'अप्रै', 'मई', 'जून', 'जुल', 'अग', 'सित', 'अक्टू', 'नव', 'दिस'],
  progressTitle: 'प्रगति',
  answeredSummary: (answered, pct) => `${answered} उत्तर · ${pct}% सही`,
  noAnswersYet: 'अभी कोई उत्तर नहीं: आज का प्रश्न आपका इंतज़ार कर रहा है।',
  currentStreak: 'मौजूदा लगातार दिन',
  bestStreak: 'सर्वश्रेष्ठ',
  points: 'अंक',
  netScore: 'शुद्ध अंक (UPSC अंकन)',
  days: () => 'दिन',
  calendarTitle: 'पिछले 12 सप्ताह',
  legend: { right: 'सही', wrong: 'ग़लत', freeze: 'फ़्रीज़', skipped: 'पोस्ट नहीं', missed: 'छूटा' },
  sectionsTitle: 'खंड अनुसार सटीकता',
  otherSections: (count) => `${count} और खंड`,
  weeklySummary: 'साप्ताहिक सारांश',
  pointsShort: (points) => `${points} अंक`,
  participationTitle: 'प्रतिदिन उत्तर',
  hardestTitle: 'सबसे कठिन प्रश्न',
  hardestCaption: 'ने सही उत्तर दिया',
  noHardest: 'इस सप्ताह किसी प्रश्न का उत्तर नहीं दिया गया।',
  dayNumber: (day) => `दिन ${day}`,
  answeredCorrectly: 'सही उत्तर दिया',
  answered: 'उत्तर दिया',
  streak: (days) => `${days} दिन लगातार`,
};
