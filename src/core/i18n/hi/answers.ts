// Hindi for en/answers.ts.
import type { answers as en } from '../en/answers.ts';
import { count, num } from '../format.ts';

export const answers: typeof en = {
  'answer.staleButton': () => 'यह बटन अब काम नहीं करता। /daily या /quiz आज़माएँ।',
  'answer.questionGone': () => 'मुझे वह प्रश्न अब नहीं मिल रहा। आज के प्रश्न के लिए /daily आज़माएँ।',
  'answer.pickOne': (p) => `कृपया ${p.letters} में से एक चुनें।`,
  'answer.closed': (p) =>
    `वह प्रश्न ${p.day} की समाप्ति पर बंद हो गया; अब उत्तर आज के प्रश्न (/daily) के लिए जाते हैं। सही उत्तर था ${p.key}।`,
  'answer.duplicate': (p) =>
    `आप आज ${p.choice} उत्तर दे चुके हैं — ${p.correct ? 'और वह सही था' : 'सही उत्तर था ' + p.key}। केवल आपका पहला उत्तर गिना जाता है।`,
  'answer.correctTitle': (p) => `सही: ${p.choice}`,
  'answer.wrongTitle': (p) => `सही नहीं: उत्तर है ${p.key}`,
  'answer.correctDaily': (p) => `${p.option} — +10 अंक।`,
  'answer.option': (p) => `${p.option}।`,
  'answer.streakLine': (p) =>
    `स्ट्रीक: ${count('hi', p.streak, { one: 'दिन', other: 'दिन' })} (सर्वश्रेष्ठ ${p.best}) · ${num('hi', p.points)} अंक`,
  'answer.notRecorded': () =>
    'मैं अभी वह उत्तर दर्ज नहीं कर सका; कृपया फिर से टैप करें — आपका पहला उत्तर ही गिना जाता है।',
  'answer.practiceGone': () => 'वह अभ्यास प्रश्न अब पैक में नहीं है। नए प्रश्न के लिए /quiz आज़माएँ।',
  'answer.practiceNote': () => 'अभ्यास प्रश्नों से आपकी स्ट्रीक या अंक नहीं बदलते। अगले प्रश्न के लिए /quiz।',
  'solution.answer': (p) => `उत्तर: ${p.key}`,
  'solution.title': (p) => `हल · ${p.day} का प्रश्न`,
  'question.statementI': () => 'कथन-I:',
  'question.statementII': () => 'कथन-II:',
};
