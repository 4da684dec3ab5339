-- Points histograms: how many entries of each board have each points value. A caller's rank is
-- 1 + the members with more points, and a board's size the sum of all: sums over a few hundred
-- distinct values instead of counting up to every member's index entry (a 100,000-member board
-- took 80 ms for its size and 150 ms for a last-placed caller's rank). Triggers keep them in the
-- transaction that changes a standing, so the answer statement itself is unchanged.

CREATE TABLE "WeeklyPoints" (
    "communityId" INTEGER NOT NULL,
    "weekStart" DATE NOT NULL,
    "points" INTEGER NOT NULL,
    "members" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "WeeklyPoints_pkey" PRIMARY KEY ("communityId","weekStart","points")
);

CREATE TABLE "MembershipPoints" (
    "communityId" INTEGER NOT NULL,
    "points" INTEGER NOT NULL,
    "members" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "MembershipPoints_pkey" PRIMARY KEY ("communityId","points")
);

-- Statement-level triggers over the transition tables: one upsert per statement however many rows
-- it changed (a bulk load stays fast), only for the buckets whose count changed (an answer that
-- earns no points touches none), in ascending key order, so concurrent answers take the bucket
-- locks in one order and cannot deadlock on them.
CREATE FUNCTION studybot_weekly_points() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Each branch names only the transition tables its event has.
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "WeeklyPoints" AS w ("communityId", "weekStart", "points", "members")
    SELECT "communityId", "weekStart", "points", sum(d) FROM (SELECT "communityId", "weekStart", "points", 1 AS d FROM new_rows) changes
    GROUP BY 1, 2, 3 HAVING sum(d) <> 0 ORDER BY 1, 2, 3
    ON CONFLICT ("communityId", "weekStart", "points") DO UPDATE SET "members" = w."members" + EXCLUDED."members";
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO "WeeklyPoints" AS w ("communityId", "weekStart", "points", "members")
    SELECT "communityId", "weekStart", "points", sum(d) FROM (SELECT "communityId", "weekStart", "points", -1 AS d FROM old_rows) changes
    GROUP BY 1, 2, 3 HAVING sum(d) <> 0 ORDER BY 1, 2, 3
    ON CONFLICT ("communityId", "weekStart", "points") DO UPDATE SET "members" = w."members" + EXCLUDED."members";
  ELSE
    INSERT INTO "WeeklyPoints" AS w ("communityId", "weekStart", "points", "members")
    SELECT "communityId", "weekStart", "points", sum(d) FROM (SELECT "communityId", "weekStart", "points", 1 AS d FROM new_rows UNION ALL SELECT "communityId", "weekStart", "points", -1 AS d FROM old_rows) changes
    GROUP BY 1, 2, 3 HAVING sum(d) <> 0 ORDER BY 1, 2, 3
    ON CONFLICT ("communityId", "weekStart", "points") DO UPDATE SET "members" = w."members" + EXCLUDED."members";
  END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION studybot_membership_points() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Each branch names only the transition tables its event has.
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "MembershipPoints" AS m ("communityId", "points", "members")
    SELECT "communityId", "points", sum(d) FROM (SELECT "communityId", "points", 1 AS d FROM new_rows) changes
    GROUP BY 1, 2 HAVING sum(d) <> 0 ORDER BY 1, 2
    ON CONFLICT ("communityId", "points") DO UPDATE SET "members" = m."members" + EXCLUDED."members";
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO "MembershipPoints" AS m ("communityId", "points", "members")
    SELECT "communityId", "points", sum(d) FROM (SELECT "communityId", "points", -1 AS d FROM old_rows) changes
    GROUP BY 1, 2 HAVING sum(d) <> 0 ORDER BY 1, 2
    ON CONFLICT ("communityId", "points") DO UPDATE SET "members" = m."members" + EXCLUDED."members";
  ELSE
    INSERT INTO "MembershipPoints" AS m ("communityId", "points", "members")
    SELECT "communityId", "points", sum(d) FROM (SELECT "communityId", "points", 1 AS d FROM new_rows UNION ALL SELECT "communityId", "points", -1 AS d FROM old_rows) changes
    GROUP BY 1, 2 HAVING sum(d) <> 0 ORDER BY 1, 2
    ON CONFLICT ("communityId", "points") DO UPDATE SET "members" = m."members" + EXCLUDED."members";
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "WeeklyStanding_points_insert" AFTER INSERT ON "WeeklyStanding"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION studybot_weekly_points();
CREATE TRIGGER "WeeklyStanding_points_update" AFTER UPDATE ON "WeeklyStanding"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION studybot_weekly_points();
CREATE TRIGGER "WeeklyStanding_points_delete" AFTER DELETE ON "WeeklyStanding"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION studybot_weekly_points();
CREATE TRIGGER "Membership_points_insert" AFTER INSERT ON "Membership"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION studybot_membership_points();
CREATE TRIGGER "Membership_points_update" AFTER UPDATE ON "Membership"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION studybot_membership_points();
CREATE TRIGGER "Membership_points_delete" AFTER DELETE ON "Membership"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION studybot_membership_points();

-- The boards that exist already.
INSERT INTO "WeeklyPoints" ("communityId", "weekStart", "points", "members")
SELECT "communityId", "weekStart", "points", count(*) FROM "WeeklyStanding" GROUP BY 1, 2, 3;
INSERT INTO "MembershipPoints" ("communityId", "points", "members")
SELECT "communityId", "points", count(*) FROM "Membership" GROUP BY 1, 2;
