-- Issue 15, for the people who run study groups: who ran /setup (told privately when a daily post
-- fails for a reason an admin can fix), Discord discussion threads, role pings and role rewards,
-- the Telegram forum topic of the daily post, and who skipped a day with /skip.
ALTER TABLE "Community" ADD COLUMN "setupBy" TEXT;
ALTER TABLE "Community" ADD COLUMN "discussionThreads" BOOLEAN NOT NULL DEFAULT true;
ALTER TABLE "Community" ADD COLUMN "pingRoleId" TEXT;
ALTER TABLE "Community" ADD COLUMN "topicId" TEXT;
ALTER TABLE "Community" ADD COLUMN "rewardRoleId" TEXT;
ALTER TABLE "Community" ADD COLUMN "rewardStreak" INTEGER;
ALTER TABLE "Community" ADD COLUMN "rewardPoints" INTEGER;

ALTER TABLE "Membership" ADD COLUMN "rewardHeld" BOOLEAN NOT NULL DEFAULT false;

-- The SkippedDay table itself comes from 20261127170000_streak_freezes; /skip records who skipped.
ALTER TABLE "SkippedDay" ADD COLUMN "skippedBy" TEXT;
