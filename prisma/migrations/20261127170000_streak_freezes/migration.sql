-- Streak freezes (one earned every 7 consecutive answered days, at most 2 held) and the days a
-- community skipped, which the streak rule in the answer statement treats as neither answered nor
-- missed.
ALTER TABLE "Membership" ADD COLUMN "freezes" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "Membership" ADD COLUMN "freezesUsed" INTEGER NOT NULL DEFAULT 0;

CREATE TABLE "SkippedDay" (
    "communityId" INTEGER NOT NULL,
    "localDate" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SkippedDay_pkey" PRIMARY KEY ("communityId", "localDate")
);

ALTER TABLE "SkippedDay" ADD CONSTRAINT "SkippedDay_communityId_fkey" FOREIGN KEY ("communityId") REFERENCES "Community"("id") ON DELETE CASCADE ON UPDATE CASCADE;
