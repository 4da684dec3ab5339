// Problems found in content files: YAML + zod validation of one file whose every issue is worded "<file>: <entry> "<id>" (entry n): <field>: <problem>".
import YAML from 'yaml';
import type { z } from 'zod';

export { ContentError, displayPath } from './errors.ts';

const ENTRY_NAMES: Record<string, string> = {
  facts: 'fact',
  questions: 'question',
  mains: 'mains prompt',
  sections: 'section',
};

function describeEntry(raw: unknown, p: readonly PropertyKey[]): { where: string; rest: PropertyKey[] } {
  const [list, index, ...rest] = p;
  if (typeof list === 'string' && typeof index === 'number' && raw && typeof raw === 'object') {
    const arr = (raw as Record<string, unknown>)[list];
    const entry = Array.isArray(arr) ? (arr[index] as unknown) : undefined;
    const id =
      entry && typeof entry === 'object' && typeof (entry as { id?: unknown }).id === 'string'
        ? (entry as { id: string }).id
        : undefined;
    const name = ENTRY_NAMES[list] ?? list;
    const where = id ? `${name} "${id}" (entry ${index + 1})` : `${name} #${index + 1} (no valid id)`;
    return { where, rest };
  }
  return { where: '', rest: [...p] };
}

function formatPath(p: readonly PropertyKey[]): string {
  let s = '';
  for (const k of p) s += typeof k === 'number' ? `[${k}]` : s ? `.${String(k)}` : String(k);
  return s;
}

function zodProblems(file: string, raw: unknown, error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const { where, rest } = describeEntry(raw, issue.path);
    const field = formatPath(rest);
    const parts = [file, where, field].filter(Boolean);
    return `${parts.join(': ')}: ${issue.message}`;
  });
}

function parseYaml(file: string, text: string, problems: string[]): { ok: boolean; value: unknown } {
  const doc = YAML.parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      const pos = e.linePos?.[0];
      const at = pos ? ` at line ${pos.line}, column ${pos.col}` : '';
      const message = (e.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
      problems.push(`${file}: YAML syntax error${at}: ${message}`);
    }
    return { ok: false, value: undefined };
  }
  return { ok: true, value: doc.toJS() as unknown };
}

export function validateFile<S extends z.ZodType>(
  file: string,
  text: string,
  schema: S,
  problems: string[],
): z.output<S> | undefined {
  const { ok, value: raw } = parseYaml(file, text, problems);
  if (!ok) return undefined;
  const res = schema.safeParse(raw ?? null);
  if (!res.success) {
    problems.push(...zodProblems(file, raw, res.error));
    return undefined;
  }
  return res.data;
}
