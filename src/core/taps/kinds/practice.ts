// An answer to a practice question: `p:<questionId>:<choice>`. Practice questions are public
// content and touch no streak, so any place may answer any of them. A question id too long for a
// platform's budget travels as `h:<hash>:<choice>` and is found again in the content pack, so no
// process has to remember which message asked what.
import { createHash } from 'node:crypto';
import type { ContentLibrary } from '../../../content/index.ts';
import { answerPractice } from '../../answering.ts';
import { memberLang, t } from '../../i18n/index.ts';
import { problem } from '../../replies.ts';
import { defineTap } from '../kind.ts';
import { nextButton } from './next.ts';
import { reportButton } from './report.ts';

export interface PracticeTap {
  kind: 'practice';
  questionId: string;
  choice: number;
}

export interface PracticeHashTap {
  kind: 'practice-hash';
  hash: string;
  choice: number;
}

/** 16 base64url characters (96 bits) of the id's SHA-256: unique across any pack. */
export function questionHash(questionId: string): string {
  return createHash('sha256').update(questionId).digest('base64url').slice(0, 16);
}

const byHash = new WeakMap<ContentLibrary, Map<string, string>>();

/** The question id behind a hash, found in the pack (shared with the review buttons). */
export function questionIdOf(content: ContentLibrary, hash: string): string | undefined {
  let map = byHash.get(content);
  if (!map) {
    map = new Map(content.questions.map((q) => [questionHash(q.id), q.id]));
    byHash.set(content, map);
  }
  return map.get(hash);
}

export const practice = defineTap<PracticeTap>({
  kind: 'practice',
  tag: 'p',
  write: (p) => `${p.questionId}:${p.choice}`,
  read(fields) {
    const m = /^([\s\S]+):(\d)$/.exec(fields);
    return m ? { kind: 'practice', questionId: m[1]!, choice: Number(m[2]) } : undefined;
  },
  shorter: (p): PracticeHashTap => ({
    kind: 'practice-hash',
    hash: questionHash(p.questionId),
    choice: p.choice,
  }),
  async run(services, inv, p) {
    const reply = await answerPractice(services, inv, p.questionId, p.choice);
    // Offer another question once this one is answered (not after "please pick one of ...").
    return reply.answer
      ? {
          ...reply,
          buttons: [nextButton(p.questionId, reply.lang), reportButton({ questionId: p.questionId })],
        }
      : reply;
  },
});

export const practiceHash = defineTap<PracticeHashTap>({
  kind: 'practice-hash',
  tag: 'h',
  write: (p) => `${p.hash}:${p.choice}`,
  read(fields) {
    const m = /^([A-Za-z0-9_-]{16}):(\d)$/.exec(fields);
    return m ? { kind: 'practice-hash', hash: m[1]!, choice: Number(m[2]) } : undefined;
  },
  async run(services, inv, p) {
    const questionId = questionIdOf(services.content, p.hash);
    if (!questionId) return problem(t(memberLang(inv.actor), 'answer.practiceGone'));
    return practice.run(services, inv, { kind: 'practice', questionId, choice: p.choice });
  },
});
