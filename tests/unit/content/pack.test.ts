// The India-Japan pack: counts, coverage of the editorial, faithfulness of every figure, answer spread.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { LIMITS, OPTION_LETTERS, mainsPoints } from '../../../src/content/index.ts';
import { contentDir, editorial, library, numbersIn } from './helpers.ts';

const lib = await library();
const pack = lib.packs.find((p) => p.id === 'india-japan')!;

describe('India-Japan pack: counts and shape', () => {
  it('has at least 45 facts, 90 questions and the 2 mains prompts', () => {
    expect(pack).toBeDefined();
    expect(pack.facts.length).toBeGreaterThanOrEqual(45);
    expect(pack.questions.length).toBeGreaterThanOrEqual(90);
    expect(pack.mains.map((m) => m.kind).sort()).toEqual(['editorial', 'pyq']);
    const pyq = pack.mains.find((m) => m.kind === 'pyq')!;
    expect(pyq.year).toBe(2020);
    expect(pyq.prompt).toMatch(/Quadrilateral Security Dialogue \(Quad\)/);
    const drishti = pack.mains.find((m) => m.kind === 'editorial')!;
    expect(drishti.prompt).toMatch(/Indo-Pacific security architecture/);
    for (const m of pack.mains) expect(mainsPoints(m).length).toBeGreaterThanOrEqual(5);
  });

  it('covers every section of the editorial with facts and questions', () => {
    const ids = pack.sections.map((s) => s.id);
    // intro, 7 cooperation areas, 5 friction areas, 8 measures, conclusion
    expect(ids.filter((s) => s.startsWith('coop-'))).toHaveLength(7);
    expect(ids.filter((s) => s.startsWith('friction-'))).toHaveLength(5);
    expect(ids.filter((s) => s.startsWith('measure-'))).toHaveLength(8);
    expect(ids).toContain('summit');
    expect(ids).toContain('conclusion');
    for (const s of ids) {
      expect(
        pack.facts.some((f) => f.section === s),
        `facts in ${s}`,
      ).toBe(true);
      expect(
        pack.questions.some((q) => q.section === s),
        `questions in ${s}`,
      ).toBe(true);
    }
  });

  it('every fact is tested by a question and every question cites its section title', () => {
    for (const f of pack.facts)
      expect(
        pack.questions.some((q) => q.factId === f.id),
        f.id,
      ).toBe(true);
    for (const q of pack.questions) {
      const title = lib.section(q.section)!.title;
      expect(q.explanation, q.id).toContain(`(${title})`);
      expect(lib.fact(q.factId)!.section).toBe(q.section);
    }
  });

  it('respects the Telegram quiz-poll limits and the fact text limit', () => {
    for (const q of pack.questions) {
      expect(q.prompt.length, q.id).toBeLessThanOrEqual(LIMITS.questionPrompt);
      expect(q.options).toHaveLength(4);
      for (const o of q.options) expect(o.length, q.id).toBeLessThanOrEqual(LIMITS.option);
      expect(new Set(q.options.map((o) => o.toLowerCase())).size, q.id).toBe(4);
      expect(q.explanation.length, q.id).toBeLessThanOrEqual(LIMITS.explanation);
      expect((q.explanation.match(/\n/g) ?? []).length).toBeLessThanOrEqual(2);
      expect(q.answer).toBeGreaterThanOrEqual(0);
      expect(q.answer).toBeLessThan(4);
    }
    for (const f of pack.facts) {
      expect(f.text.length, f.id).toBeLessThanOrEqual(LIMITS.factText);
      expect(f.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(f.tags.length).toBeGreaterThan(0);
    }
  });

  it('spreads correct answers over A-D with no letter above 35%', () => {
    const counts = [0, 0, 0, 0];
    for (const q of pack.questions) counts[q.answer]! += 1;
    for (const [i, c] of counts.entries()) {
      expect(c / pack.questions.length, `letter ${OPTION_LETTERS[i]}`).toBeLessThanOrEqual(0.35);
      expect(c, `letter ${OPTION_LETTERS[i]} is used`).toBeGreaterThan(0);
    }
  });

  it('the loaded answer index matches the letter written in questions.yaml', () => {
    const raw = YAML.parse(readFileSync(path.join(contentDir, 'india-japan', 'questions.yaml'), 'utf8')) as {
      questions: { id: string; answer?: string; options?: string[]; format?: string }[];
    };
    expect(raw.questions).toHaveLength(pack.questions.length);
    // Only single-answer questions carry a written letter; the other formats derive their key.
    for (const r of raw.questions.filter((x) => (x.format ?? 'single') === 'single')) {
      const q = lib.question(r.id)!;
      expect(OPTION_LETTERS[q.answer]).toBe(r.answer);
      expect(q.options[q.answer]).toBe(r.options![OPTION_LETTERS.indexOf(r.answer as 'A')]);
    }
  });
});

const source = editorial();
describe.skipIf(source === undefined)('figure faithfulness (needs STUDYBOT_EDITORIAL)', () => {
  const allowed = new Set(numbersIn(source ?? ''));

  it('extracts numbers the way the check expects', () => {
    expect(numbersIn('15th Annual Summit, USD 17.69 billion, 500,000 personnel, FY24, E10, 2030s')).toEqual([
      '15',
      '17.69',
      '500000',
      '24',
      '10',
      '2030',
    ]);
    // sanity: the editorial's own figures are there, and figures it does not contain are not
    for (const n of [
      '15',
      '68',
      '2035',
      '17.69',
      '5.15',
      '500000',
      '50000',
      '2022',
      '2028',
      '2019',
      '2020',
      '6.2',
    ]) {
      expect(allowed.has(n), n).toBe(true);
    }
    for (const n of ['2024', '3', '12', '100', '5', '50', '1000']) expect(allowed.has(n), n).toBe(false);
  });

  it('every number in the pack appears in the editorial', () => {
    const texts: [string, string][] = [
      ['pack', `${pack.title} ${pack.source}`],
      ...pack.sections.map((s): [string, string] => [`section ${s.id}`, s.title]),
      ...pack.facts.map((f): [string, string] => [
        `fact ${f.id}`,
        [f.title, f.text, ...f.aliases].join('\n'),
      ]),
      ...pack.questions.map((q): [string, string] => [
        `question ${q.id}`,
        // What the author wrote, not the generated numbering ("1.", "2 and 3 only", "Only two")
        [
          q.prompt,
          ...(q.statements ?? []).flatMap((x) => [x.text, x.why]),
          ...(q.pairs ?? []).flatMap((x) => [x.left, x.right, x.why]),
          ...[q.statementI, q.statementII].flatMap((x) => (x ? [x.text, x.why] : [])),
          ...(q.format === 'single' ? q.options : []),
          q.explanation,
          q.solution ?? '',
        ].join('\n'),
      ]),
      ...pack.mains.map((m): [string, string] => [
        `mains ${m.id}`,
        [m.prompt, m.note ?? '', ...mainsPoints(m), m.year === undefined ? '' : String(m.year)].join('\n'),
      ]),
    ];
    const bad: string[] = [];
    for (const [where, text] of texts) {
      for (const n of numbersIn(text)) if (!allowed.has(n)) bad.push(`${where}: ${n}`);
    }
    expect(bad).toEqual([]);
  });
});

describe('coverage: every Prelims term and named initiative resolves with /fact', () => {
  // [what a learner types, what the found fact's text must mention]
  const terms: [string, string][] = [
    ['India-Japan relation', 'India-Japan relation'],
    ['Malabar', 'Malabar'],
    ['Dharma Guardian', 'Dharma Guardian'],
    ['JIMEX', 'JIMEX'],
    ['GIFT City', 'GIFT City'],
    ['China+1 strategy', 'China+1 strategy'],
    ['Shinkansen technology', 'Shinkansen'],
    ['LUPEX', 'LUPEX'],
    ['Lunar Polar Exploration Mission', 'Lunar Polar Exploration'],
    ['US-2 amphibian aircraft', 'US-2 amphibian aircraft'],
    ['CEPA', 'Comprehensive Economic Partnership Agreement'],
    ['UNICORN mast', 'Unified Complex Radio Antenna'],
    ['JCM', 'Joint Crediting Mechanism'],
    ['Article 6.2', 'Article 6.2 of the Paris Agreement'],
    ['JAI', 'Japan-India AI Cooperation Initiative'],
    ['MAHSR', 'Mumbai-Ahmedabad High-Speed Rail'],
    ['E10 series', 'E10 series'],
    ['Osaka Track', 'Osaka Track'],
    ['NIHONGO Partners', 'NIHONGO Partners'],
    ['Joint Declaration on Security Cooperation', 'Joint Declaration on Security Cooperation'],
    [
      'Joint Action Plan on Economic Security Cooperation',
      'Joint Action Plan on Economic Security Cooperation',
    ],
    ['Clean Energy Partnership', 'India-Japan Clean Energy Partnership'],
    ['Human Resource Exchange action plan', 'Human Resource Exchange'],
    ['Daruma doll', 'Daruma doll'],
    ['Geriatric medicine research', 'Joint Research on Geriatric Medicine'],
    ['Wastewater MoU', 'MoU on Wastewater Reuse'],
    ['500 GW target', '500 GW of renewable energy by 2030'],
    ['trade imbalance FY24', 'USD 17.69 billion'],
    ['natural partner', 'natural partner'],
    ['Jaishankar', 'S. Jaishankar'],
    ['Quad', 'Quad'],
    ['$68 billion', '$68 billion'],
    ['15th Annual Summit', '15th Annual Summit'],
    ['Next-Gen', '"Next-Gen"'],
    ['Data Free Flow with Trust', 'Data Free Flow with Trust'],
    ['CEPA 2.0', 'CEPA 2.0'],
    ['Non-Tariff Barriers Review Committee', 'Non-Tariff Barriers Review Committee'],
    ['non-tariff barriers', 'non-tariff barriers'],
    ['Trusted Economic Corridor', 'Trusted Economic Corridor'],
    ['Green Strategic Convergence', 'Green Strategic Convergence'],
    ['Digital Partnership Charter', 'Digital Partnership Charter'],
    ['UPI', 'UPI model'],
    ['HADR', 'HADR missions'],
    ['net security provider', 'net security provider'],
    ['ESG', 'ESG principles'],
    ['WTO', 'WTO and UNSC'],
    ['UAVs', 'UAVs'],
    ['strategic autonomy', 'strategic autonomy'],
    ['Russia sanctions', 'sanctions on Russia'],
    ['Global South', 'Global South'],
    ['data localization', 'data localization'],
    ['Buddhist heritage', 'Buddhist heritage'],
    ['Maharashtra', 'Maharashtra'],
    ['rare earth', 'rare earth processing'],
    ['strategic convergence', 'strategic convergence'],
  ];

  it.each(terms)('/fact %s', (query, mention) => {
    const r = lib.lookup(query);
    expect(r.kind, query).toBe('found');
    if (r.kind !== 'found') return;
    expect(r.how).not.toBe('fuzzy');
    expect(r.fact.text.toLowerCase()).toContain(mention.toLowerCase());
  });
});
