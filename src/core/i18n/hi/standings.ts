// Hindi for en/standings.ts.
import type { standings as en } from '../en/standings.ts';
import { count, num } from '../format.ts';

const days = { one: 'दिन', other: 'दिन' };

export const standings: typeof en = {
  'streak.unknownMember': () => 'उस सदस्य',
  'streak.notAnswered': (p) => `${p.who} ने अभी तक यहाँ किसी दैनिक प्रश्न का उत्तर नहीं दिया है।`,
  'streak.titleMine': () => 'आपकी स्ट्रीक',
  'streak.titleOf': (p) => `${p.name} की स्ट्रीक`,
  'streak.noneMine': () => 'आपने अभी तक यहाँ किसी दैनिक प्रश्न का उत्तर नहीं दिया है। आज ही /daily से शुरू करें!',
  'streak.noneOf': (p) => `${p.name} ने अभी तक यहाँ किसी दैनिक प्रश्न का उत्तर नहीं दिया है।`,
  'streak.current': (p) =>
    `वर्तमान स्ट्रीक: ${count('hi', p.current, days)} · सर्वश्रेष्ठ: ${count('hi', p.best, days)}`,
  'streak.points': (p) => `अंक: ${num('hi', p.points)} · ${p.answered} में से ${p.correct} दैनिक प्रश्न सही`,
  'streak.atRisk': () => 'अपनी स्ट्रीक बनाए रखने के लिए आज के प्रश्न (/daily) का उत्तर दें।',
  'streak.ended': () => 'एक दिन छूटने से आपकी स्ट्रीक टूट गई; नई शुरू करने के लिए आज उत्तर दें।',
  'leaderboard.badPeriod': () => '"week" या "all" चुनें, जैसे /leaderboard all।',
  'leaderboard.titleWeek': () => 'अंक तालिका · यह सप्ताह',
  'leaderboard.titleAll': () => 'अंक तालिका · अब तक',
  'leaderboard.empty': () => 'अभी तक किसी ने उत्तर नहीं दिया है। पहले आप बनें: /daily',
  'leaderboard.line': (p) => `${p.rank}. ${p.name} — ${num('hi', p.points)} अंक (${p.answered} उत्तर)`,
  'leaderboard.getOn': () => 'अंक तालिका में आने के लिए दैनिक प्रश्न का उत्तर दें।',
  'leaderboard.ranked': (p) => `${p.n} सदस्य तालिका में`,
  'stats.title': () => 'आपके आँकड़े',
  'stats.none': () => 'अभी तक कोई उत्तर नहीं। /daily या /quiz आज़माएँ।',
  'stats.retired': () => 'हटाए गए प्रश्न',
  'stats.overall': (p) => `कुल: ${count('hi', p.answers, { one: 'उत्तर', other: 'उत्तरों' })} में से ${p.pct} सही`,
  'stats.split': (p) =>
    `दैनिक: ${p.daily}/${p.dailyOf} (${p.dailyPct}) · अभ्यास: ${p.practice}/${p.practiceOf} (${p.practicePct})`,
  'stats.revise': (p) => `दोहराएँ: ${p.section}`,
  'stats.score': (p) => `${p.correct}/${p.answered} (${p.pct})`,
};
