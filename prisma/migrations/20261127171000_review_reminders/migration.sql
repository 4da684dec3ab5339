-- Spaced review and reminders (issue 12): one FSRS card per member and question, the reminder a
-- member asked for, and one claimable row per member and local date so a reminder goes out once.

-- CreateTable
CREATE TABLE "ReviewCard" (
    "memberId" INTEGER NOT NULL,
    "questionId" TEXT NOT NULL,
    "due" TIMESTAMP(3) NOT NULL,
    "stability" DOUBLE PRECISION NOT NULL,
    "difficulty" DOUBLE PRECISION NOT NULL,
    "scheduledDays" INTEGER NOT NULL,
    "reps" INTEGER NOT NULL,
    "lapses" INTEGER NOT NULL,
    "state" INTEGER NOT NULL,
    "lastReview" TIMESTAMP(3),
    "lastCorrect" BOOLEAN NOT NULL,
    "origin" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReviewCard_pkey" PRIMARY KEY ("memberId","questionId")
);

-- CreateTable
CREATE TABLE "Reminder" (
    "memberId" INTEGER NOT NULL,
    "time" TEXT NOT NULL,
    "timezone" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "offNotice" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Reminder_pkey" PRIMARY KEY ("memberId")
);

-- CreateTable
CREATE TABLE "ReminderSend" (
    "memberId" INTEGER NOT NULL,
    "localDate" DATE NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'pending',
    "claimedBy" TEXT,
    "leaseUntil" TIMESTAMP(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "sentAt" TIMESTAMP(3),

    CONSTRAINT "ReminderSend_pkey" PRIMARY KEY ("memberId","localDate")
);

-- CreateIndex
CREATE INDEX "ReviewCard_memberId_lastCorrect_due_idx" ON "ReviewCard"("memberId", "lastCorrect", "due");

-- CreateIndex
CREATE INDEX "Reminder_active_idx" ON "Reminder"("active");

-- AddForeignKey
ALTER TABLE "ReviewCard" ADD CONSTRAINT "ReviewCard_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Reminder" ADD CONSTRAINT "Reminder_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReminderSend" ADD CONSTRAINT "ReminderSend_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE CASCADE ON UPDATE CASCADE;
