// A fake Telegram Bot API server on 127.0.0.1 for end-to-end tests of the real grammY bot. It speaks
// the Bot API's wire format (POST/GET /bot<token>/<method>, JSON or form bodies, {ok, result} or
// {ok: false, error_code, description, parameters} answers), checks what the real server checks
// where a bot could get it wrong (HTML entities, the 4096-character limit, poll and button limits,
// writing to users who never started the bot, kicked chats), records every call, and lets a test push
// updates (served by getUpdates with offset/timeout semantics, or POSTed to the registered webhook),
// set members' statuses, upgrade groups to supergroups and inject failures (429 with retry_after, 403, dropped connections).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { isMultipart, parseMultipart, pngSize, type UploadedFile } from './multipart.ts';
import { FloodLimits } from './telegram-limits.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- Bot API payloads are free-form JSON here. */
type Json = any;

export interface FakeUser {
  id: number;
  is_bot: boolean;
  first_name: string;
  last_name?: string;
  username?: string;
  /** The user's app language (IETF tag), as Telegram sends it with each update. */
  language_code?: string;
}

export interface FakeChat {
  id: number;
  type: 'private' | 'group' | 'supergroup' | 'channel';
  title?: string;
  first_name?: string;
  /** A supergroup with topics (a forum): messages go to a topic by message_thread_id. */
  is_forum?: boolean;
}

export interface RecordedCall {
  method: string;
  params: Json;
  /** ms since the epoch, when the request arrived. */
  at: number;
  /** HTTP status the fake answered with (0: connection dropped). */
  status: number;
  result?: Json;
  error?: string;
  /** Files uploaded with the call (multipart/form-data), e.g. sendPhoto's photo. */
  files?: UploadedFile[];
}

/** Bot API limits on uploads: photos up to 10 MB, captions up to 1024 characters. */
export const PHOTO_LIMITS = { bytes: 10 * 1024 * 1024, caption: 1024 } as const;

interface Failure {
  method: string;
  status: number;
  description?: string;
  retryAfter?: number;
  drop?: boolean;
  times: number;
  match?: (params: Json) => boolean;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly description: string,
    readonly parameters?: Json,
  ) {
    super(description);
  }
}

const BAD = (description: string) => new ApiError(400, `Bad Request: ${description}`);

/** Validates Telegram HTML and returns the text a user sees; throws like the Bot API on bad markup. */
export function parseTelegramHtml(html: string): string {
  const allowed = new Set([
    'b',
    'strong',
    'i',
    'em',
    'u',
    'ins',
    's',
    'strike',
    'del',
    'span',
    'tg-spoiler',
    'a',
    'code',
    'pre',
    'blockquote',
    'tg-emoji',
  ]);
  const entities: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"' };
  const open: string[] = [];
  let text = '';
  let i = 0;
  const fail = (what: string) => {
    throw BAD(`can't parse entities: ${what} at byte offset ${Buffer.byteLength(html.slice(0, i))}`);
  };
  while (i < html.length) {
    const c = html[i]!;
    if (c === '<') {
      const m = /^<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[a-z-]+(?:="[^"]*"|='[^']*')?)*)\s*>/.exec(
        html.slice(i),
      );
      if (!m) fail('Unexpected character "<"');
      const [whole, closing, rawName] = m!;
      const name = rawName!.toLowerCase();
      if (!allowed.has(name)) fail(`Unsupported start tag "${name}"`);
      if (closing) {
        if (open.pop() !== name) fail(`Can't find end tag corresponding to start tag "${name}"`);
      } else {
        open.push(name);
      }
      i += whole!.length;
    } else if (c === '&') {
      const m = /^&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/.exec(html.slice(i));
      if (!m) fail('Character "&" must be escaped');
      const ref = m![1]!;
      if (ref.startsWith('#x')) text += String.fromCodePoint(parseInt(ref.slice(2), 16));
      else if (ref.startsWith('#')) text += String.fromCodePoint(Number(ref.slice(1)));
      else if (entities[ref] !== undefined) text += entities[ref];
      else fail(`Unsupported HTML entity "&${ref};"`);
      i += m![0].length;
    } else if (c === '>') {
      fail('Character ">" must be escaped');
    } else {
      text += c;
      i += 1;
    }
  }
  if (open.length > 0) fail(`Can't find end tag corresponding to start tag "${open[open.length - 1]}"`);
  return text;
}

/** Poll ids are unique across all of Telegram, so across fakes too (two bots, one database). */
let nextPollId = 5_000_000_000_000_000;

export class FakeTelegram {
  readonly calls: RecordedCall[] = [];
  readonly me: FakeUser;
  apiRoot = '';
  webhook: { url: string; secret?: string; allowedUpdates?: string[] } | undefined;

  private server: http.Server;
  private updates: Json[] = [];
  private nextUpdateId = 1;
  private waiters = new Set<() => void>();
  private callWaiters = new Set<() => void>();
  private failures: Failure[] = [];
  private chats = new Map<number, FakeChat>();
  private kicked = new Map<number, string>();
  private migrated = new Map<number, number>();
  private statuses = new Map<string, string>();
  private messageIds = new Map<number, number>();
  private polls = new Map<string, { chatId: number; messageId: number; poll: Json }>();
  private pollsByMessage = new Map<string, string>();
  private nextCallbackId = 1;
  /** Telegram's flood limits (30 messages a second, 20 a minute per group), enforced with 429s. */
  private readonly limits = new FloodLimits();
  /** Forum topics per chat (message_thread_id values; the General topic needs none). */
  private topics = new Map<number, Set<number>>();

  constructor(
    readonly token: string,
    username = 'StudyTestBot',
  ) {
    this.me = { id: 7_000_000_001, is_bot: true, first_name: 'Studybot', username };
    this.server = http.createServer((req, res) => void this.handle(req, res));
  }

  static async start(token: string, username?: string): Promise<FakeTelegram> {
    const fake = new FakeTelegram(token, username);
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
    fake.apiRoot = `http://127.0.0.1:${(fake.server.address() as AddressInfo).port}`;
    return fake;
  }

  async close(): Promise<void> {
    for (const wake of this.waiters) wake();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  // --- test controls -------------------------------------------------------------------------

  /** Registers a chat the bot is in (a private chat means the user has started the bot). */
  addChat(chat: FakeChat): FakeChat {
    this.chats.set(chat.id, chat);
    this.kicked.delete(chat.id);
    return chat;
  }

  /** From now on every call for this chat fails with 403, as after the bot was removed. */
  kick(chatId: number, description = 'Forbidden: bot was kicked from the supergroup chat') {
    this.kicked.set(chatId, description);
  }

  /**
   * A group is upgraded to a supergroup with a new id: from now on calls for the old id fail with 400
   * and parameters.migrate_to_chat_id, as on Telegram. With `announce`, the service messages Telegram
   * sends (migrate_to_chat_id in the old group, migrate_from_chat_id in the new one) arrive as updates.
   */
  migrateToSupergroup(group: FakeChat, newId: number, by: FakeUser, announce = true): FakeChat {
    const supergroup = this.addChat({ id: newId, type: 'supergroup', title: group.title ?? 'Supergroup' });
    this.migrated.set(group.id, newId);
    if (announce) {
      const date = Math.floor(Date.now() / 1000);
      const service = (chat: FakeChat, fields: Json) => ({
        message: { message_id: this.nextMessageId(chat.id), from: by, chat, date, ...fields },
      });
      this.pushUpdate(service(group, { migrate_to_chat_id: newId }));
      this.pushUpdate(service(supergroup, { migrate_from_chat_id: group.id }));
    }
    return supergroup;
  }

  /** Creates a topic in a forum supergroup; returns its message_thread_id. */
  addTopic(chat: FakeChat, threadId: number): number {
    if (!chat.is_forum) throw new Error('topics exist only in forum supergroups');
    const topics = this.topics.get(chat.id) ?? new Set<number>();
    topics.add(threadId);
    this.topics.set(chat.id, topics);
    return threadId;
  }

  /**
   * message_thread_id checked as Telegram does for forums (an unknown topic is refused), and the
   * fields a message sent into a topic carries.
   */
  private inTopic(chat: FakeChat, threadParam: unknown): Json {
    if (threadParam === undefined) return {};
    const threadId = Number(threadParam);
    if (!chat.is_forum || !this.topics.get(chat.id)?.has(threadId)) throw BAD('message thread not found');
    return { message_thread_id: threadId, is_topic_message: true };
  }

  setMemberStatus(
    chatId: number,
    userId: number,
    status: 'creator' | 'administrator' | 'member' | 'restricted',
  ) {
    this.statuses.set(`${chatId}:${userId}`, status);
  }

  /** The next `times` calls of `method` (matching `match`) fail with this error. */
  fail(
    method: string,
    error: { status: number; description?: string; retryAfter?: number },
    options: { times?: number; match?: (params: Json) => boolean } = {},
  ) {
    this.failures.push({ method, ...error, times: options.times ?? 1, match: options.match });
  }

  /** The next `times` calls of `method` get their connection dropped (a network error). */
  drop(method: string, times = 1) {
    this.failures.push({ method, status: 0, drop: true, times });
  }

  /** Updates not yet confirmed by a getUpdates with a higher offset (Telegram would send them again). */
  get unconfirmedUpdates(): number {
    return this.updates.length;
  }

  pushUpdate(update: Json): number {
    const update_id = this.nextUpdateId++;
    this.updates.push({ update_id, ...update });
    for (const wake of this.waiters) wake();
    return update_id;
  }

  /** A user writes `text` in a chat (commands get their bot_command entity, as Telegram adds it). */
  sendText(chat: FakeChat, from: FakeUser, text: string, extra: Json = {}): Json {
    if (!this.chats.has(chat.id)) this.addChat(chat);
    const message: Json = {
      message_id: this.nextMessageId(chat.id),
      from,
      chat,
      date: Math.floor(Date.now() / 1000),
      text,
      ...extra,
    };
    const command = /^\/[A-Za-z0-9_]+(@[A-Za-z0-9_]+)?/.exec(text);
    if (command) message.entities = [{ type: 'bot_command', offset: 0, length: command[0].length }];
    this.pushUpdate(chat.type === 'channel' ? { channel_post: message } : { message });
    return message;
  }

  pollAnswer(pollId: string, user: FakeUser, optionIds: number[]) {
    this.pushUpdate({ poll_answer: { poll_id: pollId, user, option_ids: optionIds } });
  }

  /** A user taps an inline button of a message the bot sent. Returns the callback query id. */
  tap(from: FakeUser, message: Json, data: string): string {
    const id = String(this.nextCallbackId++);
    this.pushUpdate({
      callback_query: { id, from, message, chat_instance: `ci${message.chat.id}`, data },
    });
    return id;
  }

  /** The bot's own membership in a chat changed (added, removed, promoted). */
  botMembership(chat: FakeChat, by: FakeUser, oldStatus: string, newStatus: string) {
    if (newStatus === 'kicked' || newStatus === 'left') this.kick(chat.id);
    else this.addChat(chat);
    this.pushUpdate({
      my_chat_member: {
        chat,
        from: by,
        date: Math.floor(Date.now() / 1000),
        old_chat_member: { status: oldStatus, user: this.me },
        new_chat_member:
          newStatus === 'administrator'
            ? { status: newStatus, user: this.me, can_be_edited: false, can_manage_chat: true }
            : { status: newStatus, user: this.me, ...(newStatus === 'kicked' ? { until_date: 0 } : {}) },
      },
    });
  }

  /** POSTs an update to the registered webhook as Telegram would; returns the HTTP status. */
  async deliverWebhook(
    update: Json,
    options: { secret?: string | null; body?: string } = {},
  ): Promise<number> {
    if (!this.webhook) throw new Error('no webhook registered');
    const secret = options.secret === undefined ? this.webhook.secret : options.secret;
    const res = await fetch(this.webhook.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(secret !== null && secret !== undefined ? { 'x-telegram-bot-api-secret-token': secret } : {}),
      },
      body: options.body ?? JSON.stringify({ update_id: this.nextUpdateId++, ...update }),
    });
    await res.text();
    return res.status;
  }

  /**
   * Delivers an update to the webhook as Telegram does: a non-2xx answer (or a dropped connection)
   * means "not delivered", and the same update is sent again after `retryMs`, until it is accepted
   * or `giveUpMs` has passed. Resolves with every status seen, in order.
   */
  async deliverWebhookUntilAccepted(
    update: Json,
    options: { retryMs?: number; giveUpMs?: number } = {},
  ): Promise<number[]> {
    const full = { update_id: this.nextUpdateId++, ...update };
    const deadline = Date.now() + (options.giveUpMs ?? 120_000);
    const statuses: number[] = [];
    for (;;) {
      const status = await this.deliverWebhook(full, { body: JSON.stringify(full) }).catch(() => 0);
      statuses.push(status);
      if ((status >= 200 && status < 300) || Date.now() > deadline) return statuses;
      await new Promise((resolve) => setTimeout(resolve, options.retryMs ?? 1000));
    }
  }

  callsOf(method: string, since = 0): RecordedCall[] {
    return this.calls.slice(since).filter((c) => c.method === method);
  }

  /** Successful messages the bot sent to a chat (sendMessage and sendPoll), in order. */
  sentTo(chatId: number | string, since = 0): RecordedCall[] {
    return this.calls
      .slice(since)
      .filter(
        (c) =>
          (c.method === 'sendMessage' || c.method === 'sendPoll') &&
          c.status === 200 &&
          String(c.params.chat_id) === String(chatId),
      );
  }

  /** Waits for a call after index `since` that matches. */
  async waitFor(
    method: string,
    match: (call: RecordedCall) => boolean = () => true,
    options: { since?: number; timeoutMs?: number } = {},
  ): Promise<RecordedCall> {
    const deadline = Date.now() + (options.timeoutMs ?? 10_000);
    for (;;) {
      const found = this.calls.slice(options.since ?? 0).find((c) => c.method === method && match(c));
      if (found) return found;
      const left = deadline - Date.now();
      if (left <= 0) {
        const seen = this.calls.slice(options.since ?? 0).map((c) => `${c.method}(${c.status})`);
        throw new Error(`timed out waiting for ${method}; calls since: ${seen.join(', ') || 'none'}`);
      }
      await new Promise<void>((resolve) => {
        const wake = () => {
          clearTimeout(timer);
          this.callWaiters.delete(wake);
          resolve();
        };
        const timer = setTimeout(wake, left);
        this.callWaiters.add(wake);
      });
    }
  }

  // --- the server --------------------------------------------------------------------------

  private nextMessageId(chatId: number): number {
    const id = (this.messageIds.get(chatId) ?? 0) + 1;
    this.messageIds.set(chatId, id);
    return id;
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const m = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(url.pathname);
    const body = await readBody(req);
    if (!m) return send(res, 404, { ok: false, error_code: 404, description: 'Not Found' });
    const [, token, method] = m as unknown as [string, string, string];
    let params: Json;
    let files: UploadedFile[] | undefined;
    try {
      const contentType = req.headers['content-type'];
      if (isMultipart(contentType)) {
        const form = await parseMultipart(contentType!, body);
        params = {};
        for (const [k, v] of Object.entries(form.fields)) params[k] = decodeFormValue(v);
        files = form.files;
        // A file sent as the parameter itself stands for it, like attach://<field> does.
        for (const f of files) params[f.field] ??= `attach://${f.field}`;
      } else {
        params = parseBody(contentType, body.toString('utf8'));
      }
      for (const [k, v] of url.searchParams) params[k] ??= decodeFormValue(v);
    } catch {
      return send(res, 400, { ok: false, error_code: 400, description: 'Bad Request: invalid body' });
    }
    const call: RecordedCall = { method, params, at: Date.now(), status: 0, ...(files ? { files } : {}) };
    this.calls.push(call);
    for (const wake of this.callWaiters) wake();
    const finish = (status: number, payload: Json) => {
      call.status = status;
      if (payload.ok) call.result = payload.result;
      else call.error = payload.description;
      for (const wake of this.callWaiters) wake();
      send(res, status, payload);
    };
    if (token !== this.token) return finish(401, { ok: false, error_code: 401, description: 'Unauthorized' });

    const failure = this.failures.find(
      (f) => f.method === method && f.times > 0 && (!f.match || f.match(params)),
    );
    if (failure) {
      failure.times -= 1;
      if (failure.drop) {
        for (const wake of this.callWaiters) wake();
        req.socket.destroy();
        return;
      }
      const parameters = failure.retryAfter !== undefined ? { retry_after: failure.retryAfter } : undefined;
      const description =
        failure.description ??
        (failure.status === 429 ? `Too Many Requests: retry after ${failure.retryAfter ?? 1}` : 'Forbidden');
      return finish(failure.status, {
        ok: false,
        error_code: failure.status,
        description,
        ...(parameters ? { parameters } : {}),
      });
    }
    const retryAfter = this.limits.admit(method, params.chat_id);
    if (retryAfter !== undefined) {
      return finish(429, {
        ok: false,
        error_code: 429,
        description: `Too Many Requests: retry after ${retryAfter}`,
        parameters: { retry_after: retryAfter },
      });
    }
    try {
      const result = await this.dispatch(method, params, res, files ?? []);
      finish(200, { ok: true, result });
    } catch (err) {
      if (err instanceof ApiError) {
        finish(err.status, {
          ok: false,
          error_code: err.status,
          description: err.description,
          ...(err.parameters ? { parameters: err.parameters } : {}),
        });
      } else {
        finish(500, { ok: false, error_code: 500, description: `Internal Server Error: ${String(err)}` });
      }
    }
  }

  private chatFor(chatIdParam: unknown): FakeChat {
    const id = Number(chatIdParam);
    if (!Number.isSafeInteger(id)) throw BAD('chat not found');
    const kicked = this.kicked.get(id);
    if (kicked) throw new ApiError(403, kicked);
    const migratedTo = this.migrated.get(id);
    if (migratedTo !== undefined)
      throw new ApiError(400, 'Bad Request: group chat was upgraded to a supergroup chat', {
        migrate_to_chat_id: migratedTo,
      });
    const chat = this.chats.get(id);
    if (chat) return chat;
    if (id > 0) throw new ApiError(403, "Forbidden: bot can't initiate conversation with a user");
    throw BAD('chat not found');
  }

  private message(chat: FakeChat, fields: Json): Json {
    return {
      message_id: this.nextMessageId(chat.id),
      from: this.me,
      chat,
      date: Math.floor(Date.now() / 1000),
      ...fields,
    };
  }

  /**
   * The quoted message of a reply, as Telegram returns it; a message that never existed in the chat
   * is refused unless the bot allowed sending without the reply.
   */
  private replyTo(chat: FakeChat, parameters: Json): Json {
    if (!parameters) return {};
    const id = Number(parameters.message_id);
    const exists = Number.isSafeInteger(id) && id > 0 && id <= (this.messageIds.get(chat.id) ?? 0);
    if (!exists) {
      if (parameters.allow_sending_without_reply) return {};
      throw BAD('message to be replied not found');
    }
    return { reply_to_message: { message_id: id, chat } };
  }

  private async dispatch(
    method: string,
    p: Json,
    res: http.ServerResponse,
    files: UploadedFile[],
  ): Promise<Json> {
    switch (method) {
      case 'getMe':
        return {
          ...this.me,
          can_join_groups: true,
          can_read_all_group_messages: false,
          supports_inline_queries: false,
        };
      case 'getUpdates':
        return this.getUpdates(p, res);
      case 'setWebhook': {
        if (typeof p.url !== 'string' || !/^https?:\/\//.test(p.url)) throw BAD('bad webhook: invalid URL');
        if (p.secret_token !== undefined && !/^[A-Za-z0-9_-]{1,256}$/.test(String(p.secret_token)))
          throw BAD('bad webhook: secret token contains unallowed characters');
        this.webhook = { url: p.url, secret: p.secret_token, allowedUpdates: p.allowed_updates };
        return true;
      }
      case 'deleteWebhook':
        this.webhook = undefined;
        return true;
      case 'getWebhookInfo':
        return { url: this.webhook?.url ?? '', has_custom_certificate: false, pending_update_count: 0 };
      case 'setMyCommands': {
        const commands: Json[] = p.commands;
        // "A two-letter ISO 639-1 language code" (or absent: the menu for every other language).
        if (p.language_code !== undefined && !/^[a-z]{2}$/.test(p.language_code))
          throw BAD('invalid language code specified');
        if (!Array.isArray(commands) || commands.length > 100) throw BAD('BOT_COMMANDS_TOO_MUCH');
        for (const c of commands) {
          if (!/^[a-z0-9_]{1,32}$/.test(c.command)) throw BAD('BOT_COMMAND_INVALID');
          if (typeof c.description !== 'string' || c.description.length < 1 || c.description.length > 256)
            throw BAD('BOT_COMMAND_DESCRIPTION_INVALID');
        }
        return true;
      }
      case 'getChat':
        return { ...this.chatFor(p.chat_id), accent_color_id: 0, max_reaction_count: 11 };
      case 'getChatMember': {
        const chat = this.chatFor(p.chat_id);
        const userId = Number(p.user_id);
        const status = this.statuses.get(`${chat.id}:${userId}`) ?? 'member';
        return { status, user: { id: userId, is_bot: false, first_name: `User ${userId}` } };
      }
      case 'sendMessage': {
        const chat = this.chatFor(p.chat_id);
        if (typeof p.text !== 'string' || !p.text.trim()) throw BAD('message text is empty');
        const text = p.parse_mode === 'HTML' ? parseTelegramHtml(p.text) : p.text;
        if (text.length > 4096) throw BAD('message is too long');
        checkKeyboard(p.reply_markup);
        return this.message(chat, {
          text,
          ...(p.reply_markup ? { reply_markup: p.reply_markup } : {}),
          ...this.replyTo(chat, p.reply_parameters),
          ...this.inTopic(chat, p.message_thread_id),
        });
      }
      case 'sendPoll':
        return this.sendPoll(p);
      case 'sendPhoto':
        return this.sendPhoto(p, files);
      case 'sendDocument':
        return this.sendDocument(p, files);
      case 'stopPoll': {
        const chat = this.chatFor(p.chat_id);
        const pollId = this.pollsByMessage.get(`${chat.id}:${p.message_id}`);
        const entry = pollId ? this.polls.get(pollId) : undefined;
        if (!entry) throw BAD('message with poll to stop not found');
        if (entry.poll.is_closed) throw BAD('poll has already been closed');
        entry.poll.is_closed = true;
        return entry.poll;
      }
      case 'editMessageReplyMarkup': {
        this.chatFor(p.chat_id);
        checkKeyboard(p.reply_markup);
        return true;
      }
      case 'answerCallbackQuery': {
        if (!p.callback_query_id)
          throw BAD('query is too old and response timeout expired or query ID is invalid');
        if (typeof p.text === 'string' && p.text.length > 200) throw BAD('MESSAGE_TOO_LONG');
        return true;
      }
      default:
        throw new ApiError(404, 'Not Found: method not found');
    }
  }

  /** sendPhoto with an uploaded file (attach://<field>); file ids and URLs are not served here. */
  private sendPhoto(p: Json, files: UploadedFile[]): Json {
    const chat = this.chatFor(p.chat_id);
    const ref = /^attach:\/\/(.+)$/.exec(String(p.photo ?? ''));
    const file = ref ? files.find((f) => f.field === ref[1]) : undefined;
    if (!file) throw BAD('there is no photo in the request');
    if (file.data.length > PHOTO_LIMITS.bytes) throw BAD('PHOTO_INVALID_DIMENSIONS: photo is over 10 MB');
    const size = pngSize(file.data);
    if (!size) throw BAD('IMAGE_PROCESS_FAILED');
    const caption = p.caption === undefined ? undefined : String(p.caption);
    const captionText =
      caption !== undefined && p.parse_mode === 'HTML' ? parseTelegramHtml(caption) : caption;
    if (captionText !== undefined && captionText.length > PHOTO_LIMITS.caption)
      throw BAD('message caption is too long');
    checkKeyboard(p.reply_markup);
    const id = `photo-${chat.id}-${this.calls.length}`;
    return this.message(chat, {
      photo: [{ file_id: id, file_unique_id: id, ...size, file_size: file.data.length }],
      ...(captionText ? { caption: captionText } : {}),
      ...(p.reply_markup ? { reply_markup: p.reply_markup } : {}),
    });
  }

  /** sendDocument with an uploaded file: bots may upload up to 50 MB; captions as for photos. */
  private sendDocument(p: Json, files: UploadedFile[]): Json {
    const chat = this.chatFor(p.chat_id);
    const ref = /^attach:\/\/(.+)$/.exec(String(p.document ?? ''));
    const file = ref ? files.find((f) => f.field === ref[1]) : undefined;
    if (!file) throw BAD('there is no document in the request');
    if (file.data.length > 50 * 1024 * 1024) throw BAD('Request Entity Too Large');
    const caption = p.caption === undefined ? undefined : String(p.caption);
    const captionText =
      caption !== undefined && p.parse_mode === 'HTML' ? parseTelegramHtml(caption) : caption;
    if (captionText !== undefined && captionText.length > PHOTO_LIMITS.caption)
      throw BAD('message caption is too long');
    const id = `document-${chat.id}-${this.calls.length}`;
    return this.message(chat, {
      document: { file_id: id, file_unique_id: id, file_name: file.filename, file_size: file.data.length },
      ...(captionText ? { caption: captionText } : {}),
      ...this.replyTo(chat, p.reply_parameters),
    });
  }

  private sendPoll(p: Json): Json {
    const chat = this.chatFor(p.chat_id);
    const question = String(p.question ?? '');
    if (question.length < 1 || question.length > 300) throw BAD('POLL_QUESTION_INVALID');
    const options: Json[] = (Array.isArray(p.options) ? p.options : []).map((o: Json) =>
      typeof o === 'string' ? { text: o } : o,
    );
    if (options.length < 2 || options.length > 12) throw BAD('POLL_OPTIONS_INVALID');
    if (options.some((o) => typeof o.text !== 'string' || o.text.length < 1 || o.text.length > 100))
      throw BAD('POLL_OPTION_INVALID');
    const anonymous = p.is_anonymous === undefined ? true : Boolean(p.is_anonymous);
    if (!anonymous && chat.type === 'channel')
      throw BAD("non-anonymous polls can't be sent to channel chats");
    const explanation = p.explanation === undefined ? undefined : String(p.explanation);
    if (
      explanation !== undefined &&
      (explanation.length > 200 || (explanation.match(/\n/g) ?? []).length > 2)
    )
      throw BAD('QUIZ_EXPLANATION_INVALID');
    if (p.type === 'quiz') {
      const correct = Number(p.correct_option_id);
      if (!Number.isInteger(correct) || correct < 0 || correct >= options.length)
        throw BAD('wrong correct option id specified');
    }
    const id = String(nextPollId++);
    const poll = {
      id,
      question,
      options: options.map((o) => ({ text: o.text, voter_count: 0 })),
      total_voter_count: 0,
      is_closed: false,
      is_anonymous: anonymous,
      type: p.type ?? 'regular',
      allows_multiple_answers: false,
      ...(p.type === 'quiz' ? { correct_option_id: Number(p.correct_option_id) } : {}),
      ...(explanation ? { explanation } : {}),
    };
    const message = this.message(chat, {
      poll,
      ...this.replyTo(chat, p.reply_parameters),
      ...this.inTopic(chat, p.message_thread_id),
    });
    this.polls.set(id, { chatId: chat.id, messageId: message.message_id, poll });
    this.pollsByMessage.set(`${chat.id}:${message.message_id}`, id);
    return message;
  }

  private async getUpdates(p: Json, res: http.ServerResponse): Promise<Json[]> {
    if (this.webhook)
      throw new ApiError(
        409,
        "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
      );
    const offset = Number(p.offset ?? 0);
    const limit = Math.min(100, Math.max(1, Number(p.limit ?? 100)));
    const timeoutMs = Math.min(50, Math.max(0, Number(p.timeout ?? 0))) * 1000;
    // Updates below the offset are confirmed: Telegram forgets them.
    if (offset > 0) this.updates = this.updates.filter((u) => u.update_id >= offset);
    const deadline = Date.now() + timeoutMs;
    while (this.updates.length === 0 && Date.now() < deadline && !res.destroyed) {
      await new Promise<void>((resolve) => {
        const wake = () => {
          clearTimeout(timer);
          this.waiters.delete(wake);
          res.off('close', wake);
          resolve();
        };
        const timer = setTimeout(wake, deadline - Date.now());
        this.waiters.add(wake);
        // The client gave up (the bot stopped): stop holding the request.
        res.once('close', wake);
      });
    }
    return this.updates.slice(0, limit);
  }
}

function checkKeyboard(markup: Json) {
  if (!markup?.inline_keyboard) return;
  for (const row of markup.inline_keyboard as Json[][]) {
    for (const button of row) {
      if (typeof button.text !== 'string' || !button.text) throw BAD('BUTTON_TEXT_INVALID');
      if (button.callback_data !== undefined) {
        const size = Buffer.byteLength(String(button.callback_data));
        if (size < 1 || size > 64) throw BAD('BUTTON_DATA_INVALID');
      }
    }
  }
}

function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function parseBody(contentType: string | undefined, body: string): Json {
  if (!body) return {};
  if (contentType?.startsWith('application/json')) return JSON.parse(body);
  if (contentType?.startsWith('application/x-www-form-urlencoded')) {
    const params: Json = {};
    for (const [k, v] of new URLSearchParams(body)) params[k] = decodeFormValue(v);
    return params;
  }
  throw new Error(`unsupported content type ${contentType}`);
}

/** Form and query values arrive as strings; objects and arrays in them are JSON, as in the Bot API. */
function decodeFormValue(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  if (/^[[{]/.test(value)) {
    try {
      return JSON.parse(value);
    } catch {
      return value;
    }
  }
  return value;
}

function send(res: http.ServerResponse, status: number, payload: Json) {
  if (res.destroyed) return;
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(payload));
}

// --- builders for tests --------------------------------------------------------------------

export function tgUser(id: number, firstName: string, lastName?: string): FakeUser {
  return { id, is_bot: false, first_name: firstName, ...(lastName ? { last_name: lastName } : {}) };
}

export function tgGroup(id: number, title: string): FakeChat {
  return { id, type: 'supergroup', title };
}

/** A basic group (not yet a supergroup): what a small group starts as. */
export function tgBasicGroup(id: number, title: string): FakeChat {
  return { id, type: 'group', title };
}

export function tgChannel(id: number, title: string): FakeChat {
  return { id, type: 'channel', title };
}

/** The private chat of a user who has pressed Start. */
export function tgPrivate(user: FakeUser): FakeChat {
  return { id: user.id, type: 'private', first_name: user.first_name };
}
