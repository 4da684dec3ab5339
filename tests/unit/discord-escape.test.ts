import { describe, expect, it } from 'vitest';
import { escape } from '../../src/adapters/discord/render.ts';

describe('Discord text escaping', () => {
  it('shows names that look like links, headings, lists or quotes literally', () => {
    expect(escape('[Claim](https://x.co/a)')).toBe('\\[Claim](https://x.co/a)');
    expect(escape('# Huge')).toBe('\\# Huge');
    expect(escape('-# tiny')).toBe('\\-# tiny');
    expect(escape('> quote')).toBe('\\> quote');
    expect(escape('*Ben* __x__ `y` ||z||')).toBe('\\*Ben\\* \\_\\_x\\_\\_ \\`y\\` \\|\\|z\\|\\|');
  });
});
