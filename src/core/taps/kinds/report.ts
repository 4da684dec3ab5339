// "Report a problem" under a solution (issue 15 item 3). A tap flags the question for a community's
// admins and tells the member how to say what is wrong (/report <text>).
//   `r:<hash of the question>`: a practice question, for the place it was tapped in (the hash keeps
//     any question id within every platform's budget);
//   `rp:<daily post id>`: a daily question, for the post's community — its solution may be read in
//     the member's private chat — and only from a member who answered that post (a forged id files
//     nothing).
import { fileReport } from '../../community/reports.ts';
import { t } from '../../i18n/index.ts';
import { communityFor } from '../../places.ts';
import { problem } from '../../replies.ts';
import type { TapButton } from '../buttons.ts';
import { defineTap } from '../kind.ts';
import { questionHash, questionIdOf } from './practice.ts';

export interface ReportTap {
  kind: 'report';
  /** questionHash of the question the solution is of. */
  question: string;
}

export interface ReportPostTap {
  kind: 'report-post';
  postId: number;
}

export const report = defineTap<ReportTap>({
  kind: 'report',
  tag: 'r',
  write: (p) => p.question,
  read: (fields) => (/^[A-Za-z0-9_-]{16}$/.test(fields) ? { kind: 'report', question: fields } : undefined),
  async run(services, inv, p) {
    const id = questionIdOf(services.content, p.question);
    if (!id) return problem(t('en', 'report.gone'));
    const community = await communityFor(services, inv.place);
    return fileReport({ services, community, actor: inv.actor, lang: 'en' }, { kind: 'question', id }, '', {
      flag: true,
    });
  },
});

export const reportPost = defineTap<ReportPostTap>({
  kind: 'report-post',
  tag: 'rp',
  write: (p) => String(p.postId),
  read(fields) {
    const postId = /^\d{1,15}$/.test(fields) ? Number(fields) : 0;
    return postId > 0 ? { kind: 'report-post', postId } : undefined;
  },
  async run(services, inv, p) {
    const { store } = services;
    const post = await store.dailyPosts.withCommunity(p.postId);
    const member = await store.standings.findMember(inv.actor.platform, inv.actor.userId);
    const answered = post && member ? await store.activity.answerOf(post.id, member.id) : null;
    if (!post || !answered) return problem(t('en', 'report.notYours'));
    const who = { services, community: post.community, actor: inv.actor, lang: 'en' as const };
    return fileReport(who, { kind: 'question', id: post.questionId }, '', { flag: true });
  },
});

/** The "Report a problem" button under a solution: of a practice question, or of a daily post. */
export const reportButton = (of: { questionId: string } | { postId: number }): TapButton => ({
  label: t('en', 'report.button'),
  payload:
    'postId' in of
      ? { kind: 'report-post', postId: of.postId }
      : { kind: 'report', question: questionHash(of.questionId) },
});
