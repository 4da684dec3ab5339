// Hindi for en/help.ts. The first use of "streak" carries its meaning (see content/glossary.hi.md).
import type { help as en } from '../en/help.ts';

export const help: typeof en = {
  'help.title': () => 'Studybot — UPSC का दैनिक पुनरावर्तन',
  'help.active': (p) =>
    `मैं प्रतिदिन ${p.time} (${p.zone}) पर भारत-जापान संबंध पैक से एक तथ्य और एक प्रश्न पोस्ट करता हूँ। अपनी स्ट्रीक (लगातार दिनों का क्रम) बनाने के लिए उसी दिन उत्तर दें; प्रत्येक सही उत्तर पर 10 अंक मिलते हैं।`,
  'help.waiting': (p) =>
    `यहाँ दैनिक पोस्ट बंद हैं (${p.reason}), ताकि किसी को बिना माँगे न मिलें: प्रतिदिन यहाँ एक तथ्य और एक प्रश्न पाने के लिए ${p.admin ? 'आप' : 'कोई एडमिन'} समय के साथ /setup चला${p.admin ? 'एँ' : ' सकता है'}, जैसे /setup 07:30 Asia/Kolkata। तब तक /daily, /fact और /quiz काम करते हैं।`,
  'help.off': (p) =>
    `यहाँ दैनिक पोस्ट बंद हैं (${p.reason}); कोई एडमिन /setup से इन्हें शुरू कर सकता है। तब तक /daily, /fact और /quiz काम करते हैं।`,
  'help.paused': () => 'रोकी गई',
  'help.reasonSetup': () => '/setup की प्रतीक्षा',
  'help.reasonPausedByAdmin': () => 'एडमिन ने रोकी',
  'help.line': (p) => `${p.usage} — ${p.description}${p.admins ? ' (एडमिन)' : ''}`,
};
