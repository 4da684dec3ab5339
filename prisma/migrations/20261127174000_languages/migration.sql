-- Who sees which language (issue 14): the community's language for public posts and replies, and a
-- member's own choice for private ones (null: follow the platform's hint, then the community's).
ALTER TABLE "Community" ADD COLUMN "language" TEXT NOT NULL DEFAULT 'en';
ALTER TABLE "Member" ADD COLUMN "language" TEXT;
