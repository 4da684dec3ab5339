// Hindi for en/study.ts.
import type { study as en } from '../en/study.ts';

export const study: typeof en = {
  'daily.title': (p) => `दैनिक तथ्य · ${p.day}`,
  'daily.footer': (p) => `अपनी स्ट्रीक बनाए रखने के लिए मध्यरात्रि (${p.zone}) से पहले उत्तर दें।`,
  'daily.answered': () => 'आप आज के प्रश्न का उत्तर दे चुके हैं। कल फिर आइए!',
  'fact.source': (p) => `स्रोत: ${p.section} · भारत-जापान संपादकीय`,
  'fact.notFoundSuggest': (p) =>
    `"${p.topic}" पर मेरे पास कोई तथ्य नहीं है। क्या आपका आशय यह था: ${p.suggestions}?`,
  'fact.notFound': (p) => `"${p.topic}" पर मेरे पास कोई तथ्य नहीं है। मैं क्या जानता हूँ, यह देखने के लिए /topics आज़माएँ।`,
  'topics.title': (p) => `विषय (${p.n})`,
  'topics.hint': () => 'इनमें से कोई भी विषय /fact <विषय> से देखें।',
  'quiz.title': (p) => `अभ्यास · ${p.section}`,
  'quiz.footer': () => 'केवल अभ्यास: आपकी स्ट्रीक और अंकों पर कोई असर नहीं पड़ता।',
  'answer.pickLetter': (p) => `कृपया a से ${p.last} तक के किसी अक्षर से उत्तर दें, जैसे /answer b।`,
  'mains.pyq': (p) => `UPSC मुख्य परीक्षा ${p.year} (पिछले वर्ष का प्रश्न), ${p.paper}`,
  'mains.editorial': (p) => `अभ्यास (संपादकीय), ${p.paper}`,
  'mains.title': (p) => `मुख्य परीक्षा · ${p.label}`,
  'mains.note': (p) => `टिप्पणी: ${p.note}`,
  'mains.compare': () => 'पहले अपना उत्तर लिखें, फिर इन बिंदुओं से उसकी तुलना करें।',
  'mains.none': () => 'अध्ययन सामग्री में अभी मुख्य परीक्षा का कोई प्रश्न नहीं है।',
  'mains.noSuch': (p) =>
    `मुख्य परीक्षा का कोई प्रश्न "${p.which}" नहीं है: /mains 1 से ${p.n}, /mains pyq या /mains editorial आज़माएँ।`,
  'mains.listTitle': () => 'मुख्य परीक्षा के प्रश्न',
  'mains.listFooter': () => 'आदर्श उत्तर के बिंदु /mains <संख्या> से देखें, जैसे /mains 1 या /mains pyq।',
};
