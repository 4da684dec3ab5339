# syntax=docker/dockerfile:1
# studybot: the bot as a container. TypeScript runs through tsx (a runtime dependency), so there
# is no compile step; the build stage only installs production dependencies and generates the
# Prisma client. PostgreSQL is a separate service: set DATABASE_URL (docker-compose.yml does).

ARG NODE_VERSION=20

FROM node:${NODE_VERSION}-bookworm-slim AS build
WORKDIR /app
# `prisma generate` needs no native schema engine; pointing Prisma at the repo's stub also stops
# @prisma/engines' install script from downloading one (see scripts/prisma-generate.mjs).
ENV PRISMA_SCHEMA_ENGINE_BINARY=/app/scripts/schema-engine-stub.sh \
    PRISMA_HIDE_UPDATE_MESSAGE=1 \
    CHECKPOINT_DISABLE=1
# The postinstall script (scripts/postinstall.mjs) generates the Prisma client from prisma/, so
# prisma/ and scripts/ must be in place before `npm ci`.
COPY package.json package-lock.json prisma.config.ts ./
COPY prisma ./prisma
COPY scripts ./scripts
RUN npm ci --omit=dev --no-audit --no-fund \
    && npm cache clean --force

FROM node:${NODE_VERSION}-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production \
    PORT=3000 \
    PRISMA_HIDE_UPDATE_MESSAGE=1 \
    CHECKPOINT_DISABLE=1
COPY --from=build --chown=node:node /app/node_modules ./node_modules
COPY --chown=node:node package.json package-lock.json tsconfig.json prisma.config.ts ./
COPY --chown=node:node bin ./bin
COPY --chown=node:node prisma ./prisma
COPY --chown=node:node scripts ./scripts
COPY --chown=node:node content ./content
COPY --chown=node:node src ./src
# The client generated in the build stage (src/generated is not taken from the build context).
COPY --from=build --chown=node:node /app/src/generated ./src/generated
USER node
EXPOSE 3000
# /health answers 200 once the HTTP server is up and the database responds (it is served when a
# platform token is set; with none the app is a terminal chat). No curl in slim: Node's fetch.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["node", "-e", "fetch('http://127.0.0.1:3000/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# The app applies pending migrations itself at start-up (src/store/migrate.ts, under an advisory
# lock, so several replicas may start together); no separate migrate step is needed.
# Node runs as PID 1 directly (not through npm) so SIGTERM reaches the app's graceful shutdown;
# this is `npm start` (tsx src/main.ts) without the npm wrapper.
CMD ["node", "--import", "tsx", "src/main.ts"]
