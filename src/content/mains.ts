// The structured Mains answer as text: UPSC answers are marked on introduction, a body organised by
// dimension, a way forward and a conclusion, so the bot shows the points in that order.
import { SURFACE_WORDS } from './i18n/surface-words.ts';
import type { MainsPrompt } from './schema.ts';

/** Every point of the model answer, in reading order. */
export function mainsPoints(m: MainsPrompt): string[] {
  const a = m.answer;
  return [...a.introduction, ...a.body.flatMap((d) => d.points), ...a.wayForward, ...a.conclusion];
}

/** The answer as titled sections ("Body: Strategic and defence"), each a list of points, in m's language. */
export function mainsSections(m: MainsPrompt): { name: string; points: string[] }[] {
  const a = m.answer;
  const w = SURFACE_WORDS[m.lang ?? 'en'].mains;
  return [
    { name: w.introduction, points: a.introduction },
    ...a.body.map((d) => ({ name: `${w.body}: ${d.dimension}`, points: d.points })),
    { name: w.wayForward, points: a.wayForward },
    { name: w.conclusion, points: a.conclusion },
  ];
}
