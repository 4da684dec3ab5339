// The Telegram adapter: a grammY bot over the study core. Long polling through @grammyjs/runner
// (updates handled concurrently) or a webhook on the process's HTTP server; outgoing calls
// throttled to Telegram's limits and 429s waited out; a chat that removed the bot is marked
// inactive; no Telegram or network failure escapes to crash the process.
import { Bot, GrammyError, type Transformer } from 'grammy';
import { autoRetry } from '@grammyjs/auto-retry';
import { run, type RunnerHandle } from '@grammyjs/runner';
import type { StudyCore } from '../../core/engine.ts';
import { CommunityUnreachableError, type Reply } from '../../core/types.ts';
import type { HttpServer } from '../../http/server.ts';
import type { Logger } from '../../log.ts';
import type { Community } from '../../store/index.ts';
import { WAITING_FOR_SETUP } from '../../store/communities.ts';
import type { DailyParts, PlatformAdapter, SentPost } from '../types.ts';
import { AdminCheck } from './admin.ts';
import { registerAnswerHandlers } from './answers.ts';
import { publishCommandMenus, registerCommands } from './commands.ts';
import { describeError, isUnreachable, migratedTo } from './errors.ts';
import { parseMessageRef, postDaily, sendHtml, sendReply, type DailyProgress } from './send.ts';
import { postClosingSolution } from './solution.ts';
import { countRetries } from './metrics.ts';
import { guardPolling } from './polling.ts';
import { boundedThrottler, type ThrottleOptions } from './throttle.ts';
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

/** 429s are waited out when Telegram asks for at most this long, this many times; then the send fails. */
const RETRY = { maxRetryAttempts: 3, maxDelaySeconds: 60 };

/** stop() waits this long for updates still being handled before the caller closes the database. */
const DRAIN_TIMEOUT_MS = 10_000;

/** Daily posts whose progress is remembered for retries; a day's broadcast fits many times over. */
const REMEMBERED_POSTS = 5_000;

const SINK_CONCURRENCY = 100;

/** Chat types remembered (a chat's type changes only when a group becomes a supergroup). */
const REMEMBERED_CHAT_TYPES = 50_000;

export function createTelegramAdapter(options: TelegramAdapterOptions): TelegramAdapter {
  const { core, token, log, webhook } = options;
  const bot = new Bot(token, options.apiRoot ? { client: { apiRoot: options.apiRoot } } : {});
  const api = bot.api;
  const store = core.services.store;

  // Order matters: the last transformer installed runs first, so a retried call queues again.
  api.config.use(logPollingFailures(log, token));
  api.config.use(guardPolling({ conflictLimitMs: options.conflictLimitMs, onFatal }));
  api.config.use(boundedThrottler(options.throttle));
  api.config.use(countRetries());
  // Network errors are thrown rather than retried forever: the runner retries getUpdates itself,
  // the scheduler retries a failed daily post, and a lost command reply is logged.
  api.config.use(autoRetry({ ...RETRY, rethrowHttpErrors: true }));

  const admins = new AdminCheck(api);
  const chatTypes = new Map<string, string>();
  let runner: RunnerHandle | undefined;
  let stopped = false;
  let fatal = false;
  let starting: AbortController | undefined;
  // Per daily post (reply.question.ref): what an earlier attempt already delivered, so a retry after
  // a failed poll does not post the fact again, and the attempt still running, so two attempts at one
  // post take turns. Memory only: a retry in another process (or after a restart) starts from zero and
  // the chat sees the fact twice — rare, and avoiding it would need the progress in DailyPost.
  const dailyPosts = new Map<string, { progress: DailyProgress; attempt?: Promise<unknown> }>();

  /** Reports, once, that updates can no longer arrive (see options.onFatal). */
  function onFatal(reason: string) {
    if (fatal || stopped) return;
    fatal = true;
    log.fatal(reason);
    options.onFatal?.(reason);
  }

  async function markUnreachable(chatId: string, detail: string) {
    const reason = `bot removed or blocked: ${detail}`;
    try {
      const community = await store.communities.find('telegram', chatId);
      if (community?.active) {
        await store.communities.setActive(community.id, false, reason.slice(0, 200));
        log.warn(
          { chat: chatId, community: community.id },
          'telegram chat unreachable; community marked inactive',
        );
      }
    } catch (dbErr) {
      log.error({ err: dbErr, chat: chatId }, 'could not mark a community inactive');
    }
  }

  /** A group upgraded to a supergroup: its community (streaks, points, schedule) follows it. */
  async function moveCommunity(fromChatId: string, toChatId: string) {
    chatTypes.delete(fromChatId);
    try {
      const outcome = await store.communities.rekey('telegram', fromChatId, toChatId);
      if (outcome === 'moved') {
        log.info({ from: fromChatId, to: toChatId }, 'telegram group became a supergroup; community moved');
      } else if (outcome === 'taken') {
        log.warn(
          { from: fromChatId, to: toChatId },
          'telegram group became a supergroup that already has its own community; the old one was not moved',
        );
      }
    } catch (err) {
      log.error({ err, from: fromChatId, to: toChatId }, 'could not move a community to its supergroup');
    }
  }

  // Telegram announces the upgrade in both chats; whichever update comes first moves the community.
  bot.on('message:migrate_to_chat_id', (ctx) =>
    moveCommunity(String(ctx.chat.id), String(ctx.msg.migrate_to_chat_id)),
  );
  bot.on('message:migrate_from_chat_id', (ctx) =>
    moveCommunity(String(ctx.msg.migrate_from_chat_id), String(ctx.chat.id)),
  );

  registerCommands(bot, { core, log, token, admins, markUnreachable });
  const votes = new VoteRecorder(core, log, webhook ? 'webhook' : 'polling', options.votes);
  registerAnswerHandlers(bot, { core, log, token, votes });

  bot.on('my_chat_member', async (ctx) => {
    const { new_chat_member: now, old_chat_member: before, chat } = ctx.myChatMember;
    const gone = (s: string) => s === 'left' || s === 'kicked';
    if (gone(now.status)) {
      await markUnreachable(String(chat.id), `the bot's status in the chat is now ${now.status}`);
      chatTypes.delete(String(chat.id));
      return;
    }
    if (!gone(before.status)) return;
    // Added (back) to a chat: undo an earlier removal (not an admin's /pause, nor a chat that never
    // asked for daily posts) and say hello in groups.
    const community = await store.communities.find('telegram', String(chat.id));
    const reason = community?.inactiveReason ?? '';
    if (community && !community.active && !/paused/i.test(reason) && reason !== WAITING_FOR_SETUP) {
      await store.communities.setActive(community.id, true);
    }
    if (chat.type === 'group' || chat.type === 'supergroup') {
      await sendHtml(api, chat.id, [
        '<b>Hello! I post a daily UPSC fact and question here.</b>\nAn admin can choose the time with <code>/setup 07:30 Asia/Kolkata</code>; /help lists everything I do.',
      ]).catch((err: unknown) => log.warn({ err: describeError(err, token) }, 'could not greet a new chat'));
    }
  });

  bot.catch((err) => {
    log.error(
      { err: describeError(err.error, token), update: err.ctx.update.update_id },
      'telegram update failed',
    );
  });

  async function chatType(chatId: string): Promise<string> {
    const known = chatTypes.get(chatId);
    if (known) return known;
    const chat = await api.getChat(chatId);
    // Only scheduled communities are asked; still bounded, forgetting the oldest (Maps keep order).
    if (chatTypes.size >= REMEMBERED_CHAT_TYPES) chatTypes.delete(chatTypes.keys().next().value!);
    chatTypes.set(chatId, chat.type);
    return chat.type;
  }

  /**
   * The error the scheduler sees: CommunityUnreachableError when the chat is gone, otherwise an error
   * that carries a log-safe description (grammY's network errors hold the request URL, with the token).
   */
  function schedulerError(community: Community, err: unknown): Error {
    if (isUnreachable(err)) {
      return new CommunityUnreachableError(
        `Telegram chat ${community.externalId} cannot be reached: ${err.description}`,
        { cause: err },
      );
    }
    return new Error(`Telegram send to ${community.externalId} failed`, { cause: describeError(err, token) });
  }

  async function forScheduler<T>(community: Community, send: () => Promise<T>): Promise<T> {
    try {
      return await send();
    } catch (err) {
      const movedTo = migratedTo(err);
      if (movedTo) {
        // A plain (retryable) error: the scheduler's next attempt reads the community at its new id.
        await moveCommunity(community.externalId, movedTo);
        throw new Error(`Telegram group ${community.externalId} is now supergroup ${movedTo}`, {
          cause: describeError(err, token),
        });
      }
      throw schedulerError(community, err);
    }
  }

  /** The remembered progress of a daily post; the oldest finished ones are forgotten past the bound. */
  function dailyPostEntry(ref: string) {
    let entry = dailyPosts.get(ref);
    if (!entry) {
      entry = { progress: { delivered: 0 } };
      dailyPosts.set(ref, entry);
      if (dailyPosts.size > REMEMBERED_POSTS) {
        // Maps iterate oldest first: forget the oldest finished post, else the oldest of all.
        let forget = dailyPosts.keys().next().value!;
        for (const [key, e] of dailyPosts) {
          if (e.progress.done && !e.attempt) {
            forget = key;
            break;
          }
        }
        dailyPosts.delete(forget);
      }
    }
    return entry;
  }

  async function sendDailyOnce(community: Community, reply: Reply, parts?: DailyParts) {
    const entry = dailyPostEntry(reply.question?.ref ?? `community ${community.id}`);
    // Parts recorded in the database, perhaps by a process that died: never sent twice.
    if (parts && parts.sent > entry.progress.delivered) entry.progress.delivered = parts.sent;
    const previous = entry.attempt ?? Promise.resolve();
    const attempt = previous
      .catch(() => undefined)
      .then(async () =>
        postDaily(
          api,
          community.externalId,
          await chatType(community.externalId),
          reply,
          entry.progress,
          parts?.record,
        ),
      );
    entry.attempt = attempt;
    try {
      return await attempt;
    } finally {
      if (entry.attempt === attempt) entry.attempt = undefined;
    }
  }

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
    sendConcurrency: 25,

    async start() {
      stopped = false;
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
        // Updates handled at once (the runner's default is 500). Handlers wait on a database pool of
        // ten, so more in flight only holds memory; the rest wait at Telegram, not here.
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

    sendDaily(community: Community, reply: Reply, parts?: DailyParts): Promise<SentPost> {
      return forScheduler(community, () => sendDailyOnce(community, reply, parts));
    },

    async sendMessage(community: Community, reply: Reply): Promise<void> {
      await forScheduler(community, () => sendReply(api, community.externalId, reply));
    },

    async closeDaily(community: Community, messageRef: string, postId?: number): Promise<void> {
      const ref = parseMessageRef(messageRef);
      if (!ref) {
        log.warn({ community: community.id }, 'cannot close a daily post with an unknown message ref');
        return;
      }
      try {
        await (ref.buttons
          ? api.editMessageReplyMarkup(ref.chatId, ref.messageId, { reply_markup: { inline_keyboard: [] } })
          : api.stopPoll(ref.chatId, ref.messageId));
      } catch (err) {
        const movedTo = migratedTo(err);
        if (movedTo) {
          // The poll's message has another id in the supergroup; it stays open, the community moves.
          log.info(
            { community: community.id },
            'cannot close a daily post in a group that became a supergroup',
          );
          await moveCommunity(community.externalId, movedTo);
          return;
        }
        if (err instanceof GrammyError && err.error_code === 400 && !isUnreachable(err)) {
          // Already closed, or deleted by an admin: nothing left to close.
          log.info({ community: community.id, err: describeError(err, token) }, 'daily post already closed');
          return;
        }
        throw schedulerError(community, err);
      }
      // Closed now, so nobody can be spoiled: the group gets the full solution.
      if (postId !== undefined) await postClosingSolution(api, core.services, ref, postId, { log, token });
    },
  };
}

/**
 * The runner (getUpdates) and grammY's start-up (getMe) retry network failures by themselves; this
 * logs each failure, without the token (the runner's own logging would print request URLs).
 */
function logPollingFailures(log: Logger, token: string): Transformer {
  const watched = new Set(['getUpdates', 'getMe']);
  return async (prev, method, payload, signal) => {
    try {
      const result = await prev(method, payload, signal);
      if (!result.ok && watched.has(method)) {
        log.warn({ method, code: result.error_code, description: result.description }, `${method} failed`);
      }
      return result;
    } catch (err) {
      if (watched.has(method) && !signal?.aborted) {
        log.warn({ method, err: describeError(err, token) }, `${method} failed; retrying`);
      }
      throw err;
    }
  };
}
