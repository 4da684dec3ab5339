// Hindi for en/groups.ts: same keys, same parameters (the type below makes a missing key or a
// changed parameter a compile error). Discord's own names (permissions, Server Settings) stay in
// English, as a member sees them in the Discord app.
import type { groups as en } from '../en/groups.ts';
import { count } from '../format.ts';

export const groups: typeof en = {
  'groups.setup.discordOnly': () =>
    'चर्चा थ्रेड (thread) और रोल पिंग (role ping) Discord की सुविधाएँ हैं; Telegram पर दैनिक प्रश्न किसी फ़ोरम टॉपिक (topic) में पाने के लिए वहीं /setup चलाएँ।',
  'groups.setup.threadsChoice': () => 'threads विकल्प "on" या "off" होता है, जैसे /setup 07:30 Asia/Kolkata on।',
  'groups.setup.pingRole': () => 'ping विकल्प के लिए Discord की सूची से वह रोल (role) चुनें जिसका उल्लेख करना है।',
  'groups.setup.threadsOn': () =>
    'हर दैनिक पोस्ट के नीचे एक थ्रेड, “आज के प्रश्न पर चर्चा”, खुलेगा, जो दिन समाप्त होने पर बंद हो जाएगा।',
  'groups.setup.threadsOff': () => 'चर्चा थ्रेड बंद हैं (उन्हें खोलने के लिए threads on के साथ फिर से /setup चलाएँ)।',
  'groups.setup.pingOn': (p) => `हर दैनिक पोस्ट में ${p.role} का उल्लेख होगा।`,
  'groups.setup.pingOff': () => 'दैनिक पोस्ट में किसी रोल का उल्लेख नहीं होगा।',
  'groups.setup.topic': () => 'दैनिक पोस्ट और उसका हल इसी टॉपिक में आएँगे।',
  'groups.thread.name': (p) => `आज के प्रश्न पर चर्चा · ${p.date}`,

  'groups.skip.title': () => 'आज का दिन छोड़ा गया',
  'groups.skip.done': (p) =>
    `आज (${p.date}) कोई दैनिक पोस्ट नहीं होगी, और छोड़े गए दिन से स्ट्रीक (streak) नहीं टूटती। विचार बदल गया? /postnow से पोस्ट फिर भी भेजी जा सकती है।`,
  'groups.skip.already': (p) => `आज (${p.date}) पहले ही छोड़ा जा चुका है; /postnow से पोस्ट फिर भी भेजी जा सकती है।`,
  'groups.skip.posted': (p) =>
    `आज की पोस्ट (${p.date}) पहले ही जा चुकी है, इसलिए आज का दिन छोड़ा नहीं जा सकता; /skip पोस्ट के समय से पहले चलाएँ।`,
  'groups.skip.sending': () => 'आज की पोस्ट इसी समय भेजी जा रही है, इसलिए अब आज का दिन छोड़ा नहीं जा सकता।',
  'groups.daily.skipped': () =>
    'एक एडमिन ने आज का प्रश्न छोड़ दिया है: आज कोई दैनिक प्रश्न नहीं है, और इससे स्ट्रीक नहीं टूटती। अभ्यास प्रश्नों के लिए /quiz है।',

  'groups.postnow.posted': () => 'आज का तथ्य और प्रश्न पोस्ट कर दिए गए हैं।',
  'groups.postnow.unskipped': () => 'आज का दिन छोड़ा गया था; अब यह सामान्य दिन है।',
  'groups.postnow.already': () =>
    'आज की पोस्ट पहले ही जा चुकी है (या इसी समय जा रही है); और कुछ पोस्ट करने को नहीं है।',
  'groups.postnow.inactive': (p) => `यहाँ दैनिक पोस्ट बंद हैं (${p.reason}); पहले /setup या /resume चलाएँ।`,
  'groups.postnow.unavailable': () =>
    'इस सत्र में पोस्ट भेजना नहीं चल रहा है; बॉट सामान्य रूप से चलने पर दैनिक पोस्ट अपने समय पर जाती है।',
  'groups.postnow.failed': () =>
    'मैं अभी आज का प्रश्न पोस्ट नहीं कर सका; अगले मिनट फिर प्रयास करूँगा, इसलिए /postnow दोहराने की आवश्यकता नहीं है।',

  'groups.preview.title': (p) => `कल की पोस्ट · ${p.date}`,
  'groups.preview.answer': (p) => `उत्तर: ${p.letter} ${p.option}`,
  'groups.preview.skipped': () =>
    'कल का दिन छोड़ा गया है: जब तक कोई एडमिन उस दिन /postnow न चलाए, यह पोस्ट नहीं होगी।',
  'groups.preview.footer': () => 'यह पूर्वावलोकन (preview) केवल आप देख सकते हैं।',
  'groups.preview.notInChannel': () =>
    '/preview से कल का प्रश्न पूरे चैनल को दिख जाएगा; इसे किसी समूह में या मेरे साथ निजी चैट में चलाएँ।',
  'groups.preview.sentPrivately': (p) =>
    `${p.name}, मैंने कल की पोस्ट आपको निजी रूप से भेज दी है, ताकि समूह के लिए प्रश्न खुल न जाए।`,
  'groups.preview.startFirst': (p) =>
    `${p.name}, समूह के लिए प्रश्न खोले बिना कल की पोस्ट देखने के लिए मेरे साथ निजी चैट (@${p.bot}) खोलें, Start दबाएँ, फिर /preview दोबारा चलाएँ।`,

  'groups.unreachable.title': () => 'मैं आज का प्रश्न पोस्ट नहीं कर सका',
  'groups.unreachable.discord': (p) =>
    `मैं अब ${p.place} में दैनिक प्रश्न पोस्ट नहीं कर सकता: चैनल हटा दिया गया है, या वहाँ मेरी View Channel, Send Messages या Embed Links अनुमति (permission) हट गई है। अनुमति लौटाएँ (या कोई दूसरा चैनल चुनें), फिर उस चैनल में /setup चलाएँ जहाँ पोस्ट जानी चाहिए।`,
  'groups.unreachable.telegram': (p) =>
    `मैं अब ${p.place} में दैनिक प्रश्न पोस्ट नहीं कर सकता: मुझे वहाँ से हटा दिया गया है या अब मैं वहाँ संदेश नहीं भेज सकता। मुझे फिर से जोड़ें (या पोस्ट करने दें), फिर उस चैट में /setup चलाएँ।`,
  'groups.unreachable.paused': () => 'तब तक वहाँ दैनिक पोस्ट रुकी रहेंगी; स्ट्रीक और अंक सुरक्षित हैं।',

  'groups.reward.discordOnly': () => 'रोल पुरस्कार (role reward) Discord की सुविधा है।',
  'groups.reward.needThreshold': () =>
    'रोल के साथ स्ट्रीक या अंकों की सीमा दें, जैसे /rolereward role:@Regular streak:7।',
  'groups.reward.badNumber': (p) => `${p.what} की सीमा 1 से 100000 तक की पूर्ण संख्या होनी चाहिए।`,
  'groups.reward.title': () => 'रोल पुरस्कार तय हुआ',
  'groups.reward.set': (p) =>
    `${p.role} उन सदस्यों को मिलेगा जो इस शर्त पर खरे उतरें: ${p.rule}; शर्त पूरी न रहने पर यह वापस ले लिया जाएगा।`,
  'groups.reward.streak': (p) => `स्ट्रीक ${count('hi', p.n, { one: 'दिन', other: 'दिन' })} या अधिक`,
  'groups.reward.points': (p) => `${count('hi', p.n, { one: 'अंक', other: 'अंक' })} या अधिक`,
  'groups.reward.or': (p) => `${p.a} या ${p.b}`,
  'groups.reward.off': () => 'रोल पुरस्कार बंद हैं। /rolereward role:@Role streak:7 से एक तय करें।',
  'groups.reward.needsManageRoles': () =>
    'यह रोल देने के लिए मुझे Manage Roles अनुमति चाहिए, और Server Settings → Roles में मेरा रोल पुरस्कार रोल से ऊपर होना चाहिए; तब तक यह किसी को नहीं मिलेगा।',
};
