// Composition root: config -> database -> content -> core -> adapters -> scheduler.
// With no platform token it opens the terminal chat on an embedded PostgreSQL.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError, loadConfig, readEnvFile, type Config } from './config.ts';
import { ContentError, loadContent } from './content/index.ts';
import { ConsoleAdapter } from './adapters/console/index.ts';
import { stdinKind } from './adapters/console/stdin.ts';
import type { PlatformAdapter } from './adapters/types.ts';
import { StudyCore } from './core/engine.ts';
import { systemClock } from './core/types.ts';
import { exitWhenFlushed } from './exit.ts';
import { createHttpServer, UnhealthyError, type HttpServer } from './http/server.ts';
import { createLogger, type Logger } from './log.ts';
import { Scheduler } from './scheduler/index.ts';
import { leanWasm } from './wasmFlags.ts';
import { DatabaseInUse, EmbeddedPostgresMissing } from './store/embedded.ts';
import { createStore, openDatabase, type OpenDatabase } from './store/index.ts';

export async function main(env: NodeJS.ProcessEnv = process.env): Promise<number> {
  leanWasm();
  let config: Config;
  try {
    const envFile = env === process.env ? readEnvFile() : undefined;
    if (envFile) process.stderr.write(`Read settings from ${envFile} (the environment wins over it).\n`);
    config = loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\nSee .env.example for every setting.\n`);
      return 1;
    }
    throw err;
  }
  const consoleMode = !config.TELEGRAM_BOT_TOKEN && !config.DISCORD_TOKEN;
  if (consoleMode && stdinKind() === 'none') {
    process.stderr.write(
      'No platform token is set (TELEGRAM_BOT_TOKEN or DISCORD_TOKEN), and there is no terminal or piped input for the terminal chat: set a token in the environment or in .env (see .env.example).\n',
    );
    return 1;
  }
  // The terminal chat prints to stdout; keep the log to warnings unless asked otherwise.
  const level = consoleMode && !env.LOG_LEVEL ? 'warn' : config.LOG_LEVEL;
  const log = createLogger(level);
  // A stray rejection in a platform library is logged, not allowed to end the process.
  process.on('unhandledRejection', (err) => log.error({ err }, 'unhandled rejection (kept running)'));

  let content;
  try {
    content = await loadContent(config.CONTENT_DIR);
  } catch (err) {
    if (err instanceof ContentError) {
      process.stderr.write(
        `The study content in ${config.CONTENT_DIR} is invalid:\n${err.problems.map((p) => `  - ${p}`).join('\n')}\n`,
      );
      return 1;
    }
    throw err;
  }

  let database: OpenDatabase;
  try {
    database = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR, log });
  } catch (err) {
    // What the user must do, in one sentence, with no stack trace.
    if (err instanceof EmbeddedPostgresMissing || err instanceof DatabaseInUse) {
      process.stderr.write(`${err.message}\n`);
      return 1;
    }
    log.fatal({ err }, 'could not open the database');
    process.stderr.write(`Could not open the database: ${(err as Error).message}\n`);
    return 1;
  }

  const core = new StudyCore({
    store: createStore(database.db),
    content,
    clock: systemClock,
    log,
    defaults: { timezone: config.DEFAULT_TIMEZONE, postTime: config.DAILY_POST_TIME },
    review: { newPerDay: config.REVIEW_NEW_PER_DAY },
  });

  const adapters: PlatformAdapter[] = [];
  let http: HttpServer | undefined;
  let terminal: ConsoleAdapter | undefined;
  let scheduler: Scheduler | undefined;
  let stopping: Promise<void> | undefined;

  const shutdown = (why: string) => {
    stopping ??= (async () => {
      log.info({ why }, 'shutting down');
      await scheduler?.stop().catch((err: unknown) => log.warn({ err }, 'scheduler stop failed'));
      for (const a of adapters)
        await a
          .stop()
          .catch((err: unknown) => log.warn({ err, platform: a.platform }, 'adapter stop failed'));
      await http?.close().catch(() => undefined);
      await database.close().catch((err: unknown) => log.warn({ err }, 'database close failed'));
    })();
    return stopping;
  };

  // A platform that can no longer receive updates (token revoked, another poller, the gateway gave
  // up) makes /health unhealthy and the process exit 1 with one sentence, so an orchestrator restarts it.
  let fatal: string | undefined;
  const failed = (platform: string, reason: string) => {
    if (fatal) return;
    fatal = reason;
    log.fatal({ platform }, reason);
    process.stderr.write(`${reason}\n`);
    void shutdown(`${platform} failed`).then(() => process.exit(1));
  };

  try {
    if (!consoleMode) {
      http = createHttpServer(log, async () => {
        if (fatal) throw new UnhealthyError(fatal);
        await database.db.$queryRaw`SELECT 1`;
        return { platforms: adapters.map((a) => a.platform) };
      });
    }
    if (config.TELEGRAM_BOT_TOKEN) {
      const { createTelegramAdapter } = await import('./adapters/telegram/index.ts');
      adapters.push(
        createTelegramAdapter({
          core,
          token: config.TELEGRAM_BOT_TOKEN,
          ...(config.TELEGRAM_API_ROOT ? { apiRoot: config.TELEGRAM_API_ROOT } : {}),
          ...(config.TELEGRAM_WEBHOOK_URL && config.TELEGRAM_WEBHOOK_SECRET && http
            ? { webhook: { url: config.TELEGRAM_WEBHOOK_URL, secret: config.TELEGRAM_WEBHOOK_SECRET, http } }
            : {}),
          log: log.child({ platform: 'telegram' }),
          onFatal: (reason) => failed('telegram', reason),
        }),
      );
    }
    if (config.DISCORD_TOKEN && config.DISCORD_APPLICATION_ID) {
      const { createDiscordAdapter } = await import('./adapters/discord/index.ts');
      adapters.push(
        createDiscordAdapter({
          core,
          token: config.DISCORD_TOKEN,
          applicationId: config.DISCORD_APPLICATION_ID,
          ...(config.DISCORD_API_URL ? { apiUrl: config.DISCORD_API_URL } : {}),
          log: log.child({ platform: 'discord' }),
          onFatal: (reason) => failed('discord', reason),
        }),
      );
    }
    if (consoleMode) {
      terminal = new ConsoleAdapter({ core });
      adapters.push(terminal);
    }
    if (http) {
      const port = await http.listen(config.PORT);
      log.info({ port }, 'http server listening (/health)');
    }
    // Scripts piping commands into the terminal chat get just their replies; a live chat (or a
    // real platform) gets the daily post at its time. /postnow posts through the scheduler either way.
    scheduler = new Scheduler({ core, adapters: [], log: log.child({ part: 'scheduler' }) });
    core.attachPosting(scheduler);
    if (!terminal || process.stdin.isTTY) scheduler.start();
    // Platforms connect side by side; each joins the scheduler when it is up, so one platform that
    // is slow to reach never holds up the other.
    const started = adapters.map(async (a) => {
      await a.start();
      scheduler?.addAdapter(a);
      log.info({ platform: a.platform }, 'adapter started');
    });
    if (terminal) await Promise.all(started);
    else
      for (const [i, p] of started.entries())
        p.catch((err: unknown) => {
          const platform = adapters[i]?.platform ?? 'platform';
          log.fatal({ err, platform }, 'adapter failed to start');
          failed(platform, `${platform} could not start: ${(err as Error).message}`);
        });
  } catch (err) {
    log.fatal({ err }, 'start-up failed');
    process.stderr.write(`Start-up failed: ${(err as Error).message}\n`);
    await shutdown('start-up failed');
    return 1;
  }

  process.once('SIGINT', () => void shutdown('SIGINT').then(() => process.exit(0)));
  process.once('SIGTERM', () => void shutdown('SIGTERM').then(() => process.exit(0)));

  if (terminal) {
    await terminal.done;
    await shutdown('end of input');
    return 0;
  }
  await new Promise<void>(() => undefined); // run until a signal
  return 0;
}

/** The bot as a program: main's exit code, or a crash's stack, once the output is flushed. */
export function runAsProgram(): void {
  main().then(exitWhenFlushed, (err: unknown) => {
    process.stderr.write(`studybot crashed: ${(err as Error)?.stack ?? String(err)}\n`);
    return exitWhenFlushed(1);
  });
}

// Run when executed directly (`node dist/main.js`, the image's command; `npm start` calls
// runAsProgram itself), not when imported by the CLI or tests.
const invokedDirectly =
  process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) runAsProgram();

export type { Logger };
