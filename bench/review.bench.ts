// Fetching a member's next due review card (issue 12: p99 under 5 ms with 1,000 cards). The app's
// ReviewStore.nextDue (Prisma, one statement) is timed beside the very same SQL text through a
// `pg` pool, interleaved in two passes so the machine's load weighs on both alike. The member has
// 1,000 cards (a third missed, due times spread over the past and the next months) among other
// members' cards (--others members x 50 cards), as in a database that has run for a while.
//
//   npx tsx bench/review.bench.ts [--cards 1000] [--others 2000] [--reads 3000] [--no-write]
//
// Uses DATABASE_URL's server when set, an embedded PostgreSQL in a temp dir otherwise; either way
// it creates (and afterwards drops) its own database and migrates it with src/store/migrate.ts.
import { execSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { createPrisma } from '../src/store/db.ts';
import { nextDueQuery, ReviewStore } from '../src/store/reviews.ts';
import { benchDatabase } from './database.ts';

const { values } = parseArgs({
  options: {
    cards: { type: 'string', default: '1000' },
    others: { type: 'string', default: '2000' },
    reads: { type: 'string', default: '3000' },
    'no-write': { type: 'boolean', default: false },
  },
});
const CARDS = Number(values.cards);
const OTHERS = Number(values.others);
const READS = Number(values.reads);
const DAY = 86_400_000;

const database = await benchDatabase('review');
const db = createPrisma(database.url, 4);
const pool = new pg.Pool({ connectionString: database.url, max: 4 });
try {
  // Members 1..OTHERS+1; member 1 is the one measured.
  await pool.query(
    `INSERT INTO "Member" ("platform", "externalId", "displayName")
    SELECT 'telegram', g::text, 'M' || g FROM generate_series(1, $1::int) g`,
    [OTHERS + 1],
  );
  const now = new Date('2026-11-27T06:00:00Z');
  const insertCards = `INSERT INTO "ReviewCard" ("memberId", "questionId", "due", "stability", "difficulty",
      "scheduledDays", "reps", "lapses", "state", "lastReview", "lastCorrect", "origin")
    SELECT m, 'q' || g, $2::timestamptz + ((g * 7919) % 240 - 120) * interval '1 day', 3, 5, 3, 2, 0, 2,
           $2::timestamptz - interval '3 days', (g % 3) <> 0, 'daily'
    FROM generate_series(1, $1::int) g, generate_series($3::int, $4::int) m`;
  await pool.query(insertCards, [CARDS, now, 1, 1]);
  if (OTHERS > 0) await pool.query(insertCards, [50, now, 2, OTHERS + 1]);
  await pool.query('ANALYZE "ReviewCard"');
  const store = new ReviewStore(db);
  const probe = nextDueQuery(1, now);
  const plan = await pool.query(`EXPLAIN ${probe.text}`, probe.values);

  const time = async (read: (at: Date) => Promise<unknown>) => {
    const ms: number[] = [];
    for (let i = 0; i < READS / 2; i++) {
      // A different instant each read: the card found changes as the member's day goes on.
      const at = new Date(now.getTime() + (i % 48) * (DAY / 48));
      const t0 = performance.now();
      await read(at);
      ms.push(performance.now() - t0);
    }
    return ms;
  };
  const prisma = (at: Date) => store.nextDue(1, at);
  const raw = (at: Date) => {
    const q = nextDueQuery(1, at);
    return pool.query(q.text, q.values);
  };
  // Warm-up, then two passes in opposite order.
  await time(prisma);
  await time(raw);
  const p1 = await time(prisma);
  const r1 = await time(raw);
  const r2 = await time(raw);
  const p2 = await time(prisma);
  const stats = (ms: number[]) => {
    const s = [...ms].sort((a, b) => a - b);
    const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))]!.toFixed(3);
    return { p50: q(0.5), p99: q(0.99), max: s.at(-1)!.toFixed(3) };
  };
  const ps = stats([...p1, ...p2]);
  const rs = stats([...r1, ...r2]);
  const load = execSync('uptime').toString().trim();
  const lines = [
    `# review next-due card — ${new Date().toISOString().slice(0, 10)}`,
    '',
    `One member with ${CARDS} cards among ${OTHERS} others with 50 each; ${READS} reads per variant in two`,
    'interleaved passes (after a warm-up), sequential, each at a different instant of the day.',
    `Machine load: \`${load}\``,
    '',
    '| variant | p50 ms | p99 ms | max ms |',
    '|---|---|---|---|',
    `| ReviewStore.nextDue (Prisma $queryRaw, the app's code) | ${ps.p50} | ${ps.p99} | ${ps.max} |`,
    `| the same SQL through pg | ${rs.p50} | ${rs.p99} | ${rs.max} |`,
    '',
    `Target: p99 under 5 ms. ${Number(ps.p99) < 5 ? 'Met' : 'NOT met'}.`,
    '',
    'Plan:',
    '```',
    ...plan.rows.map((r: Record<string, string>) => r['QUERY PLAN']),
    '```',
  ];
  console.log(lines.join('\n'));
  if (!values['no-write']) {
    const dir = path.resolve(import.meta.dirname, 'results');
    await mkdir(dir, { recursive: true });
    await writeFile(
      path.join(dir, `review-next-due-${new Date().toISOString().slice(0, 10)}.md`),
      lines.join('\n') + '\n',
    );
  }
} finally {
  await pool.end();
  await db.$disconnect();
  await database.close();
}
