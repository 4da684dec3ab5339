// The fixed words around content, per language: UPSC's standard lead-ins and option sets (the Hindi
// ones exactly as UPSC's Hindi papers print them). The words of the text surfaces are in
// surface-words.ts.
import {
  AR_OPTIONS,
  AR_POLL_OPTIONS,
  DEFAULT_AR_STEM,
  HOW_MANY_OPTIONS,
  LEAD_INS,
  PAIRS_OPTIONS,
  statementSetWording,
} from '../formats.ts';
import type { QuestionFormat } from '../schema.ts';
import type { Lang } from './languages.ts';

export interface FormatWording {
  leadIns: Record<Exclude<QuestionFormat, 'single'>, string>;
  defaultArStem: string;
  howMany: Record<3 | 4, readonly string[]>;
  pairs: Record<3 | 4, readonly string[]>;
  arOptions: readonly string[];
  arPollOptions: readonly string[];
  /** UPSC's wording of a set of statement numbers out of n ("1 and 3 only" / "केवल 1 और 3") */
  statementSet(set: readonly number[], n: number): string;
}

function hindiList(ns: readonly number[]): string {
  if (ns.length === 1) return String(ns[0]);
  return `${ns.slice(0, -1).join(', ')} और ${ns[ns.length - 1]}`;
}

/** "केवल 1", "केवल 1 और 3", "1 और 2 दोनों", "न तो 1 और न ही 2", "1, 2 और 3", "उपर्युक्त में से कोई नहीं". */
function hindiStatementSet(set: readonly number[], n: number): string {
  const ns = [...new Set(set)].sort((a, b) => a - b);
  if (ns.length === 0) return n === 2 ? 'न तो 1 और न ही 2' : 'उपर्युक्त में से कोई नहीं';
  if (ns.length === n) return n === 2 ? '1 और 2 दोनों' : hindiList(ns);
  return `केवल ${hindiList(ns)}`;
}

export const FORMAT_WORDING: Record<Lang, FormatWording> = {
  en: {
    leadIns: LEAD_INS,
    defaultArStem: DEFAULT_AR_STEM,
    howMany: HOW_MANY_OPTIONS,
    pairs: PAIRS_OPTIONS,
    arOptions: AR_OPTIONS,
    arPollOptions: AR_POLL_OPTIONS,
    statementSet: statementSetWording,
  },
  hi: {
    leadIns: {
      statements: 'उपर्युक्त कथनों में से कौन-सा/से सही है/हैं?',
      'how-many': 'उपर्युक्त कथनों में से कितने सही हैं?',
      pairs: 'उपर्युक्त युग्मों में से कितने सही सुमेलित हैं?',
      'assertion-reason': 'उपर्युक्त कथनों के संदर्भ में, निम्नलिखित में से कौन-सा एक सही है?',
    },
    defaultArStem: 'निम्नलिखित कथनों पर विचार कीजिए:',
    howMany: {
      3: ['केवल एक', 'केवल दो', 'सभी तीन', 'कोई भी नहीं'],
      4: ['केवल एक', 'केवल दो', 'केवल तीन', 'सभी चार'],
    },
    pairs: {
      3: ['केवल एक युग्म', 'केवल दो युग्म', 'सभी तीन युग्म', 'कोई भी युग्म नहीं'],
      4: ['केवल एक युग्म', 'केवल दो युग्म', 'केवल तीन युग्म', 'सभी चार युग्म'],
    },
    arOptions: [
      'कथन-I और कथन-II दोनों सही हैं और कथन-II, कथन-I की सही व्याख्या करता है',
      'कथन-I और कथन-II दोनों सही हैं और कथन-II, कथन-I की सही व्याख्या नहीं करता है',
      'कथन-I सही है, किंतु कथन-II गलत है',
      'कथन-I गलत है, किंतु कथन-II सही है',
    ],
    arPollOptions: [
      'दोनों सही; II, I की व्याख्या करता है',
      'दोनों सही; II, I की व्याख्या नहीं करता',
      'I सही, II गलत',
      'I गलत, II सही',
    ],
    statementSet: hindiStatementSet,
  },
};

/** Every option text the loader generates in any language (lint exempts them from word rules). */
export const ALL_STANDARD_OPTIONS: ReadonlySet<string> = new Set(
  Object.values(FORMAT_WORDING).flatMap((w) => [
    ...w.howMany[3],
    ...w.howMany[4],
    ...w.pairs[3],
    ...w.pairs[4],
    ...w.arOptions,
  ]),
);
