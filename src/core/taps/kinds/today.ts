// The reminder's "Today's question" (issue 12), and the answers to the question it shows.
//   `tq`: tapped in the member's private chat, shows today's question of a community of theirs where
//     they have not answered yet (the longest streak at risk first) — the same rule the reminder
//     counted it by (store/waiting.ts) — as a private card with answer buttons (a Telegram group's
//     quiz poll cannot be answered from a private chat);
//   `ta:<postId>:<choice>`: an answer on that card, recorded as the daily answer for the post's
//     community through the same path as a tap in the group (answerDaily: streak, points, first
//     answer counts). The post id can be forged, so it counts only from the member's private chat
//     and only for a community they belong to.
import { answerDaily } from '../../answering.ts';
import { dailyReply } from '../../cards.ts';
import { memberLang, t } from '../../i18n/index.ts';
import { problem } from '../../replies.ts';
import type { TapButton } from '../buttons.ts';
import { defineTap } from '../kind.ts';

export interface TodayTap {
  kind: 'today';
}

export interface TodayAnswerTap {
  kind: 'today-answer';
  postId: number;
  choice: number;
}

export const today = defineTap<TodayTap>({
  kind: 'today',
  tag: 'tq',
  write: () => '',
  read: (fields) => (fields === '' ? { kind: 'today' } : undefined),
  async run(services, inv) {
    const { store, clock } = services;
    const member = await store.standings.findMember(inv.actor.platform, inv.actor.userId);
    const lang = memberLang(inv.actor, member?.language);
    if (!inv.place.isPrivate) return problem(t(lang, 'today.privateOnly'));
    const [postId] = member ? await store.reminders.openPosts(member.id, clock.now()) : [];
    const post = postId === undefined ? null : await store.dailyPosts.withCommunity(postId);
    if (!post) return { visibility: 'ephemeral', tone: 'info', lines: [t(lang, 'today.none')], lang };
    const own = memberLang(inv.actor, member?.language, post.community);
    const daily = dailyReply(services, post.community, post, own);
    const { title } = post.community;
    const from = title ? t(own, 'today.from', { community: title }) : t(own, 'today.fromUnnamed');
    return {
      ...daily,
      visibility: 'ephemeral',
      lines: [from, ...daily.lines],
      question: { ...daily.question!, privateChat: true },
    };
  },
});

export const todayAnswer = defineTap<TodayAnswerTap>({
  kind: 'today-answer',
  tag: 'ta',
  write: (p) => `${p.postId}:${p.choice}`,
  read(fields) {
    const m = /^(\d{1,15}):(\d)$/.exec(fields);
    const postId = Number(m?.[1]);
    return m && postId > 0 ? { kind: 'today-answer', postId, choice: Number(m[2]) } : undefined;
  },
  async run(services, inv, p) {
    const { store } = services;
    const stale = problem(t(memberLang(inv.actor), 'answer.staleButton'));
    if (!inv.place.isPrivate) return stale;
    const [post, member] = await Promise.all([
      store.dailyPosts.withCommunity(p.postId),
      store.standings.findMember(inv.actor.platform, inv.actor.userId),
    ]);
    if (!post || !member || post.community.platform !== inv.actor.platform) return stale;
    if (!(await store.standings.membership(post.communityId, member.id))) return stale;
    // The place check is done above (the member's own chat, their own community): no place here.
    return answerDaily(services, { actor: inv.actor }, post, p.choice);
  },
});

/** A reminder's "Today's question". */
export const todayButton = (lang: Parameters<typeof t>[0]): TapButton => ({
  label: t(lang, 'today.button'),
  payload: { kind: 'today' },
});
