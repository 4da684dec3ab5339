// Deterministic daily rotation. Day d = days since 1970-01-01 of the community's local date.
// Facts: one seeded permutation of the facts sorted by id; day d shows position d mod N, so any N
//   consecutive days show N different facts and a fact returns exactly every N days.
// Questions: day d falls in cycle floor(d / M) at position d mod M; each cycle is its own seeded
//   permutation (a fixed order could not avoid the day's fact forever, since N and M differ), repaired
//   by swaps so the question never tests the fact posted the same day. No question repeats in a cycle.
// Everything depends only on the pack ids, the item ids and the date: not on load order, the clock,
// the machine or Math.random.
import type { Fact, MainsPrompt, Question } from './schema.ts';
import { hashString, seededShuffle } from './text.ts';

const CACHE_CYCLES = 16;

function floorDiv(a: number, b: number): number {
  return Math.floor(a / b);
}

function remember<T>(cache: Map<number, T>, key: number, value: T): T {
  cache.set(key, value);
  if (cache.size > CACHE_CYCLES) {
    const oldest = cache.keys().next().value as number;
    cache.delete(oldest);
  }
  return value;
}

export class Rotation {
  private readonly questions: Question[];
  private readonly mains: MainsPrompt[];
  private readonly seed: string;
  /** One fixed seeded order: a fact comes back exactly every N days, whatever day a community starts. */
  private readonly factOrder: Fact[];
  private readonly questionCycles = new Map<number, Question[]>();

  /**
   * @param packIds seeds the permutations (sorted, so the order packs were loaded in does not matter)
   * @param keyOf   stable sort key of an item (pack id + item id)
   */
  constructor(
    packIds: readonly string[],
    facts: readonly Fact[],
    questions: readonly Question[],
    mains: readonly MainsPrompt[],
    keyOf: (item: Fact | Question | MainsPrompt) => string,
  ) {
    this.seed = [...packIds].sort().join(',');
    const byKey = <T extends Fact | Question | MainsPrompt>(items: readonly T[]) =>
      [...items].sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0));
    this.factOrder = seededShuffle(byKey(facts), hashString(`${this.seed}|facts`));
    this.questions = byKey(questions);
    this.mains = seededShuffle(byKey(mains), hashString(`${this.seed}|mains`));
  }

  factOfDay(day: number): Fact {
    const n = this.factOrder.length;
    if (n === 0) throw new Error('the content library has no facts');
    return this.factOrder[day - floorDiv(day, n) * n] as Fact;
  }

  private questionCycle(cycle: number): Question[] {
    const cached = this.questionCycles.get(cycle);
    if (cached) return cached;
    const m = this.questions.length;
    const perm = seededShuffle(this.questions, hashString(`${this.seed}|questions|${cycle}`));
    const start = cycle * m;
    // Repair: the question of a day must not test the fact posted that day. Swapping two positions of
    // the same cycle keeps the "no repeat within a cycle" property; a swap is taken only if it leaves
    // both days valid, so earlier repairs are never undone.
    for (let i = 0; i < m; i++) {
      const factI = this.factOfDay(start + i).id;
      if ((perm[i] as Question).factId !== factI) continue;
      for (let step = 1; step < m; step++) {
        const j = (i + step) % m;
        const qj = perm[j] as Question;
        if (qj.factId === factI) continue;
        if ((perm[i] as Question).factId === this.factOfDay(start + j).id) continue;
        perm[j] = perm[i] as Question;
        perm[i] = qj;
        break;
      }
    }
    return remember(this.questionCycles, cycle, perm);
  }

  questionOfDay(day: number): Question {
    const m = this.questions.length;
    if (m === 0) throw new Error('the content library has no questions');
    const cycle = floorDiv(day, m);
    return this.questionCycle(cycle)[day - cycle * m] as Question;
  }

  /** Weeks start on Monday (1970-01-01 was a Thursday, hence the +3). */
  mainsOfWeek(day: number): MainsPrompt {
    const k = this.mains.length;
    if (k === 0) throw new Error('the content library has no mains prompts');
    const week = floorDiv(day + 3, 7);
    return this.mains[((week % k) + k) % k] as MainsPrompt;
  }
}
