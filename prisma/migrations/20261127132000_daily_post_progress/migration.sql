-- How many messages of a daily post the platform has accepted (the fact, then the question), so a
-- post taken over after its sender crashed resumes where it stopped instead of repeating the fact.
ALTER TABLE "DailyPost" ADD COLUMN "partsSent" INTEGER NOT NULL DEFAULT 0;
