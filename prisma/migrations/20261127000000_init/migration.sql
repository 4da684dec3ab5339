-- CreateTable
CREATE TABLE "Community" (
    "id" SERIAL NOT NULL,
    "platform" TEXT NOT NULL,
    "externalId" TEXT NOT NULL,
    "channelId" TEXT,
    "title" TEXT,
    "timezone" TEXT NOT NULL DEFAULT 'Asia/Kolkata',
    "postTime" TEXT NOT NULL DEFAULT '08:00',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "inactiveReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Community_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Member" (
    "id" SERIAL NOT NULL,
    "platform" TEXT NOT NULL,
    "externalId" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Member_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "communityId" INTEGER NOT NULL,
    "memberId" INTEGER NOT NULL,
    "currentStreak" INTEGER NOT NULL DEFAULT 0,
    "bestStreak" INTEGER NOT NULL DEFAULT 0,
    "lastAnsweredDate" DATE,
    "points" INTEGER NOT NULL DEFAULT 0,
    "answered" INTEGER NOT NULL DEFAULT 0,
    "correct" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("communityId","memberId")
);

-- CreateTable
CREATE TABLE "DailyPost" (
    "id" SERIAL NOT NULL,
    "communityId" INTEGER NOT NULL,
    "localDate" DATE NOT NULL,
    "factId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'pending',
    "claimedBy" TEXT,
    "leaseUntil" TIMESTAMP(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "messageRef" TEXT,
    "answerRef" TEXT,
    "postedAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DailyPost_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Answer" (
    "id" BIGSERIAL NOT NULL,
    "dailyPostId" INTEGER NOT NULL,
    "memberId" INTEGER NOT NULL,
    "choice" INTEGER NOT NULL,
    "correct" BOOLEAN NOT NULL,
    "answeredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Answer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PracticeAnswer" (
    "id" BIGSERIAL NOT NULL,
    "memberId" INTEGER NOT NULL,
    "communityId" INTEGER,
    "questionId" TEXT NOT NULL,
    "choice" INTEGER NOT NULL,
    "correct" BOOLEAN NOT NULL,
    "answeredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PracticeAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Community_active_idx" ON "Community"("active");

-- CreateIndex
CREATE UNIQUE INDEX "Community_platform_externalId_key" ON "Community"("platform", "externalId");

-- CreateIndex
CREATE UNIQUE INDEX "Member_platform_externalId_key" ON "Member"("platform", "externalId");

-- CreateIndex
CREATE INDEX "Membership_communityId_points_idx" ON "Membership"("communityId", "points" DESC);

-- CreateIndex
CREATE INDEX "DailyPost_state_leaseUntil_idx" ON "DailyPost"("state", "leaseUntil");

-- CreateIndex
CREATE UNIQUE INDEX "DailyPost_communityId_localDate_key" ON "DailyPost"("communityId", "localDate");

-- CreateIndex
CREATE UNIQUE INDEX "DailyPost_answerRef_key" ON "DailyPost"("answerRef");

-- CreateIndex
CREATE INDEX "Answer_memberId_idx" ON "Answer"("memberId");

-- CreateIndex
CREATE UNIQUE INDEX "Answer_dailyPostId_memberId_key" ON "Answer"("dailyPostId", "memberId");

-- CreateIndex
CREATE INDEX "PracticeAnswer_memberId_idx" ON "PracticeAnswer"("memberId");

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DailyPost" ADD CONSTRAINT "DailyPost_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Answer" ADD CONSTRAINT "Answer_dailyPostId_fkey" FOREIGN KEY ("dailyPostId") REFERENCES "DailyPost"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Answer" ADD CONSTRAINT "Answer_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PracticeAnswer" ADD CONSTRAINT "PracticeAnswer_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE CASCADE ON UPDATE CASCADE;
