// Hindi for en/community.ts: same keys, same parameters.
import type { community as en } from '../en/community.ts';
import { count, num } from '../format.ts';

export const community: typeof en = {
  'report.empty': () => 'कुछ शब्दों में बताइए कि क्या गलत है, जैसे /report उत्तर (b) होना चाहिए — संधि 2011 में हुई थी।',
  'report.tooLong': (p) => `यह रिपोर्ट बहुत लंबी है; कृपया इसे ${num('hi', p.max)} अक्षरों से कम रखें।`,
  'report.filedQuestion': (p) =>
    `धन्यवाद: प्रश्न "${p.item}" पर रिपोर्ट #${p.id} समूह के व्यवस्थापकों (admins) तक पहुँच गई है।`,
  'report.filedFact': (p) =>
    `धन्यवाद: तथ्य "${p.item}" पर रिपोर्ट #${p.id} समूह के व्यवस्थापकों (admins) तक पहुँच गई है।`,
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
};
