// The "Share" button under a daily answer's feedback: `s:<postId>`. shareCard shows only the
// tapper's own answer, and only from the post's place or the member's private chat.
import { t, type Lang } from '../../i18n/index.ts';
import { shareCard } from '../../share.ts';
import type { TapButton } from '../buttons.ts';
import { defineTap } from '../kind.ts';

export interface ShareTap {
  kind: 'share';
  postId: number;
}

export const share = defineTap<ShareTap>({
  kind: 'share',
  tag: 's',
  write: (p) => String(p.postId),
  read(fields) {
    const postId = /^\d{1,15}$/.test(fields) ? Number(fields) : 0;
    return postId > 0 ? { kind: 'share', postId } : undefined;
  },
  run: (services, inv, p) => shareCard(services, inv, p.postId),
});

/** The Share button offered under the feedback of a daily answer. */
export const shareButton = (postId: number, lang: Lang = 'en'): TapButton => ({
  label: t(lang, 'taps.share'),
  payload: { kind: 'share', postId },
});
