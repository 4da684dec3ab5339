// A fake Discord for end-to-end tests: the REST API (node:http) and the gateway websocket (ws) on
// 127.0.0.1, speaking the real wire protocol — JSON encoding without compression, HELLO /
// IDENTIFY / READY / GUILD_CREATE, heartbeats and their ACKs, INTERACTION_CREATE dispatches shaped
// like Discord's — so the real discord.js client runs against it unchanged. Every request is
// recorded for assertions; unknown routes answer 404 so a missing route is noticed.
import { GlobalLimit } from './discord-limits.ts';
import { invalidModal, modalSubmitData } from './discord-modal.ts';
import http from 'node:http';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { FakeGuildFeatures } from './discord-guild.ts';
import { isMultipart, parseMultipart, type UploadedFile } from './multipart.ts';
import { invalidLocalizations } from './discord-locales.ts';

/** Discord's documented default upload limit per attachment (25 MiB); more answers 413, code 40005. */
export const ATTACHMENT_LIMIT = 25 * 1024 * 1024;

/** JSON as it crosses the wire: its shape is checked by the tests' assertions, not the compiler. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Wire = any;

const DISCORD_EPOCH = 1420070400000n;
let snowflakeCounter = 0n;
/** A Discord-style id: milliseconds since 2015 in the high bits. */
export function snowflake(): string {
  snowflakeCounter = (snowflakeCounter + 1n) % 4096n;
  return (((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) | snowflakeCounter).toString();
}

export const PERMISSIONS = {
  ManageGuild: 1n << 5n,
  ViewChannel: 1n << 10n,
  SendMessages: 1n << 11n,
  EmbedLinks: 1n << 14n,
  ManageRoles: 1n << 28n,
};

export interface FakeUser {
  id: string;
  username: string;
  global_name?: string | null;
  bot?: boolean;
}

export interface FakeMember {
  user: FakeUser;
  nick?: string | null;
  permissions: bigint;
}

export interface FakeGuild {
  id: string;
  name: string;
  channels: { id: string; name: string }[];
  members: FakeMember[];
  /** Roles besides @everyone (whose id is the guild's). */
  roles?: { id: string; name: string }[];
}

export interface RecordedRequest {
  method: string;
  /** The route after /api/v10, e.g. /channels/1/messages. */
  path: string;
  query: URLSearchParams;
  headers: http.IncomingHttpHeaders;
  body: Wire;
  /** Files uploaded with the request (multipart/form-data: payload_json plus files[n]). */
  files: UploadedFile[];
  status: number;
  at: number;
}

export interface InteractionRecord {
  id: string;
  token: string;
  payload: Wire;
  dispatchedAt: number;
  callback?: { type: number; data: Wire; at: number };
  edits: Wire[];
  followUps: Wire[];
  deleted: boolean;
}

/** What the member finally sees for an interaction. */
export interface FinalResponse {
  /** 'reply' (type 4), 'deferred' (type 5, then edited), 'followUp' (after a removed deferral), 'autocomplete' (type 8). */
  kind: 'reply' | 'deferred' | 'followUp' | 'autocomplete' | 'update';
  ephemeral: boolean;
  body: Wire;
  /** Milliseconds from dispatch to the first acknowledgement. */
  ackMs: number;
  callbackType: number;
}

const json = (res: http.ServerResponse, status: number, body: unknown) => {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
};

const EPHEMERAL = 64;

/** Discord's limits, checked like the real API does (code 50035 Invalid Form Body). */
function invalidMessage(body: Wire): string | undefined {
  if (!body || typeof body !== 'object') return 'body must be an object';
  const embeds: Wire[] = body.embeds ?? [];
  if (embeds.length > 10) return 'embeds: at most 10';
  let total = 0;
  for (const e of embeds) {
    if ((e.title ?? '').length > 256) return 'embed title over 256';
    if ((e.footer?.text ?? '').length > 2048) return 'embed footer over 2048';
    total +=
      (e.title ?? '').length +
      (e.description ?? '').length +
      (e.footer?.text ?? '').length +
      (e.author?.name ?? '').length +
      (e.fields ?? []).reduce((n: number, f: Wire) => n + (f.name ?? '').length + (f.value ?? '').length, 0);
    // All embeds of a message together.
    if (total > 6000) return 'embeds over 6000 characters in total';
    if ((e.description ?? '').length > 4096) return 'embed description over 4096';
    if ((e.fields ?? []).length > 25) return 'embed fields over 25';
    for (const f of e.fields ?? []) {
      if (!f.name || f.name.length > 256) return 'embed field name empty or over 256';
      if (!f.value || f.value.length > 1024) return 'embed field value empty or over 1024';
    }
  }
  for (const a of body.attachments ?? []) {
    if ((a.description ?? '').length > 1024) return 'attachment description over 1024';
  }
  for (const row of body.components ?? []) {
    if (row.type !== 1) return 'top-level components must be action rows';
    if ((row.components ?? []).length > 5) return 'an action row holds at most 5 buttons';
    for (const c of row.components ?? []) {
      if (c.type === 2 && (!c.custom_id || c.custom_id.length > 100)) return 'custom_id empty or over 100';
      if (c.label && c.label.length > 80) return 'button label over 80';
    }
  }
  return undefined;
}

export class FakeDiscord {
  readonly requests: RecordedRequest[] = [];
  /** Discord's 50 requests a second per bot, on arrival (`refused` counts the 429s). */
  readonly globalLimit = new GlobalLimit();
  readonly interactions = new Map<string, InteractionRecord>();
  readonly messages = new Map<string, Wire>();
  readonly gateway: { query: URLSearchParams; identify?: Wire; heartbeats: number }[] = [];
  /** Channels that do not exist (404, 10003) or where the bot may not post (403, 50013). */
  readonly missingChannels = new Set<string>();
  readonly forbiddenChannels = new Set<string>();
  /**
   * Direct messages: POST /users/@me/channels opens (or finds) a DM channel per user; users here
   * have DMs from the server closed, so a message to their DM channel answers 403, code 50007
   * ("Cannot send messages to this user"), as Discord does.
   */
  readonly closedDms = new Set<string>();
  /** The DM channel per user: one map with the guild features' (threads, pins, roles, DMs). */
  get dmChannels(): Map<string, string> {
    return this.guild.dms;
  }
  /** Answer the next N interaction callbacks with 400 Invalid Form Body, to exercise error paths. */
  rejectNextCallbacks = 0;
  readonly botUser: FakeUser;
  /** Threads, pins, member roles and DM channels (see discord-guild.ts). */
  readonly guild: FakeGuildFeatures;
  apiUrl = '';
  gatewayUrl = '';
  private sockets = new Set<WebSocket>();
  /** The [shard id, shard count] each identified connection asked for. */
  private readonly shardOf = new Map<WebSocket, [number, number]>();
  private seq = 0;
  private readonly server: http.Server;
  private readonly wss: WebSocketServer;
  private readonly waiters = new Set<() => void>();

  private constructor(
    readonly options: {
      token: string;
      applicationId: string;
      guilds: FakeGuild[];
      botUser?: FakeUser;
      /** Shards GET /gateway/bot recommends; more than one makes IDENTIFY without sharding fail (4011). */
      shards?: number;
    },
  ) {
    this.botUser = options.botUser ?? {
      id: options.applicationId,
      username: 'studybot',
      global_name: null,
      bot: true,
    };
    this.guild = new FakeGuildFeatures(
      this.messages,
      (id) => {
        const g = options.guilds.find((x) => x.id === id);
        return g && [g.id, ...(g.roles ?? []).map((r) => r.id)];
      },
      snowflake,
    );
    this.server = http.createServer((req, res) => void this.onHttp(req, res));
    this.wss = new WebSocketServer({ server: this.server });
    this.wss.on('connection', (ws, req) => this.onSocket(ws, req));
  }

  static async start(options: {
    token: string;
    applicationId: string;
    guilds: FakeGuild[];
    botUser?: FakeUser;
    shards?: number;
  }): Promise<FakeDiscord> {
    const fake = new FakeDiscord(options);
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
    const { port } = fake.server.address() as AddressInfo;
    fake.apiUrl = `http://127.0.0.1:${port}/api`;
    fake.gatewayUrl = `ws://127.0.0.1:${port}`;
    return fake;
  }

  async close(): Promise<void> {
    for (const ws of this.sockets) ws.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  // ---- assertions helpers -------------------------------------------------------------------

  private changed(): void {
    for (const w of [...this.waiters]) w();
  }

  /** Resolves with the first truthy value of `check`, re-checked whenever the fake sees traffic. */
  waitFor<T>(check: () => T | undefined | false | null, timeoutMs = 5000, what = 'condition'): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const now = check();
      if (now) return resolve(now);
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        reject(new Error(`fake discord: timed out after ${timeoutMs} ms waiting for ${what}`));
      }, timeoutMs);
      const waiter = () => {
        const v = check();
        if (v) {
          clearTimeout(timer);
          this.waiters.delete(waiter);
          resolve(v);
        }
      };
      this.waiters.add(waiter);
    });
  }

  /** The message an interaction's type-4 reply created. */
  messageFor(record: InteractionRecord): Wire {
    return [...this.messages.values()].find((m) => m.interaction_id === record.id);
  }

  /** Files uploaded with an interaction's answer (its callback, edits and follow-ups). */
  filesFor(record: InteractionRecord): UploadedFile[] {
    return this.requests.filter((r) => r.path.includes(`/${record.token}`)).flatMap((r) => r.files);
  }

  requestsTo(method: string, pattern: RegExp): RecordedRequest[] {
    return this.requests.filter((r) => r.method === method && pattern.test(r.path));
  }

  /** Waits until an interaction has its final visible answer, and returns it. */
  finalResponse(record: InteractionRecord, timeoutMs = 5000): Promise<FinalResponse> {
    return this.waitFor(
      () => {
        const cb = record.callback;
        if (!cb) return undefined;
        const ackMs = cb.at - record.dispatchedAt;
        const cbEphemeral = ((cb.data?.flags ?? 0) & EPHEMERAL) === EPHEMERAL;
        if (cb.type === 4)
          return { kind: 'reply' as const, ephemeral: cbEphemeral, body: cb.data, ackMs, callbackType: 4 };
        if (cb.type === 7)
          return { kind: 'update' as const, ephemeral: cbEphemeral, body: cb.data, ackMs, callbackType: 7 };
        if (cb.type === 8)
          return { kind: 'autocomplete' as const, ephemeral: true, body: cb.data, ackMs, callbackType: 8 };
        if (cb.type === 5 || cb.type === 6) {
          const followUp = record.followUps[0];
          if (followUp) {
            const ephemeral = ((followUp.flags ?? 0) & EPHEMERAL) === EPHEMERAL;
            return { kind: 'followUp' as const, ephemeral, body: followUp, ackMs, callbackType: cb.type };
          }
          const edit = record.edits.at(-1);
          if (edit && !record.deleted)
            return {
              kind: 'deferred' as const,
              ephemeral: cbEphemeral,
              body: edit,
              ackMs,
              callbackType: cb.type,
            };
        }
        return undefined;
      },
      timeoutMs,
      `the answer to interaction ${record.id} (${record.payload.data?.name ?? record.payload.data?.custom_id})`,
    );
  }

  // ---- gateway ------------------------------------------------------------------------------

  private send(ws: WebSocket, packet: { op: number; d: unknown; s?: number | null; t?: string | null }) {
    ws.send(JSON.stringify({ s: null, t: null, ...packet }));
  }

  /** Closes every gateway connection with a close code, e.g. 4004 after the token was revoked. */
  closeGateway(code: number, reason = 'Authentication failed.'): void {
    for (const ws of this.sockets) ws.close(code, reason);
  }

  /**
   * The bot is kicked from a server: GUILD_DELETE without `unavailable` (which would mean an outage),
   * and its channels refuse the bot from then on (403), as Discord does.
   */
  removeBot(guildId: string): void {
    const guild = this.options.guilds.find((g) => g.id === guildId);
    if (!guild) throw new Error(`fake discord has no guild ${guildId}`);
    this.options.guilds.splice(this.options.guilds.indexOf(guild), 1);
    for (const c of guild.channels) this.forbiddenChannels.add(c.id);
    this.dispatch('GUILD_DELETE', { id: guildId }, guildId);
  }

  /**
   * Sends a dispatch (op 0) to every identified connection, or, for a guild's event, to the shard
   * that guild belongs to: (guild_id >> 22) % shard count, as Discord routes them. A guild's own
   * events (GUILD_DELETE) carry its id as `id`, so the caller names the guild.
   */
  dispatch(t: string, d: unknown, guild?: string): void {
    const guildId = guild ?? (d as { guild_id?: string } | null)?.guild_id;
    for (const ws of this.sockets) {
      if (guildId === undefined || this.onShard(ws, guildId)) this.send(ws, { op: 0, t, s: ++this.seq, d });
    }
  }

  /** The shards connected: [id, count] per identified connection. */
  get shardsConnected(): [number, number][] {
    return [...this.sockets].map((ws) => this.shardOf.get(ws) ?? [0, 1]);
  }

  private onShard(ws: WebSocket, guildId: string): boolean {
    const [id, count] = this.shardOf.get(ws) ?? [0, 1];
    return Number((BigInt(guildId) >> 22n) % BigInt(count)) === id;
  }

  private onSocket(ws: WebSocket, req: http.IncomingMessage): void {
    const query = new URL(req.url ?? '/', 'http://x').searchParams;
    const connection: (typeof this.gateway)[number] = { query, heartbeats: 0 };
    this.gateway.push(connection);
    if (query.get('compress') || (query.get('encoding') ?? 'json') !== 'json') {
      // This fake speaks plain JSON only, as a client without zlib-sync asks for.
      ws.close(4002, 'fake discord speaks JSON without compression only');
      return;
    }
    this.send(ws, { op: 10, d: { heartbeat_interval: 41250 } });
    ws.on('message', (raw) => {
      const packet = JSON.parse(String(raw));
      switch (packet.op) {
        case 1:
          connection.heartbeats++;
          this.send(ws, { op: 11, d: null });
          break;
        case 2: {
          connection.identify = packet.d;
          if (packet.d?.token !== this.options.token) {
            ws.close(4004, 'Authentication failed.');
            return;
          }
          const shards = this.options.shards ?? 1;
          const shard = (packet.d?.shard as [number, number] | undefined) ?? [0, 1];
          if (shards > 1 && shard[1] < 2) {
            // Discord: a bot in too many guilds for one connection must shard.
            ws.close(4011, 'Sharding required.');
            return;
          }
          if (shard[0] >= shard[1]) {
            ws.close(4010, 'Invalid shard.');
            return;
          }
          this.shardOf.set(ws, shard);
          this.sockets.add(ws);
          this.send(ws, { op: 0, t: 'READY', s: ++this.seq, d: this.readyPayload(ws) });
          for (const g of this.options.guilds) {
            if (!this.onShard(ws, g.id)) continue;
            this.send(ws, { op: 0, t: 'GUILD_CREATE', s: ++this.seq, d: this.guildPayload(g) });
          }
          break;
        }
        case 6:
          // No resumable sessions here: ask for a fresh IDENTIFY.
          this.send(ws, { op: 9, d: false });
          break;
        default:
          break;
      }
      this.changed();
    });
    ws.on('close', () => {
      this.sockets.delete(ws);
      this.shardOf.delete(ws);
    });
    this.changed();
  }

  private readyPayload(ws: WebSocket) {
    return {
      v: 10,
      user: {
        ...this.botUser,
        discriminator: '0',
        avatar: null,
        verified: true,
        mfa_enabled: false,
        flags: 0,
      },
      guilds: this.options.guilds
        .filter((g) => this.onShard(ws, g.id))
        .map((g) => ({ id: g.id, unavailable: true })),
      session_id: randomBytes(16).toString('hex'),
      resume_gateway_url: this.gatewayUrl,
      shard: this.shardOf.get(ws) ?? [0, 1],
      application: { id: this.options.applicationId, flags: 0 },
      private_channels: [],
      relationships: [],
      presences: [],
      guild_join_requests: [],
      user_settings: {},
      geo_ordered_rtc_regions: [],
      _trace: ['fake-discord'],
    };
  }

  private apiUser(u: FakeUser) {
    return {
      id: u.id,
      username: u.username,
      global_name: u.global_name ?? null,
      discriminator: '0',
      avatar: null,
      bot: u.bot ?? false,
      public_flags: 0,
    };
  }

  private apiMember(m: FakeMember) {
    return {
      user: this.apiUser(m.user),
      nick: m.nick ?? null,
      avatar: null,
      roles: [],
      joined_at: '2026-01-01T00:00:00.000000+00:00',
      premium_since: null,
      deaf: false,
      mute: false,
      pending: false,
      flags: 0,
    };
  }

  private guildPayload(g: FakeGuild) {
    const everyone = PERMISSIONS.ViewChannel | PERMISSIONS.SendMessages | PERMISSIONS.EmbedLinks;
    return {
      id: g.id,
      name: g.name,
      icon: null,
      splash: null,
      discovery_splash: null,
      owner_id: g.members[0]?.user.id ?? this.botUser.id,
      afk_channel_id: null,
      afk_timeout: 300,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      roles: [
        {
          id: g.id,
          name: '@everyone',
          color: 0,
          hoist: false,
          icon: null,
          unicode_emoji: null,
          position: 0,
          permissions: everyone.toString(),
          managed: false,
          mentionable: false,
          flags: 0,
        },
      ],
      emojis: [],
      stickers: [],
      features: [],
      mfa_level: 0,
      application_id: null,
      system_channel_id: null,
      system_channel_flags: 0,
      rules_channel_id: null,
      vanity_url_code: null,
      description: null,
      banner: null,
      premium_tier: 0,
      premium_subscription_count: 0,
      preferred_locale: 'en-US',
      public_updates_channel_id: null,
      nsfw_level: 0,
      premium_progress_bar_enabled: false,
      safety_alerts_channel_id: null,
      joined_at: '2026-01-01T00:00:00.000000+00:00',
      large: false,
      unavailable: false,
      member_count: g.members.length + 1,
      voice_states: [],
      members: [
        this.apiMember({ user: this.botUser, permissions: everyone }),
        ...g.members.map((m) => this.apiMember(m)),
      ],
      channels: g.channels.map((c, i) => ({
        id: c.id,
        type: 0,
        guild_id: g.id,
        name: c.name,
        position: i,
        permission_overwrites: [],
        nsfw: false,
        topic: null,
        last_message_id: null,
        rate_limit_per_user: 0,
        parent_id: null,
      })),
      threads: [],
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
    };
  }

  // ---- interactions -------------------------------------------------------------------------

  /**
   * Dispatches INTERACTION_CREATE as Discord builds it. `guild` absent means a DM with the bot.
   * Returns the record the REST side fills in as the bot answers.
   */
  interact(spec: {
    type: 2 | 3 | 4 | 5;
    data: Wire;
    user: FakeUser;
    guild?: FakeGuild | undefined;
    channelId?: string;
    /** The member's permissions in the channel (guild interactions). */
    permissions?: bigint;
    nick?: string | null;
    message?: Wire;
    /** The bot's own permissions in the channel (default: View Channel, Send Messages, Embed Links). */
    appPermissions?: bigint;
    /** The member's client language (Discord's interaction locale); en-US by default. */
    locale?: string | undefined;
  }): InteractionRecord {
    const id = snowflake();
    const token = `itok_${randomBytes(24).toString('base64url')}`;
    const appPermissions =
      spec.appPermissions ?? PERMISSIONS.ViewChannel | PERMISSIONS.SendMessages | PERMISSIONS.EmbedLinks;
    const channelId = spec.channelId ?? spec.guild?.channels[0]?.id ?? snowflake();
    const payload: Wire = {
      id,
      application_id: this.options.applicationId,
      type: spec.type,
      data: spec.data,
      token,
      version: 1,
      locale: spec.locale ?? 'en-US',
      app_permissions: appPermissions.toString(),
      entitlements: [],
      attachment_size_limit: 10485760,
    };
    if (spec.guild) {
      const channel = spec.guild.channels.find((c) => c.id === channelId);
      Object.assign(payload, {
        guild_id: spec.guild.id,
        guild: { id: spec.guild.id, locale: 'en-US', features: [] },
        guild_locale: 'en-US',
        channel_id: channelId,
        channel: {
          id: channelId,
          type: 0,
          guild_id: spec.guild.id,
          name: channel?.name ?? 'unknown',
          flags: 0,
        },
        member: {
          ...this.apiMember({
            user: spec.user,
            nick: spec.nick ?? null,
            permissions: spec.permissions ?? 0n,
          }),
          permissions: (spec.permissions ?? PERMISSIONS.ViewChannel | PERMISSIONS.SendMessages).toString(),
        },
        authorizing_integration_owners: { '0': spec.guild.id },
        context: 0,
      });
    } else {
      Object.assign(payload, {
        channel_id: channelId,
        channel: { id: channelId, type: 1, flags: 0, recipients: [this.apiUser(spec.user)] },
        user: this.apiUser(spec.user),
        authorizing_integration_owners: { '0': this.botUser.id },
        context: 1,
      });
    }
    if (spec.message) payload.message = spec.message;
    const record: InteractionRecord = {
      id,
      token,
      payload,
      dispatchedAt: Date.now(),
      edits: [],
      followUps: [],
      deleted: false,
    };
    this.interactions.set(token, record);
    this.dispatch('INTERACTION_CREATE', payload);
    return record;
  }

  /** A slash command, with options as Discord sends them (string 3, user 6). */
  command(
    name: string,
    options: { name: string; value: string; type?: number }[],
    who: {
      user: FakeUser;
      guild?: FakeGuild;
      channelId?: string;
      permissions?: bigint;
      nick?: string | null;
      appPermissions?: bigint;
      locale?: string | undefined;
    },
  ): InteractionRecord {
    const users = options.filter((o) => o.type === 6).map((o) => o.value);
    const resolvedUsers = Object.fromEntries(
      users.flatMap((id) => {
        const m = who.guild?.members.find((x) => x.user.id === id);
        return m ? [[id, this.apiUser(m.user)]] : [];
      }),
    );
    return this.interact({
      ...who,
      type: 2,
      data: {
        id: snowflake(),
        name,
        type: 1,
        ...(who.guild ? { guild_id: who.guild.id } : {}),
        options: options.map((o) => ({ name: o.name, type: o.type ?? 3, value: o.value })),
        ...(users.length ? { resolved: { users: resolvedUsers } } : {}),
      },
    });
  }

  autocomplete(
    name: string,
    option: string,
    value: string,
    who: { user: FakeUser; guild?: FakeGuild; channelId?: string; locale?: string | undefined },
  ): InteractionRecord {
    return this.interact({
      ...who,
      type: 4,
      data: { id: snowflake(), name, type: 1, options: [{ name: option, type: 3, value, focused: true }] },
    });
  }

  button(
    message: Wire,
    customId: string,
    who: {
      user: FakeUser;
      guild?: FakeGuild;
      permissions?: bigint;
      nick?: string | null;
      locale?: string | undefined;
    },
  ): InteractionRecord {
    return this.interact({
      ...who,
      type: 3,
      channelId: message.channel_id,
      message,
      data: { custom_id: customId, component_type: 2 },
    });
  }

  /** The modal an interaction was answered with (type 9), once it is. */
  modalFor(record: InteractionRecord, timeoutMs = 5000): Promise<Wire> {
    return this.waitFor(
      () => (record.callback?.type === 9 ? record.callback.data : undefined),
      timeoutMs,
      `a modal in answer to interaction ${record.id}`,
    );
  }

  /** The member fills `modal` in and submits it (MODAL_SUBMIT, type 5), where it was opened. */
  submitModal(
    modal: Wire,
    values: Record<string, string>,
    who: { user: FakeUser; guild?: FakeGuild; channelId?: string; permissions?: bigint; locale?: string },
  ): InteractionRecord {
    return this.interact({ ...who, type: 5, data: modalSubmitData(modal, values) });
  }

  // ---- REST ---------------------------------------------------------------------------------

  private message(channelId: string, body: Wire, extra: Record<string, unknown> = {}) {
    const message = {
      id: snowflake(),
      channel_id: channelId,
      author: this.apiUser(this.botUser),
      content: body?.content ?? '',
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      embeds: body?.embeds ?? [],
      components: body?.components ?? [],
      pinned: false,
      type: 0,
      flags: body?.flags ?? 0,
      ...extra,
    };
    this.messages.set(message.id, message);
    return message;
  }

  private async onHttp(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://x');
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const bytes = Buffer.concat(chunks);
    const raw = bytes.toString('utf8');
    let body: Wire = undefined;
    let files: UploadedFile[] = [];
    if (isMultipart(req.headers['content-type'])) {
      // Discord's uploads: the JSON body in payload_json, each file in files[n].
      const form = await parseMultipart(req.headers['content-type']!, bytes);
      body = form.fields.payload_json === undefined ? undefined : JSON.parse(form.fields.payload_json);
      files = form.files;
    } else if (raw) {
      try {
        body = JSON.parse(raw);
      } catch {
        body = raw;
      }
    }
    const path = decodeURIComponent(url.pathname).replace(/^\/api\/v10/, '');
    const record: RecordedRequest = {
      method: req.method ?? 'GET',
      path,
      query: url.searchParams,
      headers: req.headers,
      body,
      files,
      status: 0,
      at: Date.now(),
    };
    this.requests.push(record);
    const reply = (status: number, payload?: unknown) => {
      record.status = status;
      if (payload === undefined) {
        res.writeHead(status);
        res.end();
      } else json(res, status, payload);
      this.changed();
    };
    const retryAfter = record.headers.authorization ? this.globalLimit.admit(path) : undefined;
    if (retryAfter !== undefined) {
      record.status = 429;
      const text = JSON.stringify({
        message: 'You are being rate limited.',
        retry_after: retryAfter,
        global: true,
      });
      res.writeHead(429, {
        'content-type': 'application/json',
        'retry-after': String(Math.ceil(retryAfter)),
        'x-ratelimit-global': 'true',
        'x-ratelimit-scope': 'global',
      });
      res.end(text);
      return this.changed();
    }
    if (files.some((f) => f.data.length > ATTACHMENT_LIMIT))
      return reply(413, { message: 'Request entity too large', code: 40005 });
    try {
      this.route(record, reply);
    } catch (err) {
      reply(500, { message: `fake discord failed: ${(err as Error).message}`, code: 0 });
    }
  }

  private route(r: RecordedRequest, reply: (status: number, payload?: unknown) => void): void {
    const { method, path, body } = r;
    const botAuth = r.headers.authorization === `Bot ${this.options.token}`;
    const unauthorized = () => reply(401, { message: '401: Unauthorized', code: 0 });
    let m: RegExpExecArray | null;

    if (method === 'GET' && path === '/gateway/bot') {
      if (!botAuth) return unauthorized();
      return reply(200, {
        url: this.gatewayUrl,
        shards: this.options.shards ?? 1,
        // Every shard may identify at once (large bots get 16 or more), so tests need not wait 5 s.
        session_start_limit: {
          total: 1000,
          remaining: 999,
          reset_after: 0,
          max_concurrency: this.options.shards ?? 1,
        },
      });
    }
    if (method === 'GET' && path === '/users/@me') {
      if (!botAuth) return unauthorized();
      return reply(200, this.apiUser(this.botUser));
    }

    if (method === 'POST' && (m = /^\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(path))) {
      const interaction = this.interactions.get(m[2]!);
      if (!interaction || interaction.id !== m[1])
        return reply(404, { message: 'Unknown interaction', code: 10062 });
      // Discord forgets an unacknowledged interaction after three seconds.
      if (!interaction.callback && Date.now() - interaction.dispatchedAt > 3000)
        return reply(404, { message: 'Unknown interaction', code: 10062 });
      if (interaction.callback)
        return reply(400, { message: 'Interaction has already been acknowledged.', code: 40060 });
      if (this.rejectNextCallbacks > 0) {
        this.rejectNextCallbacks--;
        return reply(400, { message: 'Invalid Form Body', code: 50035 });
      }
      if (body?.type === 4 || body?.type === 7) {
        const invalid = invalidMessage(body.data);
        if (invalid) return reply(400, { message: `Invalid Form Body: ${invalid}`, code: 50035 });
      }
      if (body?.type === 9) {
        // A modal answers a command or a component only, and only as the first response.
        if (interaction.payload.type !== 2 && interaction.payload.type !== 3)
          return reply(400, {
            message: 'Invalid Form Body: a modal cannot answer this interaction',
            code: 50035,
          });
        const invalid = invalidModal(body.data);
        if (invalid) return reply(400, { message: `Invalid Form Body: ${invalid}`, code: 50035 });
      }
      if (body?.type === 8 && (body.data?.choices?.length ?? 0) > 25)
        return reply(400, { message: 'Invalid Form Body: at most 25 choices', code: 50035 });
      interaction.callback = { type: body?.type, data: body?.data, at: Date.now() };
      if (body?.type === 4)
        this.message(interaction.payload.channel_id, body.data, { interaction_id: interaction.id });
      return reply(204);
    }

    if ((m = /^\/webhooks\/(\d+)\/([^/]+)(\/messages\/@original)?$/.exec(path))) {
      const interaction = this.interactions.get(m[2]!);
      if (!interaction || m[1] !== this.options.applicationId)
        return reply(404, { message: 'Unknown Webhook', code: 10015 });
      if (!interaction.callback) return reply(404, { message: 'Unknown Message', code: 10008 });
      const channelId = interaction.payload.channel_id;
      if (m[3] && method === 'PATCH') {
        const invalid = invalidMessage(body);
        if (invalid) return reply(400, { message: `Invalid Form Body: ${invalid}`, code: 50035 });
        interaction.edits.push(body);
        return reply(200, this.message(channelId, body));
      }
      if (m[3] && method === 'DELETE') {
        interaction.deleted = true;
        return reply(204);
      }
      if (m[3] && method === 'GET')
        return reply(200, this.message(channelId, interaction.edits.at(-1) ?? {}));
      if (!m[3] && method === 'POST') {
        const invalid = invalidMessage(body);
        if (invalid) return reply(400, { message: `Invalid Form Body: ${invalid}`, code: 50035 });
        interaction.followUps.push(body);
        return reply(200, this.message(channelId, body));
      }
    }

    if (method === 'POST' && path === '/users/@me/channels') {
      if (!botAuth) return unauthorized();
      const userId = String(body?.recipient_id ?? '');
      if (!/^\d+$/.test(userId)) return reply(400, { message: 'Invalid Form Body', code: 50035 });
      let id = this.dmChannels.get(userId);
      if (!id) this.dmChannels.set(userId, (id = snowflake()));
      return reply(200, { id, type: 1, recipients: [{ id: userId, username: `user${userId}` }] });
    }

    if ((m = /^\/channels\/(\d+)\/messages(?:\/(\d+))?$/.exec(path))) {
      if (!botAuth) return unauthorized();
      const channelId = m[1]!;
      const dmUser = [...this.dmChannels].find(([, id]) => id === channelId)?.[0];
      if (dmUser && this.closedDms.has(dmUser))
        return reply(403, { message: 'Cannot send messages to this user', code: 50007 });
      if (this.missingChannels.has(channelId)) return reply(404, { message: 'Unknown Channel', code: 10003 });
      if (this.forbiddenChannels.has(channelId))
        return reply(403, { message: 'Missing Permissions', code: 50013 });
      if (method === 'POST' && !m[2]) {
        const invalid = invalidMessage(body) ?? this.guild.invalidMentions(body);
        if (invalid) return reply(400, { message: `Invalid Form Body: ${invalid}`, code: 50035 });
        const guild = this.options.guilds.find((g) => g.channels.some((c) => c.id === channelId));
        const mentions = { mention_roles: this.guild.mentionedRoles(body) };
        return reply(
          200,
          this.message(channelId, body, guild ? { guild_id: guild.id, ...mentions } : mentions),
        );
      }
      if (method === 'GET' && m[2]) {
        const existing = this.messages.get(m[2]);
        if (!existing || existing.channel_id !== channelId)
          return reply(404, { message: 'Unknown Message', code: 10008 });
        return reply(200, existing);
      }
      if (method === 'PATCH' && m[2]) {
        const existing = this.messages.get(m[2]);
        if (!existing || existing.channel_id !== channelId)
          return reply(404, { message: 'Unknown Message', code: 10008 });
        const invalid = invalidMessage(body);
        if (invalid) return reply(400, { message: `Invalid Form Body: ${invalid}`, code: 50035 });
        for (const key of ['content', 'embeds', 'components', 'flags'] as const) {
          if (body && key in body) existing[key] = body[key];
        }
        existing.edited_timestamp = new Date().toISOString();
        return reply(200, existing);
      }
    }

    if (method === 'PUT' && (m = /^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/.exec(path))) {
      if (!botAuth) return unauthorized();
      if (m[1] !== this.options.applicationId) return reply(403, { message: 'Missing Access', code: 50001 });
      const invalid = (body as Wire[]).map((c) => invalidLocalizations(c)).find(Boolean);
      if (invalid) return reply(400, { message: `Invalid Form Body: ${invalid}`, code: 50035 });
      const commands = (body as Wire[]).map((c) => ({
        id: snowflake(),
        application_id: m![1],
        ...(m![2] ? { guild_id: m![2] } : {}),
        version: snowflake(),
        type: 1,
        ...c,
      }));
      return reply(200, commands);
    }

    if (botAuth && this.guild.route(r, reply)) return;

    reply(404, { message: `404: Not Found (fake discord has no route ${method} ${path})`, code: 0 });
  }
}
