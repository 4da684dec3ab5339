// The Telegram adapter: a grammY bot over the study core. Long polling through @grammyjs/runner
// (updates handled concurrently) or a webhook on the process's HTTP server; outgoing calls
// throttled to Telegram's limits and 429s waited out (api.ts); a chat that removed the bot is marked
// inactive (features/membership.ts); no Telegram or network failure escapes to crash the process.
import { Bot } from 'grammy';
import { run, type RunnerHandle } from '@grammyjs/runner';
import type { StudyCore } from '../../core/engine.ts';
import type { HttpServer } from '../../http/server.ts';
import type { Logger } from '../../log.ts';
import type { PlatformAdapter } from '../types.ts';
import { AdminCheck } from './admin.ts';
import { registerAnswerHandlers } from './answers.ts';
import { installTransformers } from './api.ts';
import { publishCommandMenus, registerCommands } from './commands.ts';
import { DailyPoster } from './daily.ts';
import { describeError, logUpdateError } from './errors.ts';
import { Membership } from './features/membership.ts';
import { ScheduledSends } from './scheduled.ts';
import type { ThrottleOptions } from './throttle.ts';
import { VoteRecorder, type VoteRetryOptions } from './votes.ts';
import { webhookHandler } from './webhook.ts';

export { WEBHOOK_SECRET_HEADER } from './webhook.ts';

export interface TelegramAdapterOptions {
  core: StudyCore;
  token: string;
  /** Another Bot API server (self-hosted, or a test double); default https://api.telegram.org. */
  apiRoot?: string | undefined;
  /** Webhook mode: Telegram POSTs updates to `url`, served on `http` at the URL's path. */
  webhook?: { url: string; secret: string; http: HttpServer } | undefined;
  log: Logger;
  /** Bounds on retrying poll votes while the database is unreachable (see votes.ts). */
  votes?: VoteRetryOptions | undefined;
  /** Bounds on the outgoing queues (see throttle.ts). */
  throttle?: ThrottleOptions | undefined;
  /** How long a 409 Conflict from getUpdates may last before polling gives up. Default 60 s. */
  conflictLimitMs?: number | undefined;
  /**
   * Called once, with one sentence, when the bot can no longer receive updates (token revoked,
   * another poller for over a minute): the process should report unhealthy and exit.
   */
  onFatal?: ((reason: string) => void) | undefined;
}

export type TelegramAdapter = PlatformAdapter & { bot: Bot };

/** The updates the bot acts on; everything else is not even delivered. */
export const ALLOWED_UPDATES = [
  'message',
  'channel_post',
  'callback_query',
  'poll_answer',
  'my_chat_member',
] as const;

/** stop() waits this long for updates still being handled before the caller closes the database. */
const DRAIN_TIMEOUT_MS = 10_000;

/**
 * Updates handled at once in long polling: about one second of Telegram's global send rate. Each
 * update's reply waits for the pacer, so more in flight would only wait in memory; the rest wait
 * at Telegram, which keeps them for a day.
 */
const SINK_CONCURRENCY = 30;

export function createTelegramAdapter(options: TelegramAdapterOptions): TelegramAdapter {
  const { core, token, log, webhook } = options;
  const bot = new Bot(token, options.apiRoot ? { client: { apiRoot: options.apiRoot } } : {});
  const api = bot.api;
  installTransformers(api, { ...options, onFatal });

  let runner: RunnerHandle | undefined;
  let stopped = false;
  let fatal = false;
  let starting: AbortController | undefined;

  /** Reports, once, that updates can no longer arrive (see options.onFatal). */
  function onFatal(reason: string) {
    if (fatal || stopped) return;
    fatal = true;
    log.fatal(reason);
    options.onFatal?.(reason);
  }

  const daily = new DailyPoster(api);
  const membership = new Membership({ core, api, log, token, forgetChat: (id) => daily.forgetChat(id) });
  const scheduled = new ScheduledSends({
    core,
    api,
    log,
    token,
    daily,
    moveCommunity: membership.moveCommunity,
  });

  // First, so a supergroup migration is handled before anything else reads the message.
  bot.use(membership.feature);
  const admins = new AdminCheck(api);
  registerCommands(bot, {
    core,
    log,
    token,
    admins,
    markUnreachable: membership.markUnreachable,
  });
  const votes = new VoteRecorder(core, log, webhook ? 'webhook' : 'polling', options.votes);
  registerAnswerHandlers(bot, { core, log, token, votes, admins });
  bot.catch(logUpdateError(log, token));

  /** Waits, up to the bound, for the updates the runner already handed out to be handled. */
  async function drain(polling: RunnerHandle) {
    const deadline = Date.now() + DRAIN_TIMEOUT_MS;
    while (polling.size() > 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const left = polling.size();
    if (left > 0) log.warn({ updates: left }, 'telegram stopped with updates still being handled');
  }

  /** Start-up steps fail with a log-safe error. */
  async function startStep<T>(what: string, step: () => Promise<T>): Promise<T> {
    try {
      return await step();
    } catch (err) {
      const d = describeError(err, token);
      throw new Error(`Telegram: could not ${what}: ${String(d.description ?? d.message)}`, { cause: d });
    }
  }

  return {
    platform: 'telegram',
    bot,
    // Daily posts in flight: each waits a second between its fact and its poll (one message a
    // second per chat), so about two seconds of the global pace keeps the pacer never idle.
    sendConcurrency: 60,

    async start() {
      stopped = false;
      // The core tells members things privately (a decision on their question) through this.
      core.attachSender('telegram', (userId, reply) => scheduled.sendPrivate(userId, reply));
      // grammY retries getMe through network failures (logged), so a process started while
      // Telegram is unreachable waits for it instead of dying; stop() ends the wait.
      starting = new AbortController();
      const signal = starting.signal;
      await startStep('identify the bot (getMe; check TELEGRAM_BOT_TOKEN)', () =>
        // grammY types its signal with the abort-controller shim; the global one is what it gets at run time.
        bot.init(signal as Parameters<typeof bot.init>[0]),
      );
      starting = undefined;
      log.info({ username: bot.botInfo.username }, 'telegram bot identified');
      await publishCommandMenus(api, core.commands).catch((err: unknown) =>
        log.warn({ err: describeError(err, token) }, 'could not publish the command menus'),
      );
      if (stopped) return;
      if (webhook) {
        const path = new URL(webhook.url).pathname || '/';
        webhook.http.route(
          path,
          webhookHandler(bot, webhook.secret, () => stopped, log, token),
        );
        await startStep('register the webhook', () =>
          api.setWebhook(webhook.url, {
            secret_token: webhook.secret,
            allowed_updates: [...ALLOWED_UPDATES],
          }),
        );
        log.info({ path }, 'telegram webhook registered');
        return;
      }
      // Long polling and a webhook exclude each other: getUpdates fails while a webhook is set.
      await startStep('delete the webhook', () => api.deleteWebhook());
      runner = run(bot, {
        runner: { silent: true, fetch: { allowed_updates: [...ALLOWED_UPDATES] } },
        // The runner's default is 500 at once; see SINK_CONCURRENCY.
        sink: { concurrency: SINK_CONCURRENCY },
      });
      runner.task()?.catch((err: unknown) => {
        const d = describeError(err, token);
        log.error({ err: d }, 'telegram long polling stopped');
        // Whatever ended it, a bot that no longer polls must not look healthy.
        onFatal(`Telegram long polling stopped: ${String(d.description ?? d.message)}.`);
      });
      log.info('telegram long polling started');
    },

    async stop() {
      stopped = true;
      starting?.abort();
      // The webhook stays registered: in webhook mode other instances keep serving it.
      const polling = runner;
      runner = undefined;
      if (!polling) return;
      // runner.stop() ends the fetch loop only; updates it already fetched are still being handled
      // (the sink counts them), and votes may be waiting for the database; the caller closes it next.
      if (polling.isRunning()) await polling.stop();
      await drain(polling);
      await votes.drain(DRAIN_TIMEOUT_MS);
      if (votes.waiting > 0) log.warn({ votes: votes.waiting }, 'telegram stopped with votes not recorded');
    },

    sendDaily: (community, reply, parts) => scheduled.sendDaily(community, reply, parts),
    sendMessage: (community, reply) => scheduled.sendMessage(community, reply),
    sendPrivate: (userId, reply) => scheduled.sendPrivate(userId, reply),
    closeDaily: (community, messageRef, postId) => scheduled.closeDaily(community, messageRef, postId),
    tellAdmin: (community, userId, reply) => scheduled.tellAdmin(community, userId, reply),
  };
}
