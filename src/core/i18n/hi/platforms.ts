// Hindi for en/platforms.ts.
import type { platforms as en } from '../en/platforms.ts';
import { num } from '../format.ts';

export const platforms: typeof en = {
  'render.question': () => 'प्रश्न',
  'render.solution': () => 'हल',
  'render.answered': () => 'उत्तर दिए',
  'render.members': (p) => `${num('hi', p.n)} सदस्य`,
  'render.continued': (p) => `${p.name} (जारी)`,
  'engine.communityOnly': (p) =>
    `/${p.command} किसी सर्वर में काम करता है, जहाँ आपकी स्ट्रीक और अंक तालिका रहती हैं। मुझे किसी सर्वर में जोड़ें और वहाँ आज़माएँ।`,
  'discord.unknownButton': () =>
    'मैं इस बटन को नहीं पहचानता (यह किसी पुराने संदेश का हो सकता है)। आज के प्रश्न के लिए /daily या अभ्यास के लिए /quiz आज़माएँ।',
  'discord.unknownInteraction': () =>
    'मैं अभी इस तरह की क्रिया नहीं सँभाल सकता। मैं क्या कर सकता हूँ, यह देखने के लिए /help लिखें।',
  'discord.directMessages': () => 'निजी संदेश',
  'telegram.greeting': () => 'नमस्ते! मैं यहाँ प्रतिदिन UPSC का एक तथ्य और एक प्रश्न पोस्ट करता हूँ।',
  'telegram.greetingSetup': (p) => `कोई एडमिन ${p.example} से समय चुन सकता है; /help में वह सब है जो मैं करता हूँ।`,
  'telegram.commandsOnly': () => 'मैं कमांड का उत्तर देता हूँ: /daily, /quiz, /fact cepa या /help आज़माएँ।',
  'engine.adminCheckFailed': () => 'मैं अभी आपके एडमिन अधिकार नहीं जाँच सका। कृपया एक मिनट बाद फिर से प्रयास करें।',
  'telegram.channel': () => 'चैनल',
  'telegram.voteInPoll': () => 'आज का प्रश्न वह क्विज़ पोल है जो मैंने पोस्ट किया है (ऊपर उद्धृत): वहीं वोट करें।',
  'telegram.answerSentPrivately': (p) => `${p.name}, आपका उत्तर मिल गया — मैंने परिणाम आपको निजी रूप से भेज दिया है।`,
  'telegram.alreadyAnswered': (p) => `${p.name}, आप आज उत्तर दे चुके हैं — केवल आपका पहला उत्तर गिना जाता है।`,
  'telegram.answerNeedsStart': (p) =>
    `${p.name}, आपका उत्तर मिल गया। दूसरों के लिए उत्तर उजागर किए बिना यह देखने के लिए कि वह सही था या नहीं, मेरे साथ निजी चैट (@${p.bot}) खोलें और Start दबाएँ; उसके बाद मैं परिणाम वहीं भेजूँगा।`,
  'console.welcome': () => 'Studybot टर्मिनल चैट। कमांड के लिए /help लिखें, बाहर निकलने के लिए /quit।',
  'console.slash': () => 'कमांड स्लैश से शुरू होते हैं, जैसे /fact cepa। सभी देखने के लिए /help लिखें।',
  'console.noPractice': () =>
    'स्क्रीन पर कोई अभ्यास प्रश्न नहीं है: /quiz एक प्रश्न पूछता है। आज के प्रश्न का उत्तर /answer से दिया जाता है।',
  'console.practiceLetter': () => 'कृपया अभ्यास प्रश्न का उत्तर किसी अक्षर से दें, जैसे /practice B।',
  'console.practiceHelp': () =>
    '/practice <a-d> — स्क्रीन पर दिख रहे अभ्यास प्रश्न का उत्तर दें (/answer हमेशा आज के प्रश्न का उत्तर देता है)',
  'console.question': () => 'प्रश्न:',
  'console.practiceQuestion': () => 'अभ्यास प्रश्न:',
  'console.answerDaily': (p) => `आज के प्रश्न का उत्तर /answer ${p.letters} से दें`,
  'console.answerPractice': (p) =>
    `इस अभ्यास प्रश्न का उत्तर /practice ${p.letters} से दें (/answer आज के प्रश्न के लिए है)`,
  'console.solution': () => 'हल:',
  'console.picture': (p) => `चित्र: ${p.file}`,
};
