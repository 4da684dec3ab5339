-- Why a community is inactive, typed (issue 10 item 4): 'setup' (waiting for /setup), 'paused' (an
-- admin's /pause), 'removed' (the bot was removed from the chat or server) or 'unreachable' (the
-- platform refused to deliver there). inactiveReason keeps the human-readable detail. Rows written
-- before this column existed are classified once, by the only sentences the bot ever wrote there.

-- AlterTable
ALTER TABLE "Community" ADD COLUMN "inactiveKind" TEXT;

-- Backfill
UPDATE "Community"
SET "inactiveKind" = CASE
    WHEN "inactiveReason" = 'waiting for /setup' THEN 'setup'
    WHEN "inactiveReason" ILIKE '%paused%' THEN 'paused'
    ELSE 'unreachable'
END
WHERE NOT "active";
