// Runs after `npm install` / `npm ci`: makes the embedded PostgreSQL runnable and generates the
// Prisma client, both offline.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { hydrateEmbeddedPostgres } from './hydrate-embedded-postgres.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const made = await hydrateEmbeddedPostgres();
if (made > 0) console.log(`embedded-postgres: restored ${made} library links`);
const result = spawnSync(process.execPath, [path.join(here, 'prisma-generate.mjs')], { stdio: 'inherit' });
process.exit(result.status ?? 1);
