// Hindi for en/community.ts: same keys, same parameters.
import type { community as en } from '../en/community.ts';
import { count, num } from '../format.ts';

export const community: typeof en = {
  'command.report': () => 'आपके पिछले उत्तर दिए गए प्रश्न (या उसके तथ्य) में त्रुटि की रिपोर्ट करें',
  'command.report.usage': () => '/report [fact] <क्या गलत है>',
  'command.report.problem': () => 'क्या गलत है; प्रश्न के बजाय तथ्य की रिपोर्ट के लिए "fact" से शुरू करें',
  'command.reports': () => 'इस समूह में सदस्यों की त्रुटि-रिपोर्टें, जाँचने और निपटाने के लिए',
  'command.reports.usage': () => '/reports [resolve <संख्या>]',
  'command.reports.resolve': () => 'उस रिपोर्ट की संख्या जिसे आपने निपटा दिया है',
  'command.insights': () => 'समूह के पिछले दो सप्ताह: भागीदारी, कठिन प्रश्न, कमज़ोर खंड, टूटी स्ट्रीक',
  'command.insights.usage': () => '/insights',
  'command.export': () => 'हर सदस्य के अंक और स्ट्रीक की स्प्रेडशीट (CSV)',
  'command.export.usage': () => '/export',
  'report.empty': () => 'कुछ शब्दों में बताइए कि क्या गलत है, जैसे /report उत्तर (b) होना चाहिए — संधि 2011 में हुई थी।',
  'report.tooLong': (p) => `यह रिपोर्ट बहुत लंबी है; कृपया इसे ${num('hi', p.max)} अक्षरों से कम रखें।`,
  'report.filedQuestion': (p) => `धन्यवाद: प्रश्न "${p.item}" पर रिपोर्ट #${p.id} समूह के एडमिन तक पहुँच गई है।`,
  'report.filedFact': (p) => `धन्यवाद: तथ्य "${p.item}" पर रिपोर्ट #${p.id} समूह के एडमिन तक पहुँच गई है।`,
  'report.button': () => 'त्रुटि की सूचना दें',
  'report.buttonHint': () => 'इसमें क्या गलत है? /report के साथ कुछ शब्द लिखिए, जैसे /report उत्तर (b) होना चाहिए।',
  'reports.title': (p) => `खुली रिपोर्टें: ${count('hi', p.n, { one: 'रिपोर्ट', other: 'रिपोर्टें' })}`,
  'reports.none': () => 'कोई खुली रिपोर्ट नहीं है। सदस्य /report से त्रुटि की सूचना दे सकते हैं।',
  'reports.lineQuestion': (p) => `#${p.id} · प्रश्न "${p.item}": ${p.text} — ${p.who}, ${p.day}`,
  'reports.lineFact': (p) => `#${p.id} · तथ्य "${p.item}": ${p.text} — ${p.who}, ${p.day}`,
  'reports.howToResolve': (p) =>
    `${p.more > 0 ? `${num('hi', p.more)} और नहीं दिखाई गईं। ` : ''}निपटाने के बाद: /reports resolve ${p.example}`,
  'reports.badNumber': () => 'निपटाई जाने वाली रिपोर्ट की संख्या दीजिए, जैसे /reports resolve 3।',
  'reports.notFound': (p) => `इस समूह में कोई खुली रिपोर्ट #${p.id} नहीं है; /reports खुली रिपोर्टें दिखाता है।`,
  'reports.resolved': (p) => `रिपोर्ट #${p.id} निपटा दी गई।`,
  'insights.title': (p) => `अंतर्दृष्टि (insights) · पिछले ${p.days} दिन`,
  'insights.empty': () =>
    'पिछले दो सप्ताह में यहाँ अभी तक किसी ने दैनिक प्रश्न का उत्तर नहीं दिया है, इसलिए दिखाने को कुछ नहीं है।',
  'insights.summary': (p) =>
    `${count('hi', p.questions, { one: 'दैनिक प्रश्न', other: 'दैनिक प्रश्नों' })} के ${count('hi', p.answers, { one: 'उत्तर', other: 'उत्तर' })}।`,
  'insights.participation': () => 'प्रतिदिन उत्तर',
  'insights.hardest': () => 'सबसे कठिन प्रश्न',
  'insights.easiest': () => 'सबसे सरल प्रश्न',
  'insights.questionLine': (p) => `${p.percent}% सही (${num('hi', p.answered)} उत्तर) — ${p.question}`,
  'insights.bySection': () => 'खंड के अनुसार शुद्धता',
  'insights.byFormat': () => 'प्रश्न-प्रारूप के अनुसार शुद्धता',
  'insights.accuracyLine': (p) =>
    `${p.name}: ${p.percent}% (${count('hi', p.answered, { one: 'उत्तर', other: 'उत्तर' })})`,
  'insights.format.single': () => 'एकल उत्तर',
  'insights.format.statements': () => 'कथन (कौन-से सही हैं)',
  'insights.format.how-many': () => 'कितने कथन सही हैं',
  'insights.format.pairs': () => 'युग्म (pairs)',
  'insights.format.assertion-reason': () => 'कथन-I / कथन-II',
  'insights.lostStreaks': (p) => `इस सप्ताह टूटी ${p.min}+ दिनों की स्ट्रीक`,
  'insights.lostLine': (p) =>
    `${p.name} — ${count('hi', p.streak, { one: 'दिन', other: 'दिन' })}, अंतिम उत्तर ${p.day}`,
  'insights.noLostStreaks': () => 'कोई नहीं।',
  'insights.footer': () => 'केवल दैनिक प्रश्न; अभ्यास के उत्तर नहीं गिने गए। पूरी तालिका के लिए /export।',
  'export.empty': () => 'यहाँ अभी तक किसी ने दैनिक प्रश्न का उत्तर नहीं दिया है, इसलिए निर्यात करने को कुछ नहीं है।',
  'export.caption': (p) =>
    `${count('hi', p.members, { one: 'सदस्य', other: 'सदस्यों' })} के अंक और स्ट्रीक, सर्वश्रेष्ठ पहले (CSV, किसी भी स्प्रेडशीट में खुलती है)।`,
  'export.sentPrivately': (p) => `${p.name}, मैंने फ़ाइल आपको निजी चैट में भेज दी है।`,
  'export.openPrivateChat': (p) =>
    `${p.name}, मैं फ़ाइल केवल निजी चैट में भेज सकता हूँ: मेरे साथ (@${p.bot}) एक चैट खोलिए, Start दबाइए, फिर दोबारा माँगिए।`,
  'console.file': (p) => `फ़ाइल: ${p.file}`,
  'report.addDetails': () => 'क्या गलत है, यह बताने के लिए /report के साथ कुछ शब्द लिखिए।',
  'report.gone': () => 'यह प्रश्न अब संग्रह (pack) में नहीं है, इसलिए रिपोर्ट करने को कुछ नहीं है।',
  'reports.noDetails': () => '(बटन से चिह्नित, कोई विवरण नहीं)',
  'report.notYours': () =>
    'यह बटन आपके द्वारा उत्तर दिए गए प्रश्न की रिपोर्ट करता है; मुझे उस पर आपका उत्तर नहीं मिला। इसके बजाय /report के साथ कुछ शब्द लिखिए।',
};
