import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ContentLibrary, type Fact } from '../../../src/content/index.ts';
import { library } from './helpers.ts';

const lib = await library();

function found(query: string): { id: string; how: string } | undefined {
  const r = lib.lookup(query);
  return r.kind === 'found' ? { id: r.fact.id, how: r.how } : undefined;
}

describe('lookup', () => {
  it('finds by exact id or title, case- and punctuation-insensitively', () => {
    expect(found('osaka-track')).toEqual({ id: 'osaka-track', how: 'exact' });
    expect(found('  OSAKA   TRACK (G20 Osaka Summit, 2019) ')).toEqual({ id: 'osaka-track', how: 'exact' });
    expect(found('Shinkansen technology')).toEqual({ id: 'shinkansen-technology', how: 'exact' });
  });

  it('finds by alias', () => {
    expect(found('Comprehensive Economic Partnership Agreement')).toEqual({ id: 'cepa', how: 'alias' });
    expect(found('lupex')).toEqual({ id: 'lupex-mission', how: 'alias' });
    expect(found('US-2')).toEqual({ id: 'us-2-amphibian-aircraft', how: 'alias' });
    expect(found('us 2')).toEqual({ id: 'us-2-amphibian-aircraft', how: 'alias' });
    expect(found('unicorn')).toEqual({ id: 'unicorn-naval-mast', how: 'alias' });
    expect(found('China+1')).toEqual({ id: 'china-plus-one', how: 'alias' });
  });

  it.each([
    ['shinkansan', 'shinkansen-technology'],
    ['osaka trak', 'osaka-track'],
    ['dharma gaurdian', 'military-exercises'],
    ['cepa', 'cepa'],
    ['Comprehensive Economic Partnership Agreement', 'cepa'],
    ['gift city', 'gift-city'],
    ['lupex', 'lupex-mission'],
    ['us-2', 'us-2-amphibian-aircraft'],
    ['unicorn', 'unicorn-naval-mast'],
    ['nihongo partner', 'nihongo-partners'],
    ['daruma dol', 'daruma-doll'],
    ['what is the osaka track initiative', 'osaka-track'],
    ['jimx', 'military-exercises'],
    ['geriatric', 'geriatric-medicine-research'],
  ])('tolerates the way learners type it: %s', (query, id) => {
    expect(found(query)?.id).toBe(id);
  });

  it('marks typo matches as fuzzy', () => {
    expect(found('shinkansan')?.how).toBe('fuzzy');
    expect(found('dharma gaurdian')?.how).toBe('fuzzy');
  });

  it('does not invent matches for unknown topics and gives at most 3 suggestions', () => {
    for (const q of ['cricket world cup', 'japan', 'monsoon', 'zzqx', 'photosynthesis in plants', '?!', '']) {
      const r = lib.lookup(q);
      expect(r.kind, q).toBe('none');
      if (r.kind === 'none') expect(r.suggestions.length).toBeLessThanOrEqual(3);
    }
    const japan = lib.lookup('japan');
    expect(japan.kind === 'none' && japan.suggestions.length).toBe(3);
    if (japan.kind === 'none') {
      for (const f of japan.suggestions) {
        expect([f.title, ...f.aliases].join(' ').toLowerCase()).toMatch(/japan/);
      }
    }
  });

  it('suggests the closest facts for a near miss', () => {
    const r = lib.lookup('shinkan');
    const ids = r.kind === 'found' ? [r.fact.id] : r.suggestions.map((f) => f.id);
    expect(ids.some((id) => id === 'shinkansen-technology' || id === 'e10-shinkansen')).toBe(true);
  });

  it('handles a 10 kB query quickly and without throwing', () => {
    const queries = [
      'x'.repeat(10_000),
      'lorem ipsum dolor sit amet '.repeat(400),
      `osaka track ${'z'.repeat(10_000)}`,
      '🙂'.repeat(5_000),
      '\u0000\n\t'.repeat(3_400),
    ];
    for (const q of queries) {
      expect(q.length).toBeGreaterThanOrEqual(10_000);
      const r = lib.lookup(q);
      expect(['found', 'none']).toContain(r.kind);
    }
    expect(lib.lookup(`osaka track ${'z'.repeat(10_000)}`).kind).toBe('found');
  });

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        const r = lib.lookup(s);
        if (r.kind === 'none') expect(r.suggestions.length).toBeLessThanOrEqual(3);
        expect(lib.autocomplete(s).length).toBeLessThanOrEqual(25);
      }),
      { numRuns: 300 },
    );
  });
  // Speed is measured in bench/content-lookup.bench.ts, not asserted here.
});

describe('autocomplete', () => {
  it('returns the first 25 titles for an empty prefix, in title order', () => {
    const all = lib.autocomplete('');
    expect(all).toHaveLength(25);
    const titles = all.map((a) => a.title);
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'en')));
    expect(lib.autocomplete('', 5)).toHaveLength(5);
  });

  it('ranks title prefixes first and matches aliases', () => {
    const r = lib.autocomplete('osaka');
    expect(r[0]).toEqual({ id: 'osaka-track', title: lib.fact('osaka-track')!.title });
    expect(lib.autocomplete('shin')[0]!.id).toBe('shinkansen-technology');
    expect(lib.autocomplete('jcm').map((a) => a.id)).toContain('joint-crediting-mechanism');
    expect(lib.autocomplete('shinkansan').map((a) => a.id)).toContain('shinkansen-technology');
    expect(lib.autocomplete('qqqqqq')).toEqual([]);
  });

  it('never returns more than the limit', () => {
    expect(lib.autocomplete('a').length).toBeLessThanOrEqual(25);
    expect(lib.autocomplete('a', 3).length).toBeLessThanOrEqual(3);
  });
});

describe('lookup on a hand-built library', () => {
  const fact = (id: string, title: string, aliases: string[] = []): Fact => ({
    id,
    title,
    aliases,
    text: title,
    section: 's',
    proposal: false,
    tags: ['prelims'],
  });
  const small = new ContentLibrary([
    {
      id: 'p',
      title: 'P',
      source: 'S',
      sections: [{ id: 's', title: 'S' }],
      facts: [
        fact('one', 'Alpha Centauri', ['ac']),
        fact('two', 'Beta Pictoris'),
        fact('three', 'Gamma Draconis'),
      ],
      questions: [],
      mains: [],
    },
  ]);
  it('uses the exact map for ids, titles and aliases and fuzzy for typos', () => {
    expect(small.lookup('ONE')).toMatchObject({ kind: 'found', how: 'exact' });
    expect(small.lookup('ac')).toMatchObject({ kind: 'found', how: 'alias' });
    expect(small.lookup('beta pictorus')).toMatchObject({ kind: 'found', how: 'fuzzy', fact: { id: 'two' } });
    expect(small.lookup('delta')).toMatchObject({ kind: 'none' });
  });
});

describe('lookups students type (issue 11)', async () => {
  const real = await library();
  it.each([
    // The Shinkansen is the bullet train (issue 14: the same fact as /fact शिंकानसेन); the Indian
    // line that uses it is the bullet train project.
    ['bullet train', 'shinkansen-technology'],
    ['bullet train project', 'mahsr'],
    ['dfft', 'osaka-track'],
    ['17.69', 'trade-imbalance-fy24'],
    ['5.15 billion', 'trade-imbalance-fy24'],
    ['gift', 'gift-city'],
    ['2019 g20', 'osaka-track'],
    ['ntb committee', 'ntb-review-committee'],
    ['semiconductors', 'fifteenth-annual-summit'],
    ['defense', 'strategic-defence-convergence'],
    ['defense co-production', 'defence-co-production'],
    ['e-10', 'e10-shinkansen'],
    ['un security council', 'wto-unsc-reform'],
    ['shanghai cooperation organisation', 'quad-and-multilateral-synergy'],
    ['shanghai cooperation organization', 'quad-and-multilateral-synergy'],
  ])('%s -> %s', (query, id) => {
    const r = real.lookup(query);
    expect(r.kind === 'found' ? r.fact.id : r).toBe(id);
  });
});

describe('/fact in either language (issue 14)', async () => {
  const real = await library();
  it('/fact शिंकानसेन and /fact bullet train find the same fact: the Shinkansen', () => {
    const ids = ['शिंकानसेन', 'bullet train', 'shinkansen', 'बुलेट ट्रेन'].map((q) => {
      const r = real.lookup(q);
      return r.kind === 'found' ? r.fact.id : r;
    });
    expect(ids).toEqual(Array(4).fill('shinkansen-technology'));
  });
});
