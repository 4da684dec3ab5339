// The poll-id cache must stay bounded however many polls a process sees, and keep the polls in use.
import { describe, expect, it } from 'vitest';
import { LruCache } from '../../src/store/lru.ts';

describe('LruCache', () => {
  it('holds at most its capacity, forgetting the least recently used entry first', () => {
    const cache = new LruCache<string, number>(3);
    for (const [i, key] of ['a', 'b', 'c'].entries()) cache.set(key, i);
    expect(cache.get('a')).toBe(0); // a is now the most recently used
    cache.set('d', 3);
    expect(cache.size).toBe(3);
    expect(cache.get('b')).toBeUndefined();
    expect([cache.get('a'), cache.get('c'), cache.get('d')]).toEqual([0, 2, 3]);
    for (let i = 0; i < 1000; i++) cache.set(`k${i}`, i);
    expect(cache.size).toBe(3);
  });
});
