// /mains: the Mains questions on demand, with the points of a model answer in UPSC's structure.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestCore, inv, type TestCore } from '../helpers/core.ts';

let t: TestCore;
beforeAll(async () => {
  t = await createTestCore({ now: '2026-11-27T06:00:00Z' });
});
afterAll(() => t.close());

const run = (args = '') => t.core.execute(inv('u1', { name: 'Student u1' }), 'mains', args);
const text = (r: {
  title?: string | undefined;
  lines: string[];
  fields?: { name: string; value: string }[];
}) => [r.title ?? '', ...r.lines, ...(r.fields ?? []).map((f) => `${f.name}: ${f.value}`)].join('\n');

describe('/mains', () => {
  it('lists both questions, the editorial one and the previous-year one', async () => {
    const r = await run();
    expect(r.tone).toBe('info');
    expect(text(r)).toMatch(/Indo-Pacific security architecture/);
    expect(text(r)).toMatch(/UPSC Mains 2020 .*previous-year/);
    expect(text(r)).toMatch(/Quadrilateral Security Dialogue/);
  });

  it('/mains pyq shows the PYQ, its note and the answer as introduction, body by dimension, way forward, conclusion', async () => {
    const r = await run('pyq');
    expect(text(r)).toMatch(/Quadrilateral Security Dialogue/);
    expect(text(r)).toContain('The editorial supports only the India-Japan side');
    const names = (r.fields ?? []).map((f) => f.name);
    expect(names[0]).toBe('Introduction');
    expect(names.some((n) => n.startsWith('Body: '))).toBe(true);
    expect(names.slice(-2)).toEqual(['Way forward', 'Conclusion']);
  });

  it('/mains 1 is the first listed; an unknown choice is one friendly sentence', async () => {
    expect(text(await run('1'))).toMatch(/Indo-Pacific security architecture/);
    const bad = await run('7');
    expect(bad.tone).toBe('error');
    expect(bad.lines).toHaveLength(1);
    expect(bad.lines[0]).toMatch(/no Mains question "7"/);
  });
});
