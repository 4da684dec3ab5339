import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  ContentError,
  ContentLibrary,
  LIMITS,
  QuestionInputSchema,
  loadContent,
  packJsonSchema,
} from '../../../src/content/index.ts';
import { renderPackSchema, SCHEMA_PATH } from '../../../scripts/content-schema.ts';
import { contentDir, miniPack, removeTempContent, writeContent, type MiniPack } from './helpers.ts';

afterAll(removeTempContent);

/** Loads a mutated mini pack and returns the problems (the load must fail). */
async function problemsOf(mutate: (p: MiniPack) => void, folder = 'mini'): Promise<string[]> {
  const p = miniPack();
  mutate(p);
  const dir = writeContent({ [folder]: p });
  const err = await loadContent(dir).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ContentError);
  return (err as ContentError).problems;
}

function expectProblem(problems: string[], ...parts: string[]): void {
  const hit = problems.find((p) => parts.every((part) => p.includes(part)));
  expect(hit, `no problem containing ${JSON.stringify(parts)} in:\n${problems.join('\n')}`).toBeDefined();
}

describe('loader', () => {
  it('loads a valid pack and converts the answer letter to a 0-based index', async () => {
    const lib = await loadContent(writeContent({ mini: miniPack() }));
    expect(lib).toBeInstanceOf(ContentLibrary);
    expect(lib.facts.map((f) => f.id)).toEqual(['alpha', 'beta', 'gamma']);
    expect(lib.question('q-one')?.answer).toBe(0);
    expect(lib.question('q-two')?.answer).toBe(1);
    expect(lib.question('q-two')?.section).toBe('two'); // defaulted from the fact
    expect(lib.section('one')?.title).toBe('Section One');
    expect(lib.mains).toHaveLength(2);
  });

  it('names file, entry id, field and limit for an over-long option', async () => {
    const problems = await problemsOf((p) => {
      p.questions.questions[0]!.options[1] = 'x'.repeat(LIMITS.option + 1);
    });
    expectProblem(
      problems,
      `${path.sep}mini${path.sep}questions.yaml`,
      'question "q-one"',
      'options[1]',
      'at most 100',
    );
  });

  it('rejects an unknown factId', async () => {
    const problems = await problemsOf((p) => {
      p.questions.questions[1]!.factId = 'nope';
    });
    expectProblem(problems, 'questions.yaml', 'question "q-two"', 'factId "nope"', 'does not match any fact');
  });

  it('rejects options that differ only in case', async () => {
    const problems = await problemsOf((p) => {
      p.questions.questions[0]!.options = ['Alpha', 'ALPHA ', 'Gamma', 'Delta'];
    });
    expectProblem(problems, 'questions.yaml', 'question "q-one"', 'options A and B are the same');
  });

  it('rejects a question without exactly 4 options', async () => {
    const problems = await problemsOf((p) => {
      p.questions.questions[0]!.options = ['Alpha', 'Beta', 'Gamma'];
    });
    expectProblem(problems, 'questions.yaml', 'question "q-one"', 'options', 'exactly 4 options');
  });

  it('rejects an answer letter outside A-D', async () => {
    const problems = await problemsOf((p) => {
      p.questions.questions[0]!.answer = 'E';
    });
    expectProblem(problems, 'questions.yaml', 'question "q-one"', 'answer');
  });

  it('rejects an explanation with more than 2 line feeds or one that does not cite its section', async () => {
    const lf = await problemsOf((p) => {
      p.questions.questions[0]!.explanation = 'a\nb\nc\nd (Section One)';
    });
    expectProblem(lf, 'question "q-one"', 'explanation', 'at most 2 line feeds');
    const cite = await problemsOf((p) => {
      p.questions.questions[0]!.explanation = 'Alpha is alpha. (Section Two)';
    });
    expectProblem(cite, 'question "q-one"', 'must cite its section as "(Section One)"');
  });

  it('rejects an alias that points to two facts', async () => {
    const problems = await problemsOf((p) => {
      p.facts.facts[1]!.aliases = ['First'];
    });
    expectProblem(problems, 'facts.yaml', 'fact "beta"', 'alias "First"', 'already used', 'fact "alpha"');
  });

  it('rejects an undefined section and a duplicate id in one run', async () => {
    const problems = await problemsOf((p) => {
      p.facts.facts[0]!.section = 'three';
      p.questions.questions[1]!.id = 'q-one';
    });
    expectProblem(problems, 'facts.yaml', 'fact "alpha"', 'section "three" is not defined');
    expectProblem(problems, 'questions.yaml', 'question "q-one"', 'duplicate question id');
  });

  it('rejects a non-kebab-case id', async () => {
    const problems = await problemsOf((p) => {
      p.facts.facts[2]!.id = 'Gamma_Fact';
    });
    expectProblem(problems, 'facts.yaml', 'fact "Gamma_Fact" (entry 3)', 'id', 'kebab-case');
  });

  it('rejects unknown keys (typos) and a pyq without a year', async () => {
    const problems = await problemsOf((p) => {
      (p.questions.questions[0] as Record<string, unknown>).explaination = 'typo';
      delete (p.mains.mains[0] as { year?: number }).year;
    });
    expectProblem(problems, 'questions.yaml', 'question "q-one"', 'explaination');
    expectProblem(problems, 'mains.yaml', 'mains prompt "m-one"', 'year', 'a pyq needs a year');
  });

  it('enforces the fact text limit', async () => {
    const problems = await problemsOf((p) => {
      p.facts.facts[1]!.text = 'y'.repeat(LIMITS.factText + 1);
    });
    expectProblem(problems, 'facts.yaml', 'fact "beta"', 'text', 'at most 600');
  });

  it('reports YAML syntax errors with a line number, a pack id that differs from its folder, and a missing file', async () => {
    const p = miniPack();
    const dir = writeContent({
      broken: { ...p, pack: { ...p.pack, id: 'broken' }, questions: 'questions:\n  - id: [unclosed\n' },
      other: { pack: { ...p.pack, id: 'not-other' }, facts: p.facts, questions: undefined },
    });
    const err = await loadContent(dir).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ContentError);
    const problems = (err as ContentError).problems;
    expectProblem(problems, `broken${path.sep}questions.yaml`, 'YAML syntax error at line');
    expectProblem(problems, `other${path.sep}pack.yaml`, 'id "not-other" must equal the folder name "other"');
    expectProblem(problems, `other${path.sep}questions.yaml`, 'file is missing');
    expect((err as ContentError).message).toContain('problems');
  });

  it('rejects ids shared across packs', async () => {
    const a = miniPack();
    const b = miniPack();
    b.pack.id = 'second';
    b.facts.facts.forEach((f, i) => {
      f.id = `s-${f.id}`;
      f.title = `Second ${i}`;
      f.aliases = [];
    });
    b.questions.questions.forEach((q) => (q.factId = `s-${q.factId}`));
    b.mains.mains.forEach((m) => (m.id = `s-${m.id}`));
    const err = await loadContent(writeContent({ mini: a, second: b })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ContentError);
    expectProblem(
      (err as ContentError).problems,
      'second',
      'question "q-one"',
      'already used in pack "mini"',
    );
  });

  it('fails on an empty or missing content directory', async () => {
    await expect(loadContent(writeContent({}))).rejects.toThrow(/no content pack found/);
    await expect(loadContent(path.join(contentDir, 'does-not-exist'))).rejects.toThrow(ContentError);
  });
});

describe('schema limits (Telegram quiz polls)', () => {
  const base = miniPack().questions.questions[0]!;
  it('accepts the limits exactly and rejects one character more', () => {
    const ok = {
      ...base,
      prompt: 'p'.repeat(300),
      options: ['a'.repeat(100), 'b', 'c', 'd'],
      explanation: `${'e'.repeat(196)}\nf\ng`.slice(0, 200),
    };
    expect(QuestionInputSchema.safeParse(ok).success).toBe(true);
    expect(QuestionInputSchema.safeParse({ ...ok, prompt: 'p'.repeat(301) }).success).toBe(false);
    expect(QuestionInputSchema.safeParse({ ...ok, options: ['a'.repeat(101), 'b', 'c', 'd'] }).success).toBe(
      false,
    );
    expect(QuestionInputSchema.safeParse({ ...ok, explanation: 'e'.repeat(201) }).success).toBe(false);
    expect(QuestionInputSchema.safeParse({ ...ok, explanation: 'a\nb\nc\nd' }).success).toBe(false);
  });
});

describe('JSON Schema for editors', () => {
  it('content/pack.schema.json equals the schema generated from zod', async () => {
    const committed = readFileSync(SCHEMA_PATH, 'utf8');
    expect(JSON.parse(committed)).toEqual(packJsonSchema());
    expect(committed).toBe(await renderPackSchema());
  });

  it('describes all four pack files', () => {
    const schema = packJsonSchema() as { anyOf: { title: string }[] };
    expect(schema.anyOf.map((s) => s.title)).toEqual([
      'pack.yaml',
      'facts.yaml',
      'questions.yaml',
      'mains.yaml',
    ]);
  });
});
