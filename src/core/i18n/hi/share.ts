// Hindi for en/share.ts.
import type { share as en } from '../en/share.ts';

export const share: typeof en = {
  'share.notAnswered': () => 'पहले दैनिक प्रश्न का उत्तर दें; फिर आप अपना परिणाम साझा कर सकते हैं।',
  'share.failed': () => 'मैं अभी आपका कार्ड नहीं बना सका। कृपया थोड़ी देर में फिर से प्रयास करें।',
  'share.button': () => 'साझा करें',
  'share.sent': () => 'आपका कार्ड मेरे साथ आपकी निजी चैट में है: वहाँ से आगे भेजें।',
  'share.needsStart': (p) =>
    `अपना कार्ड पाने के लिए मेरे साथ निजी चैट (@${p.bot}) खोलें और Start दबाएँ, फिर दोबारा "साझा करें" पर टैप करें।`,
};
