// Control characters typed into a command (a NUL byte, a bell, an escape) are cleaned from the
// arguments before anything else sees them: PostgreSQL refuses a NUL in text (error 22021), which
// used to surface as "Something went wrong".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestCore, inv, type TestCore } from '../helpers/core.ts';

let t: TestCore;
beforeAll(async () => {
  t = await createTestCore();
});
afterAll(() => t.close());

const text = (r: { title?: string; lines: string[] }) => [r.title, ...r.lines].filter(Boolean).join('\n');

describe('control characters in arguments', () => {
  it('are dropped from text and from named options; the command works as if they were not there', async () => {
    const name = await t.core.execute(inv('u1'), 'streak', 'Ra\u0000vi\u001b[2J');
    expect(text(name)).toBe('"Ravi[2J" hasn\'t answered a daily question here yet.');
    const fact = await t.core.execute(inv('u1'), 'fact', { topic: 'ce\u0000pa\u0007' });
    expect(fact.tone).toBe('info');
    expect(text(fact)).toMatch(/CEPA/);
    const setup = await t.core.execute(inv('u1', { admin: true }), 'setup', '07:30\u0000 Asia/Tokyo\u0000');
    expect(text(setup)).toContain('Every day at 07:30 (Asia/Tokyo)');
  });

  it('in a chat title are dropped before the community is stored', async () => {
    const c = await t.core.community({
      platform: 'telegram',
      chatId: '-100777',
      title: 'Study\u0000 circle\n',
    });
    expect(c.title).toBe('Study circle ');
  });
});
