// The store: one object per aggregate, all over the same Prisma client.
import type { Db } from './db.ts';
import { ActivityStore } from './activity.ts';
import { AnswerStore } from './answers.ts';
import { CommunityStore } from './communities.ts';
import { DailyPostStore } from './dailyPosts.ts';
import { RewardStore } from './rewards.ts';
import { InsightStore } from './insights.ts';
import { ReportStore } from './reports.ts';
import { ReminderStore } from './reminders.ts';
import { ReviewStore } from './reviews.ts';
import { MemberStore } from './members.ts';
import { SkipStore } from './skips.ts';
import { StandingsStore } from './standings.ts';
import { SuggestionStore } from './suggestions.ts';
import { FormStore } from './forms.ts';

export interface Store {
  db: Db;
  communities: CommunityStore;
  dailyPosts: DailyPostStore;
  answers: AnswerStore;
  members: MemberStore;
  standings: StandingsStore;
  activity: ActivityStore;
  reports: ReportStore;
  insights: InsightStore;
  reviews: ReviewStore;
  reminders: ReminderStore;
  skips: SkipStore;
  rewards: RewardStore;
  suggestions: SuggestionStore;
  forms: FormStore;
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
    reports: new ReportStore(db),
    insights: new InsightStore(db),
    reviews: new ReviewStore(db),
    reminders: new ReminderStore(db),
    skips: new SkipStore(db),
    rewards: new RewardStore(db),
    suggestions: new SuggestionStore(db),
    forms: new FormStore(db),
  };
}

export { openDatabase, createPrisma, type Db, type OpenDatabase } from './db.ts';
export type { Community, InactiveKind } from './communities.ts';
export type { DailyPost } from './dailyPosts.ts';
export type { SkipResult } from './skips.ts';
