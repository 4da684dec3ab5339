// Hindi for en/suggest.ts: same keys, same parameters. Command names are Hindi words the platforms
// accept; option letters A-D stay as typed, as the form asks for them.
import type { suggest as en } from '../en/suggest.ts';
import { count, num } from '../format.ts';

export const suggest: typeof en = {
  'command.suggest.name': () => 'प्रश्न-सुझाव',
  'command.suggest': () => 'इस समूह के लिए एक प्रश्न लिखें; समूह के एडमिन (admin) पहले उसे जाँचेंगे',
  'command.suggest.usage': () => '/suggest',
  'command.suggestions.name': () => 'प्रश्न-सुझाव-सूची',
  'command.suggestions': () => 'सदस्यों के प्रश्न जो आपकी स्वीकृति की प्रतीक्षा में हैं',
  'command.suggestions.usage': () => '/suggestions',
  'command.approve.name': () => 'स्वीकार',
  'command.approve': () => 'किसी सदस्य का प्रश्न स्वीकार करें (दैनिक प्रश्नों में जोड़ने के लिए daily लिखें)',
  'command.approve.usage': () => '/approve <संख्या> [daily]',
  'command.approve.id.name': () => 'संख्या',
  'command.approve.id': () => 'प्रश्न की संख्या, जैसी /suggestions में दिखती है',
  'command.approve.daily.name': () => 'दैनिक',
  'command.approve.daily': () => 'इसे आने वाला दैनिक प्रश्न भी बनाने के लिए "daily" लिखें',
  'command.decline.name': () => 'अस्वीकार',
  'command.decline': () => 'किसी सदस्य का प्रश्न अस्वीकार करें, कारण सहित जिसे वह पढ़ेगा',
  'command.decline.usage': () => '/decline <संख्या> <कारण>',
  'command.decline.id.name': () => 'संख्या',
  'command.decline.id': () => 'प्रश्न की संख्या, जैसी /suggestions में दिखती है',
  'command.decline.reason.name': () => 'कारण',
  'command.decline.reason': () => 'अस्वीकार करने का कारण: सदस्य इसे पढ़ेगा',
  'command.contributors.name': () => 'प्रश्न-लेखक',
  'command.contributors': () => 'इस समूह के लिए लिखे गए प्रश्नों के अनुसार सदस्यों की सूची',
  'command.contributors.usage': () => '/contributors',
  'command.cancel.name': () => 'रद्द',
  'command.cancel': () => 'प्रश्न लिखना रोकें (जो लिखा है वह हटा दिया जाएगा)',
  'command.cancel.usage': () => '/cancel',

  'form.intro': (p) => `${p.title}: मैं हर भाग बारी-बारी से पूछूँगा। /cancel से रोकें।`,
  'form.step': (p) => `(${num('hi', p.n)}/${num('hi', p.of)}) ${p.label}: ${p.hint}`,
  'form.optional': () => 'खाली छोड़ने के लिए - भेजें।',
  'form.tooLong': (p) => `"${p.label}" के लिए यह बहुत लंबा है: अधिकतम ${num('hi', p.max)} अक्षर। कृपया फिर से भेजें।`,
  'form.empty': (p) => `"${p.label}" खाली नहीं हो सकता; कृपया लिखें।`,
  'form.cancelled': () => 'रोक दिया; कुछ भी सहेजा नहीं गया।',
  'form.nothing': () => 'रद्द करने के लिए कुछ नहीं है।',
  'form.gone': () => 'यह फ़ॉर्म अब खुला नहीं है; /suggest से फिर शुरू करें।',

  'suggest.form.title': () => 'एक प्रश्न सुझाएँ',
  'suggest.field.question': () => 'प्रश्न',
  'suggest.hint.question': () => 'प्रश्न, जैसा एक विद्यार्थी पढ़ेगा',
  'suggest.field.options': () => 'चार विकल्प, हर पंक्ति में एक (A से D)',
  'suggest.hint.options': () => 'पहले विकल्प A, फिर B, C और D: हर पंक्ति में एक, या | से अलग',
  'suggest.field.answer': () => 'सही विकल्प: A, B, C या D',
  'suggest.hint.answer': () => 'एक अक्षर',
  'suggest.field.explanation': () => 'यह सही क्यों है (स्रोत बताएँ)',
  'suggest.hint.explanation': () => 'एक-दो वाक्य, स्रोत सहित',
  'suggest.field.topic': () => 'विषय (वैकल्पिक)',
  'suggest.hint.topic': () => '/topics का कोई विषय, जैसे CEPA',
  'suggest.openPrivate': () => 'प्रश्न मेरे साथ आपकी निजी चैट में, एक-एक भाग करके, इसी समूह के लिए लिखे जाते हैं। यहाँ खोलें:',
  'suggest.openPrivateButton': () => 'प्रश्न लिखें',
  'suggest.queued': (p) => `धन्यवाद: आपका प्रश्न #${p.id} समूह के एडमिन के पास है। उनका निर्णय मैं आपको बताऊँगा।`,
  'suggest.section': (p) => `सदस्य का प्रश्न · ${p.name} द्वारा`,

  'suggest.bad.tooLong': (p) => `"${p.field}" बहुत लंबा है: अधिकतम ${num('hi', p.max)} अक्षर।`,
  'suggest.bad.empty': (p) => `"${p.field}" नहीं दिया गया; कृपया लिखें।`,
  'suggest.bad.optionCount': (p) => `ठीक 4 विकल्प चाहिए, हर पंक्ति में एक; मुझे ${num('hi', p.n)} मिले।`,
  'suggest.bad.letter': () => 'सही विकल्प एक अक्षर होना चाहिए: A, B, C या D।',
  'suggest.bad.lineFeeds': () => 'व्याख्या में अधिकतम 2 पंक्ति-विराम हो सकते हैं।',
  'suggest.bad.duplicate': (p) => `विकल्प ${p.a} और ${p.b} एक जैसे हैं; चारों विकल्प अलग होने चाहिए।`,
  'suggest.bad.topic': (p) => `मुझे "${p.topic}" विषय नहीं मिला; /topics में सूची है, या इसे खाली छोड़ दें।`,
  'suggest.bad.loneNumber': () =>
    'केवल सही विकल्प में संख्या है, जिससे उत्तर पता चल जाता है; बाकी विकल्पों में भी संख्याएँ दें।',
  'suggest.bad.absoluteWord': () => '"हमेशा" या "कभी नहीं" जैसे शब्द केवल गलत विकल्पों में हैं, जिससे वे पहचाने जाते हैं।',
  'suggest.bad.formatMismatch': () => 'प्रश्न में क्रमांकित कथन हैं; सदस्य के प्रश्न में एक प्रश्न और चार विकल्प होते हैं।',
  'suggest.bad.proposalWording': () =>
    'यह संपादकीय (editorial) के सुझाव को परखता है: प्रश्न में यह कहा जाना चाहिए ("संपादकीय सुझाव देता है ...")।',
  'suggest.bad.other': (p) => `"${p.field}" मान्य नहीं है; कृपया जाँचें।`,

  'suggestions.title': (p) => `प्रतीक्षारत प्रश्न: ${count('hi', p.n, { one: 'प्रश्न', other: 'प्रश्न' })}`,
  'suggestions.none': () => 'कोई प्रश्न प्रतीक्षा में नहीं है। सदस्य /suggest से प्रश्न लिख सकते हैं।',
  'suggestions.item': (p) => `#${p.id}, ${p.who} द्वारा`,
  'suggestions.body': (p) => `${p.prompt}\n${p.options}\nउत्तर: ${p.key}। ${p.explanation}`,
  'suggestions.howTo': (p) =>
    `${p.more > 0 ? `${num('hi', p.more)} और नहीं दिखाए गए। ` : ''}बटनों से स्वीकार या अस्वीकार करें; सदस्य को कारण बताने के लिए: /decline ${p.example} <कारण>`,
  'suggestions.howToTyped': (p) =>
    `${p.more > 0 ? `${num('hi', p.more)} और नहीं दिखाए गए। ` : ''}स्वीकार करने के लिए /approve ${p.example} (या /approve ${p.example} daily), अस्वीकार करने के लिए /decline ${p.example} <कारण>`,
  'suggestions.sentPrivately': (p) =>
    `${p.name}, प्रतीक्षारत प्रश्न मैंने आपको निजी रूप से भेज दिए हैं, ताकि समूह उनके उत्तर न देखे।`,
  'suggestions.startFirst': (p) =>
    `${p.name}, प्रतीक्षारत प्रश्नों में उनके उत्तर होते हैं: मेरे साथ निजी चैट (@${p.bot}) खोलें, Start दबाएँ, फिर /suggestions दोबारा चलाएँ।`,
  'suggestions.approve': (p) => `#${p.id} स्वीकार`,
  'suggestions.approveDaily': (p) => `#${p.id} स्वीकार + दैनिक`,
  'suggestions.decline': (p) => `#${p.id} अस्वीकार`,
  'suggestions.approved': (p) => `प्रश्न #${p.id} स्वीकृत: यह इस समूह के अभ्यास प्रश्नों में है।`,
  'suggestions.approvedDaily': (p) =>
    `प्रश्न #${p.id} स्वीकृत: यह इस समूह के अभ्यास प्रश्नों में है और आने वाली किसी दैनिक पोस्ट का प्रश्न होगा।`,
  'suggestions.declined': (p) => `प्रश्न #${p.id} अस्वीकृत; लेखक को बता दिया जाएगा।`,
  'suggestions.notFound': (p) => `इस समूह में प्रश्न #${p.id} प्रतीक्षा में नहीं है; /suggestions में सूची है।`,
  'suggestions.badNumber': () => 'प्रश्न की संख्या दें, जैसे /decline 3 तिथि गलत है।',
  'suggestions.needReason': () => 'कारण बताएँ, जैसे /decline 3 तिथि गलत है; सदस्य इसे पढ़ेगा।',

  'suggest.told.approved': (p) =>
    `आपका प्रश्न #${p.id} ("${p.prompt}") ${p.group} में स्वीकृत हुआ: अब यह समूह के अभ्यास प्रश्नों में है।`,
  'suggest.told.daily': () => 'यह जल्द ही दैनिक प्रश्न भी होगा।',
  'suggest.told.declined': (p) => `आपका प्रश्न #${p.id} ("${p.prompt}") ${p.group} में स्वीकार नहीं हुआ।`,
  'suggest.told.reason': (p) => `एडमिन का कारण: ${p.reason}`,

  'contributors.title': () => 'प्रश्न-लेखक',
  'contributors.line': (p) =>
    `${num('hi', p.rank)}. ${p.name}: ${count('hi', p.n, { one: 'स्वीकृत प्रश्न', other: 'स्वीकृत प्रश्न' })}`,
  'contributors.none': () => 'अभी तक सदस्यों का कोई प्रश्न स्वीकृत नहीं हुआ। /suggest से एक लिखें।',
};
