// The store: one object per aggregate, all over the same Prisma client.
import type { Db } from './db.ts';
import { ActivityStore } from './activity.ts';
import { AnswerStore } from './answers.ts';
import { CommunityStore } from './communities.ts';
import { DailyPostStore } from './dailyPosts.ts';
import { MemberStore } from './members.ts';
import { SkipStore } from './skips.ts';
import { StandingsStore } from './standings.ts';

export interface Store {
  db: Db;
  communities: CommunityStore;
  dailyPosts: DailyPostStore;
  answers: AnswerStore;
  members: MemberStore;
  standings: StandingsStore;
  activity: ActivityStore;
  skips: SkipStore;
}

export function createStore(db: Db): Store {
  return {
    db,
    communities: new CommunityStore(db),
    dailyPosts: new DailyPostStore(db),
    answers: new AnswerStore(db),
    members: new MemberStore(db),
    standings: new StandingsStore(db),
    activity: new ActivityStore(db),
    skips: new SkipStore(db),
  };
}

export { openDatabase, createPrisma, type Db, type OpenDatabase } from './db.ts';
export type { Community, InactiveKind } from './communities.ts';
export type { DailyPost } from './dailyPosts.ts';
