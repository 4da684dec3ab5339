// Hindi for en/admin.ts. Zone names (Asia/Kolkata) and the HH:MM form stay as typed.
import type { admin as en } from '../en/admin.ts';

export const admin: typeof en = {
  'setup.badTime': (p) =>
    `"${p.typed}" कोई ऐसा समय नहीं है जिसे मैं समझ सकूँ; 24-घंटे का HH:MM लिखें, जैसे /setup 07:30 Asia/Kolkata।`,
  'setup.title': () => 'दैनिक पोस्ट निर्धारित',
  'setup.when': (p) => `मैं प्रतिदिन ${p.time} (${p.zone}) पर यहाँ एक तथ्य और एक प्रश्न पोस्ट करूँगा।`,
  'setup.controls': () => 'रोकने के लिए /pause और फिर शुरू करने के लिए /resume का उपयोग करें।',
  'pause.title': () => 'दैनिक पोस्ट रोकी गई',
  'pause.body': () => 'जब तक कोई एडमिन /resume नहीं करता, दैनिक पोस्ट नहीं आएँगी। स्ट्रीक और अंक सुरक्षित रहेंगे।',
  'resume.setupFirst': () => 'पहले उस चैनल में /setup चलाएँ जिसमें दैनिक पोस्ट आनी चाहिए।',
  'resume.title': () => 'दैनिक पोस्ट फिर शुरू',
  'resume.next': (p) => `अगली पोस्ट ${p.time} (${p.zone}) पर।`,
  'zone.abbreviation': (p) =>
    `${p.typed} एक संक्षिप्त रूप है, और संक्षिप्त रूप अस्पष्ट होते हैं: समय क्षेत्र का नाम लिखें, जैसे ${p.first}${p.also ? ` (${p.abbreviation} का अर्थ ${p.also} भी हो सकता है)` : ''}, उदाहरण: /setup 07:30 ${p.first}।`,
  'zone.offset': (p) =>
    `${p.typed} कोई ऐसा समय क्षेत्र नहीं है जिसे मैं जानता हूँ: ऑफ़सेट डेलाइट सेविंग को नहीं मानते, इसलिए समय क्षेत्र का नाम लिखें, जैसे ${p.matches}, उदाहरण: /setup 07:30 ${p.first}।`,
  'zone.offsetNoMatch': (p) =>
    `${p.typed} कोई ऐसा समय क्षेत्र नहीं है जिसे मैं जानता हूँ: ऑफ़सेट डेलाइट सेविंग को नहीं मानते, इसलिए समय क्षेत्र का नाम लिखें, जैसे /setup 07:30 Asia/Kolkata।`,
  'zone.unknown': (p) =>
    `${p.typed} कोई ऐसा समय क्षेत्र नहीं है जिसे मैं जानता हूँ; IANA नाम लिखें, जैसे Asia/Kolkata, Asia/Tokyo या Europe/London (उदाहरण: /setup 07:30 Asia/Kolkata)।`,
  'zone.or': (p) => p.items.join(' या '),
};
