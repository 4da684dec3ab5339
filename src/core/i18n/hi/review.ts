// Hindi for en/review.ts (पुनरावृत्ति और अनुस्मारक): same keys, same parameters.
import type { review as en } from '../en/review.ts';
import { count, num } from '../format.ts';

export const review: typeof en = {
  'review.title': (p) => `पुनरावृत्ति ${p.n} · ${p.section}`,
  'review.missed': () => 'पिछली बार यह प्रश्न गलत हुआ था।',
  'review.due': () => 'पुनरावृत्ति का समय हो गया है।',
  'review.new': () => 'आपके लिए नया प्रश्न।',
  'review.footer': () =>
    'केवल पुनरावृत्ति (review): आपकी स्ट्रीक (streak), अंक और अंक तालिका (leaderboard) पर कोई प्रभाव नहीं।',
  'review.right': (p) => `सही: ${p.letter}`,
  'review.wrong': (p) => `सही उत्तर ${p.letter} है`,
  'review.nextOfThis': (p) => `यह प्रश्न ${p.when} फिर आएगा।`,
  'review.next': () => 'अगला',
  'review.start': () => 'पुनरावृत्ति आरंभ करें',
  'review.notDue': () => 'इस प्रश्न की पुनरावृत्ति हो चुकी है; यह बाद में फिर आएगा। आगे बढ़ने के लिए "अगला" दबाएँ।',
  'review.gone': () => 'यह प्रश्न अब पैक में नहीं है। दूसरे प्रश्न के लिए "अगला" दबाएँ।',
  'review.pick': (p) => `कृपया ${p.letters} में से एक चुनें।`,
  'review.doneTitle': () => 'पुनरावृत्ति पूर्ण',
  'review.nothing': () => 'अभी पुनरावृत्ति के लिए कुछ नहीं है: आपके उत्तर दिए प्रश्न (दैनिक, /quiz) समय आने पर यहाँ लौटेंगे।',
  'review.summary': (p) =>
    `${count('hi', p.reviewed, { one: 'प्रश्न', other: 'प्रश्नों' })} की पुनरावृत्ति, ${num('hi', p.right)} सही।`,
  'review.nextDue': (p) => `आपका अगला कार्ड ${p.when} देय है।`,
  'review.noCards': () => 'अभी आपके पास कोई कार्ड नहीं है: दैनिक प्रश्न या /quiz का उत्तर देने पर कार्ड बनेंगे।',
  'review.when': (p) => `${p.date} को ${p.time} बजे (${p.zone})`,
  'review.openPrivate': () => 'पुनरावृत्ति मेरे साथ आपकी निजी चैट में होती है, ताकि आपके उत्तर केवल आपके रहें। यहाँ खोलें:',
  'review.openPrivateButton': () => 'पुनरावृत्ति खोलें',
  'review.newPerDay': (p) =>
    `प्रतिदिन अधिकतम ${count('hi', p.n, { one: 'नया प्रश्न', other: 'नए प्रश्न' })} पुनरावृत्ति में जुड़ते हैं।`,

  'review.terminalQuestion': () => 'पुनरावृत्ति प्रश्न:',
  'review.terminalAnswer': (p) => `इस पुनरावृत्ति प्रश्न का उत्तर /review ${p.letters} से दें`,
  'review.terminalNext': () => 'अगले प्रश्न के लिए /review।',
  'review.terminalHelp': () => 'स्क्रीन पर उत्तर देने के लिए कोई पुनरावृत्ति प्रश्न नहीं है: /review अगला प्रश्न दिखाता है।',

  'remind.set': (p) =>
    `हो गया: प्रतिदिन ${p.time} बजे (${p.zone}) पुनरावृत्ति देय होने या आज का प्रश्न शेष होने पर मैं आपको निजी संदेश भेजूँगा — और कुछ शेष न हो तो कोई संदेश नहीं। /remind off से बंद करें।`,
  'remind.off': () => 'अनुस्मारक (reminder) बंद है। /remind HH:MM से फिर चालू करें।',
  'remind.wasOff': () => 'आपका कोई अनुस्मारक चालू नहीं था। /remind 07:30 से एक लगाएँ।',
  'remind.badTime': () => 'कृपया 24-घंटे का समय दें, जैसे /remind 07:30 या /remind 21:15 Asia/Kolkata।',
  'remind.startFirst': () =>
    'Telegram के नियम के अनुसार मैं आपको तभी संदेश भेज सकता हूँ जब आप मेरे साथ निजी चैट खोलकर Start दबाएँ। यहाँ खोलें, फिर वहाँ /remind भेजें:',
  'remind.startFirstButton': () => 'निजी चैट खोलें',
  'remind.closedNotice': () =>
    'मैंने आपका अनुस्मारक बंद कर दिया: इस सर्वर से आपके प्रत्यक्ष संदेश (DM) बंद हैं, इसलिए वह पहुँच नहीं सका। उन्हें खोलें और फिर चालू करने के लिए /remind HH:MM भेजें।',
  'remind.title': () => 'आपका अध्ययन अनुस्मारक',
  'remind.reviews': (p) => `${num('hi', p.n)} पुनरावृत्ति देय`,
  'remind.unanswered': () => 'आज के प्रश्न का उत्तर अभी शेष है',
  'remind.atRisk': (p) => `आपकी ${num('hi', p.n)} दिन की स्ट्रीक (streak) खतरे में है`,
};
