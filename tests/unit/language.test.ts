// Who sees which language (issue 14): the member's choice, then the platform's hint, then the
// community's; public replies speak the community's, except in a private chat with the bot.
import { describe, expect, it } from 'vitest';
import { languagesOf, memberLangOf, parseLanguage } from '../../src/core/language.ts';

const hindiGroup = { language: 'hi' };
const englishGroup = { language: 'en' };

describe('the reply languages of an invocation', () => {
  it("private replies: the member's choice, then the app's language, then the group's", () => {
    expect(memberLangOf('en', { locale: 'hi' }, hindiGroup)).toBe('en');
    expect(memberLangOf(null, { locale: 'hi-IN' }, englishGroup)).toBe('hi');
    expect(memberLangOf(null, { locale: 'en-US' }, hindiGroup)).toBe('en');
    expect(memberLangOf(null, { locale: 'ja' }, hindiGroup)).toBe('hi'); // a language the bot lacks
    expect(memberLangOf(null, {}, hindiGroup)).toBe('hi');
    expect(memberLangOf(null, {}, { language: 'xx' })).toBe('en');
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
