#!/bin/sh
# `prisma generate` insists on a native schema engine being present but never runs it; this stub
# satisfies that check offline (scripts/prisma-generate.mjs points Prisma at it). Migrations use src/store/migrate.ts.
echo "studybot: the native Prisma schema engine is not installed; use npm run db:migrate" >&2
exit 1
