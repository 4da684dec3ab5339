import { describe, expect, it } from 'vitest';
import { resolveTimezone } from '../../src/core/zones.ts';

const zone = (text: string) => {
  const r = resolveTimezone(text);
  return 'zone' in r ? r.zone : undefined;
};
const problem = (text: string) => {
  const r = resolveTimezone(text);
  return 'problem' in r ? r.problem : '';
};

describe('timezones typed in /setup', () => {
  it('are stored by their canonical IANA name, whatever the case or the old name', () => {
    expect(zone('asia/kolkata')).toBe('Asia/Kolkata');
    expect(zone('ASIA/KOLKATA')).toBe('Asia/Kolkata');
    expect(zone('Asia/Calcutta')).toBe('Asia/Kolkata');
    expect(zone(' asia/tokyo ')).toBe('Asia/Tokyo');
    expect(zone('europe/kiev')).toBe('Europe/Kyiv');
    expect(zone('US/Pacific')).toBe('America/Los_Angeles');
    expect(zone('utc')).toBe('UTC');
  });

  it('abbreviations are refused with the zone they most likely mean, and the others they can mean', () => {
    expect(zone('IST')).toBeUndefined();
    expect(problem('IST')).toMatch(
      /abbreviation.*such as Asia\/Kolkata \(IST can also mean Europe\/Dublin or Asia\/Jerusalem\)/,
    );
    expect(problem('jst')).toMatch(/such as Asia\/Tokyo, e\.g\. \/setup 07:30 Asia\/Tokyo/);
    // EST is a real IANA name, but a fixed offset (Panama's time all year): not what anyone means.
    expect(zone('EST')).toBeUndefined();
    expect(problem('EST')).toMatch(/America\/New_York/);
    expect(problem('PST')).toMatch(/America\/Los_Angeles/);
  });

  it('offsets are refused with the zones at that offset', () => {
    expect(problem('GMT+5:30')).toMatch(/offsets ignore daylight saving.*Asia\/Kolkata or Asia\/Colombo/);
    expect(problem('UTC+09:00')).toMatch(/Asia\/Tokyo/);
    expect(problem('+0530')).toMatch(/Asia\/Kolkata/);
    expect(zone('Etc/GMT-5')).toBeUndefined();
    expect(problem('Etc/GMT-5')).toMatch(/Asia\/Karachi/);
  });

  it('anything else is not a timezone', () => {
    expect(problem('Nowhere/Land')).toMatch(/not a timezone I know/);
    expect(problem('local')).toMatch(/not a timezone I know/);
  });
});
