// The fake Discord's guild features beyond messages: threads started from a message, pins, member
// roles and DM channels, with the documented limits and errors the real API gives (thread names of
// 1-100 characters, one thread per message, auto-archive durations, 250 pins per channel, Missing
// Permissions where the bot lacks Create Public Threads / Pin Messages / Manage Roles, Unknown Role).
// FakeDiscord routes these paths here; the state is public for the tests' assertions.
import type { RecordedRequest, Wire } from './discord-server.ts';

export const PINS_PER_CHANNEL = 250;
const ARCHIVE_DURATIONS = new Set([60, 1440, 4320, 10080]);

type Reply = (status: number, payload?: unknown) => void;
const forbidden = (reply: Reply) => reply(403, { message: 'Missing Permissions', code: 50013 });
const invalid = (reply: Reply, what: string) =>
  reply(400, { message: `Invalid Form Body: ${what}`, code: 50035 });

export class FakeGuildFeatures {
  /** Threads by id (a thread started from a message has the message's id). */
  readonly threads = new Map<string, { name: string; parentId: string; archived: boolean }>();
  /** Pinned message ids per channel, newest first. */
  readonly pins = new Map<string, string[]>();
  /** Roles per `${guildId}:${userId}`. */
  readonly memberRoles = new Map<string, Set<string>>();
  /** DM channel id per user id, and what was sent there. */
  readonly dms = new Map<string, string>();
  /** What the bot may not do: 'threads:<channelId>', 'pins:<channelId>', 'roles:<guildId>'. */
  readonly denied = new Set<string>();

  constructor(
    private readonly messages: Map<string, Wire>,
    private readonly guildRoles: (guildId: string) => string[] | undefined,
    private readonly newId: () => string,
  ) {}

  rolesOf(guildId: string, userId: string): string[] {
    return [...(this.memberRoles.get(`${guildId}:${userId}`) ?? [])];
  }

  /** The roles a message's content really pings, as allowed_mentions lets it (Discord's rule). */
  mentionedRoles(body: Wire): string[] {
    const inContent = [...String(body?.content ?? '').matchAll(/<@&(\d+)>/g)].map((m) => m[1]!);
    const allowed = body?.allowed_mentions;
    if (!allowed) return inContent; // no allowed_mentions: everything in the content pings
    if ((allowed.parse ?? []).includes('roles')) return inContent;
    return inContent.filter((id) => (allowed.roles ?? []).includes(id));
  }

  /** A message body's allowed_mentions problem, as Discord reports it, if any. */
  invalidMentions(body: Wire): string | undefined {
    const allowed = body?.allowed_mentions;
    if (!allowed) return undefined;
    if ((allowed.roles?.length ?? 0) > 100) return 'allowed_mentions.roles: at most 100';
    if ((allowed.parse ?? []).includes('roles') && allowed.roles)
      return 'allowed_mentions: parse roles and roles are mutually exclusive';
    return undefined;
  }

  /** Handles the request if it is one of these routes; false otherwise. */
  route(r: RecordedRequest, reply: Reply): boolean {
    const { method, path, body } = r;
    let m: RegExpExecArray | null;
    if (method === 'POST' && (m = /^\/channels\/(\d+)\/messages\/(\d+)\/threads$/.exec(path))) {
      const [channelId, messageId] = [m[1]!, m[2]!];
      if (this.denied.has(`threads:${channelId}`)) return (forbidden(reply), true);
      const message = this.messages.get(messageId);
      if (!message || message.channel_id !== channelId)
        return (reply(404, { message: 'Unknown Message', code: 10008 }), true);
      const name = String(body?.name ?? '');
      if (name.length < 1 || name.length > 100) return (invalid(reply, 'name: 1-100 characters'), true);
      if (body?.auto_archive_duration !== undefined && !ARCHIVE_DURATIONS.has(body.auto_archive_duration))
        return (invalid(reply, 'auto_archive_duration: 60, 1440, 4320 or 10080'), true);
      if (this.threads.has(messageId))
        return (
          reply(400, { message: 'A thread has already been created for this message', code: 160004 }),
          true
        );
      this.threads.set(messageId, { name, parentId: channelId, archived: false });
      reply(201, {
        id: messageId,
        type: 11,
        parent_id: channelId,
        name,
        thread_metadata: { archived: false },
      });
      return true;
    }
    if ((m = /^\/channels\/(\d+)$/.exec(path)) && method === 'PATCH') {
      const thread = this.threads.get(m[1]!);
      if (!thread) return (reply(404, { message: 'Unknown Channel', code: 10003 }), true);
      if (typeof body?.archived === 'boolean') thread.archived = body.archived;
      reply(200, {
        id: m[1],
        type: 11,
        parent_id: thread.parentId,
        name: thread.name,
        thread_metadata: thread,
      });
      return true;
    }
    if (
      (m = /^\/channels\/(\d+)\/messages\/pins\/(\d+)$/.exec(path)) &&
      (method === 'PUT' || method === 'DELETE')
    ) {
      const [channelId, messageId] = [m[1]!, m[2]!];
      if (this.denied.has(`pins:${channelId}`)) return (forbidden(reply), true);
      const message = this.messages.get(messageId);
      if (!message || message.channel_id !== channelId)
        return (reply(404, { message: 'Unknown Message', code: 10008 }), true);
      const pins = (this.pins.get(channelId) ?? []).filter((id) => id !== messageId);
      if (method === 'PUT') {
        if (pins.length >= PINS_PER_CHANNEL)
          return (reply(400, { message: 'Maximum number of pins reached (250)', code: 30003 }), true);
        pins.unshift(messageId);
      }
      message.pinned = method === 'PUT';
      this.pins.set(channelId, pins);
      reply(204);
      return true;
    }
    if (
      (m = /^\/guilds\/(\d+)\/members\/(\d+)\/roles\/(\d+)$/.exec(path)) &&
      (method === 'PUT' || method === 'DELETE')
    ) {
      const [guildId, userId, roleId] = [m[1]!, m[2]!, m[3]!];
      if (this.denied.has(`roles:${guildId}`)) return (forbidden(reply), true);
      if (!this.guildRoles(guildId)?.includes(roleId))
        return (reply(404, { message: 'Unknown Role', code: 10011 }), true);
      const key = `${guildId}:${userId}`;
      const roles = this.memberRoles.get(key) ?? new Set<string>();
      if (method === 'PUT') roles.add(roleId);
      else roles.delete(roleId);
      this.memberRoles.set(key, roles);
      reply(204);
      return true;
    }
    if (method === 'POST' && path === '/users/@me/channels') {
      const user = String(body?.recipient_id ?? '');
      if (!/^\d+$/.test(user)) return (invalid(reply, 'recipient_id'), true);
      let id = this.dms.get(user);
      if (!id) this.dms.set(user, (id = this.newId()));
      reply(200, { id, type: 1, recipients: [{ id: user, username: `user${user}` }] });
      return true;
    }
    return false;
  }
}
