-- Issue 15, for the people who run study groups: who ran /setup (told privately when a daily post
-- fails for a reason an admin can fix), Discord discussion threads, role pings and role rewards,
-- the Telegram forum topic of the daily post, and the days an admin skipped with /skip.
ALTER TABLE "Community" ADD COLUMN "setupBy" TEXT;
ALTER TABLE "Community" ADD COLUMN "discussionThreads" BOOLEAN NOT NULL DEFAULT true;
ALTER TABLE "Community" ADD COLUMN "pingRoleId" TEXT;
ALTER TABLE "Community" ADD COLUMN "topicId" TEXT;
ALTER TABLE "Community" ADD COLUMN "rewardRoleId" TEXT;
ALTER TABLE "Community" ADD COLUMN "rewardStreak" INTEGER;
ALTER TABLE "Community" ADD COLUMN "rewardPoints" INTEGER;

ALTER TABLE "Membership" ADD COLUMN "rewardHeld" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "SkippedDay" (
    "communityId" INTEGER NOT NULL,
    "localDate" DATE NOT NULL,
    "skippedBy" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SkippedDay_pkey" PRIMARY KEY ("communityId","localDate")
);

-- AddForeignKey
ALTER TABLE "SkippedDay" ADD CONSTRAINT "SkippedDay_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE CASCADE ON UPDATE CASCADE;
