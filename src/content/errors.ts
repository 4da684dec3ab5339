// How content problems reach the user: the error listing every problem, and file paths as shown in
// it. Kept apart from the YAML and zod validation (problems.ts) so that a start-up served from the
// build's content cache (cache.ts) loads neither.
import path from 'node:path';

export class ContentError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    const n = problems.length;
    super(
      `invalid content: ${n} problem${n === 1 ? '' : 's'}\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** Paths in messages: relative to the working directory when inside it, absolute otherwise. */
export function displayPath(abs: string): string {
  const rel = path.relative(process.cwd(), abs);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : abs;
}
