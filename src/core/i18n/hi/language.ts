// Hindi for en/language.ts.
import type { Lang } from '../../../content/i18n/languages.ts';
import type { language as en } from '../en/language.ts';

const NAMES: Record<Lang, string> = { en: 'अंग्रेज़ी', hi: 'हिंदी' };
const WHY = { choice: 'आपकी पसंद', platform: 'आपके ऐप की भाषा', community: 'इस समूह की भाषा' } as const;

export const language: typeof en = {
  'language.name': (p) => NAMES[p.lang],
  'language.title': () => 'भाषा',
  'language.saved': (p) => `ठीक है: अब से केवल आपको दिखने वाले उत्तर ${p.language} में आएँगे।`,
  'language.current': (p) => `केवल आपको दिखने वाले उत्तर ${p.language} में आते हैं (${WHY[p.why]})।`,
  'language.community': (p) =>
    `यहाँ की दैनिक पोस्ट और सार्वजनिक उत्तर ${p.language} में हैं; एडमिन इसे /setup से बदल सकते हैं।`,
  'language.how': () => 'बदलने के लिए: /language hi (हिंदी) या /language en (English)।',
  'language.unknown': (p) =>
    `मैं "${p.text}" भाषा नहीं जानता: मैं हिंदी (/language hi) और अंग्रेज़ी (/language en) में उत्तर देता हूँ।`,
  'language.setupSet': (p) => `यहाँ की दैनिक पोस्ट और सार्वजनिक उत्तर ${p.language} में होंगे।`,
  'language.setupUnknown': (p) =>
    `मैं "${p.text}" भाषा नहीं जानता: en (अंग्रेज़ी) या hi (हिंदी) लिखें, जैसे /setup 07:30 Asia/Kolkata hi।`,
};
