// Who sees which language (issue 14): the member's choice, then the platform's hint, then the
// community's; public replies speak the community's, except in a private chat with the bot.
import { describe, expect, it } from 'vitest';
import { communityLang, languagesOf, memberLang } from '../../src/core/i18n/index.ts';
import { parseLanguage } from '../../src/core/language.ts';

const hindiGroup = { language: 'hi' };
const englishGroup = { language: 'en' };

describe('the reply languages of an invocation', () => {
  it("private replies: the member's choice, then the app's language, then the group's", () => {
    expect(memberLang({ locale: 'hi' }, 'en', hindiGroup)).toBe('en');
    expect(memberLang({ locale: 'hi-IN' }, null, englishGroup)).toBe('hi');
    expect(memberLang({ locale: 'en-US' }, null, hindiGroup)).toBe('en');
    expect(memberLang({ locale: 'ja' }, null, hindiGroup)).toBe('hi'); // a language the bot lacks
    expect(memberLang({}, null, hindiGroup)).toBe('hi');
    expect(memberLang({}, null, { language: 'xx' })).toBe('en');
  });

  it("without the database (a tap, an adapter's notice): the app's language, else English", () => {
    expect(memberLang({ locale: 'hi-IN' })).toBe('hi');
    expect(memberLang({ locale: 'ja' })).toBe('en');
    expect(memberLang({})).toBe('en');
    expect(communityLang(null)).toBe('en');
    expect(communityLang({ language: 'hi' })).toBe('hi');
  });

  it("public replies speak the group's language, and the member's in their private chat", () => {
    const member = { actor: { locale: 'en-GB' } };
    expect(languagesOf(null, { ...member, place: {} }, hindiGroup)).toEqual({ lang: 'hi', memberLang: 'en' });
    expect(languagesOf(null, { ...member, place: { isPrivate: true } }, hindiGroup)).toEqual({
      lang: 'en',
      memberLang: 'en',
    });
  });

  it('understands what a student types for a language, and nothing else', () => {
    for (const s of ['hi', 'HI', 'hi-IN', 'Hindi', 'हिंदी', 'हिन्दी']) expect(parseLanguage(s), s).toBe('hi');
    for (const s of ['en', 'English', 'अंग्रेज़ी']) expect(parseLanguage(s), s).toBe('en');
    for (const s of ['', 'fr', 'Asia/Kolkata', undefined])
      expect(parseLanguage(s), String(s)).toBeUndefined();
  });
});
