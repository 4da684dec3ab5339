// Every kind of button the bot makes: one entry per kind (see ../codec.ts for how to add one).
import type { TapKind } from '../kind.ts';
import { daily } from './daily.ts';
import { next } from './next.ts';
import { practice, practiceHash } from './practice.ts';
import { report, reportPost } from './report.ts';
import { reviewAnswer, reviewAnswerHash, reviewNext } from './review.ts';
import { share } from './share.ts';
import { suggestion } from './suggestion.ts';
import { today, todayAnswer } from './today.ts';

export const tapKinds = [
  daily,
  practice,
  practiceHash,
  share,
  next,
  report,
  reportPost,
  reviewAnswer,
  reviewAnswerHash,
  reviewNext,
  today,
  todayAnswer,
  suggestion,
] as const;

type PayloadOf<K> = K extends TapKind<infer P> ? P : never;

/** What any button of this bot carries: a union discriminated by `kind`. */
export type TapPayload = PayloadOf<(typeof tapKinds)[number]>;

export type AnyTapKind = TapKind<{ kind: string }>;

const byKind = new Map<string, AnyTapKind>();
const byTag = new Map<string, AnyTapKind>();
for (const k of tapKinds as readonly AnyTapKind[]) {
  // Two kinds with one tag would read each other's data: fail at start-up, not on a member's tap.
  if (byTag.has(k.tag) || byKind.has(k.kind) || k.tag.includes(':'))
    throw new Error(`tap kind ${k.kind}: tag ${k.tag} or kind taken, or contains ':'`);
  byKind.set(k.kind, k);
  byTag.set(k.tag, k);
}

export const kindNamed = (kind: string) => byKind.get(kind);
export const kindTagged = (tag: string) => byTag.get(tag);

export type { DailyTap } from './daily.ts';
export type { NextTap } from './next.ts';
export type { PracticeTap, PracticeHashTap } from './practice.ts';
export type { ReportPostTap, ReportTap } from './report.ts';
export type { ShareTap } from './share.ts';
export type { SuggestionTap } from './suggestion.ts';
export type { ReviewAnswerTap, ReviewAnswerHashTap, ReviewNextTap } from './review.ts';
export type { TodayAnswerTap, TodayTap } from './today.ts';
export { questionHash } from './practice.ts';
