// Hindi for en/today.ts (अनुस्मारक का "आज का प्रश्न" बटन): same keys, same parameters.
import type { today as en } from '../en/today.ts';

export const today: typeof en = {
  'today.button': () => 'आज का प्रश्न',
  'today.from': (p) =>
    `${p.community} का आज का प्रश्न: यहाँ दिया गया आपका उत्तर वहाँ आपकी स्ट्रीक (streak) में गिना जाएगा, जैसे समूह में।`,
  'today.fromUnnamed': () => 'आज का प्रश्न: यहाँ दिया गया आपका उत्तर आपकी स्ट्रीक (streak) में गिना जाएगा, जैसे समूह में।',
  'today.none': () => 'अभी आपके लिए कोई प्रश्न शेष नहीं है: आज का प्रश्न बंद हो चुका है, या आप उसका उत्तर दे चुके हैं।',
  'today.privateOnly': () => 'यह बटन मेरे साथ आपकी निजी चैट में ही काम करता है।',
  'today.reminderHint': () =>
    'आज के प्रश्न का उत्तर आप यहीं दे सकते हैं (यह समूह की तरह ही गिना जाएगा) या वहाँ जहाँ वह पोस्ट हुआ था।',
  'today.terminal': () => '/daily आज का प्रश्न दिखाता है।',
};
