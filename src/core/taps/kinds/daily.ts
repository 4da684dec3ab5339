// An answer to a community's daily question: `d:<postId>:<choice>`. The post id is a number anyone
// can type, so answerDaily counts the tap only from the post's own place (isPlaceOf).
import { answerDaily } from '../../answering.ts';
import { defineTap } from '../kind.ts';

export interface DailyTap {
  kind: 'daily';
  postId: number;
  choice: number;
}

export const daily = defineTap<DailyTap>({
  kind: 'daily',
  tag: 'd',
  write: (p) => `${p.postId}:${p.choice}`,
  read(fields) {
    const m = /^(\d{1,15}):(\d)$/.exec(fields);
    const postId = Number(m?.[1]);
    return m && postId > 0 ? { kind: 'daily', postId, choice: Number(m[2]) } : undefined;
  },
  run: (services, inv, p) => answerDaily(services, inv, p.postId, p.choice),
});
