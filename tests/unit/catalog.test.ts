import { describe, expect, it } from 'vitest';
import { catalogKeys, count, num, t } from '../../src/core/i18n/index.ts';

describe('message catalog', () => {
  it('has every key in both languages', () => {
    expect(catalogKeys('hi').sort()).toEqual(catalogKeys('en').sort());
  });

  it('groups large numbers the Indian way in both languages', () => {
    expect(num('en', 100000)).toBe('1,00,000');
    expect(num('hi', 1234567)).toBe('12,34,567');
  });

  it('chooses the plural form by the number', () => {
    expect(t('en', 'common.days', { n: 1 })).toBe('1 day');
    expect(t('en', 'common.days', { n: 12 })).toBe('12 days');
    expect(count('hi', 2, { one: 'प्रश्न', other: 'प्रश्न' })).toBe('2 प्रश्न');
  });
});
