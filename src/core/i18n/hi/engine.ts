// Hindi for en/engine.ts.
import type { engine as en } from '../en/engine.ts';

export const engine: typeof en = {
  'engine.unknownCommand': (p) => `मैं /${p.name} कमांड नहीं जानता। मैं क्या कर सकता हूँ, यह देखने के लिए /help लिखें।`,
  'engine.tooLong': (p) => `यह ${p.what} बहुत लंबा है (${p.length} अक्षर); कृपया इसे ${p.max} से कम रखें।`,
  'engine.needs': (p) => `/${p.command} के लिए ${p.what} आवश्यक है। उपयोग: ${p.usage}`,
  'engine.adminsOnly': (p) =>
    `/${p.command} का उपयोग केवल समूह के एडमिन कर सकते हैं। कोई बदलाव चाहिए तो किसी एडमिन से कहें।`,
};
