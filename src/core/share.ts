// The "Share" button after a daily answer: a small card the member can forward ("Day 23 ·
// India-Japan · answered correctly"). It never carries the chosen option or the key: the card's
// data has no field for them, and "answered" stands for a wrong answer too.
import { cardLabels } from '../pictures/labels.ts';
import { loadCards } from '../pictures/lazy.ts';
import { cleanName } from './format.ts';
import { isPlaceOf } from './places.ts';
import { problem } from './replies.ts';
import { streakToday } from './streakToday.ts';
import { fromDateColumn, localDateOf } from './time.ts';
import { memberLang, t } from './i18n/index.ts';
import type { Community } from '../store/index.ts';
import type { CoreServices, Invocation, Place, Reply } from './types.ts';

/**
 * Where a Share tap may come from: the post's own community (feedback only the member sees there,
 * or a group's message), or the member's private chat with the bot (where a platform without
 * private replies in groups sends the feedback of an answer given in a group). Either way only the
 * tapper's own answer is shown.
 */
function tapMayShare(community: Community, inv: Invocation): boolean {
  const place: Place = inv.place;
  return (
    isPlaceOf(community, place) ||
    (place.platform === community.platform && place.chatId === inv.actor.userId)
  );
}

/** The member's share card for daily post `postId`. Never throws. */
export async function shareCard(services: CoreServices, inv: Invocation, postId: number): Promise<Reply> {
  // The app's hint until the member's own choice is read with their record.
  let lang = memberLang(inv.actor);
  try {
    const { store, content, clock } = services;
    const post = await store.dailyPosts.withCommunity(postId);
    if (!post || !tapMayShare(post.community, inv)) return problem(t(lang, 'answer.staleButton'));
    const member = await store.standings.findMember(inv.actor.platform, inv.actor.userId);
    const answer = member ? await store.activity.answerOf(post.id, member.id) : null;
    if (!member || !answer)
      return problem(t(memberLang(inv.actor, member?.language, post.community), 'share.notAnswered'));
    const community = post.community;
    lang = memberLang(inv.actor, member.language, community);
    const date = fromDateColumn(post.localDate);
    const [day, m] = await Promise.all([
      // The member's own count of answered days up to this post: stable when shared again later.
      store.activity.answeredDaysUpTo(member.id, community.id, date),
      store.standings.membership(community.id, member.id),
    ]);
    const today = localDateOf(clock.now(), community.timezone);
    const streak = m ? (await streakToday(store, community.id, m, today)).current : 0;
    const question = content.question(post.questionId);
    const pack = content.packs.find((p) => p.questions.some((q) => q.id === question?.id));
    const packTitle = pack?.title ?? 'studybot';
    const outcome = answer.correct ? 'correct' : 'answered';
    const labels = cardLabels(lang);
    const line = [
      labels.dayNumber(day),
      packTitle,
      outcome === 'correct' ? labels.answeredCorrectly : labels.answered,
      ...(streak > 0 ? [labels.streak(streak)] : []),
    ].join(' · ');
    const png = await (
      await loadCards()
    ).renderShareCard(
      {
        name: cleanName(inv.actor.displayName),
        day,
        packTitle,
        outcome,
        streak,
      },
      { labels },
    );
    return {
      visibility: 'ephemeral',
      tone: 'info',
      lines: [line],
      image: { png, name: `studybot-day-${day}.png`, alt: line },
      lang,
    };
  } catch (err) {
    services.log.error({ err, postId, platform: inv.actor.platform }, 'could not make a share card');
    return problem(t(lang, 'share.failed'));
  }
}
