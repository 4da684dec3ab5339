// Hindi for en/common.ts: same keys, same parameters (the type below makes a missing key or a
// changed parameter a compile error).
import type { common as en } from '../en/common.ts';
import { count } from '../format.ts';

export const common: typeof en = {
  'common.days': (p) => count('hi', p.n, { one: 'दिन', other: 'दिन' }),
  'common.somethingWrong': () => 'मेरी ओर से कुछ गड़बड़ हुई और कुछ भी नहीं बदला गया। कृपया थोड़ी देर में फिर से प्रयास करें।',
};
