// The Discord adapter: discord.js over the study core. A guild is a community; its daily post goes
// to the channel where an admin ran /setup. Only the Guilds intent is needed: slash commands and
// buttons arrive as interactions, which need no message-content or member intents.
import { once } from 'node:events';
import {
  Client,
  Events,
  GatewayIntentBits,
  Options,
  RESTJSONErrorCodes,
  Routes,
  type APIMessage,
  type RESTPostAPIChannelMessageJSONBody,
} from 'discord.js';
import type { StudyCore } from '../../core/engine.ts';
import { CommunityUnreachableError, type Reply } from '../../core/types.ts';
import type { Logger } from '../../log.ts';
import type { Community } from '../../store/index.ts';
import { formatMessageRef, parseMessageRef } from '../messageRef.ts';
import type { PlatformAdapter, SentPost } from '../types.ts';
import { AnswerCounter, type CountTarget } from './answerCounter.ts';
import { discordCode, isUnreachable, safeError } from './errors.ts';
import { Discussion, pingOf } from './discussion.ts';
import { sendDirect } from './dm.ts';
import { createInteractionHandler } from './interactions.ts';
import { RoleRewards } from './rewards.ts';
import { countRestEvents } from './metrics.ts';
import { pacedRest } from './pacing.ts';
import { renderMessage, withAnsweredCount } from './render.ts';

export { registerDiscordCommands, slashCommandData } from './register.ts';

export interface DiscordAdapterOptions {
  core: StudyCore;
  token: string;
  applicationId: string;
  /** Another Discord-compatible API base (tests), e.g. http://127.0.0.1:3001/api. */
  apiUrl?: string | undefined;
  log: Logger;
  /** Reply directly when the core answers within this time, else defer first (0: always defer). Default 1500 ms. */
  deferAfterMs?: number;
  /** Least time between two edits of a post's answer count. Default 8000 ms. */
  countEditIntervalMs?: number;
  /** How long the first tap on a quiet post waits to gather others. Default 1000 ms. */
  countCoalesceMs?: number;
  /** How long start() waits for the gateway to be ready. Default 60 s. */
  readyTimeoutMs?: number;
  /**
   * Called once, with one sentence, when the gateway gave up after start (a close code discord.js
   * does not reconnect from, such as a revoked token): the process should report unhealthy and exit.
   */
  onFatal?: ((reason: string) => void) | undefined;
}

export type DiscordAdapter = PlatformAdapter & { client: Client };

type MessageBody = ReturnType<typeof renderMessage>;

/** discord.js option names to the REST body Discord expects. */
function restBody(message: MessageBody): RESTPostAPIChannelMessageJSONBody {
  return {
    embeds: message.embeds,
    components: message.components,
    allowed_mentions: { parse: [] },
    // A picture is uploaded with the message: attachment i is files[i] of the multipart body.
    ...(message.files
      ? { attachments: message.files.map((f, id) => ({ id, filename: f.name, description: f.description })) }
      : {}),
  };
}

/** The files of a message for the REST client's multipart upload. */
const restFiles = (message: MessageBody) =>
  message.files?.map((f) => ({ name: f.name, data: f.attachment, contentType: 'image/png' }));

export function createDiscordAdapter(options: DiscordAdapterOptions): DiscordAdapter {
  const { core, log } = options;
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    // Every shard Discord recommends (GET /gateway/bot), in this process. Under a ShardingManager
    // (docs/operations.md, src/shards.ts) discord.js takes the shards it was given instead.
    ...(process.env.SHARDING_MANAGER ? {} : { shards: 'auto' as const }),
    rest: { version: '10', ...(options.apiUrl ? { api: options.apiUrl } : {}) },
    // Belt and braces: every payload also sets allowedMentions itself.
    allowedMentions: { parse: [] },
    // The bot reads no messages; tapped messages arrive whole with each interaction.
    makeCache: Options.cacheWithLimits({
      ...Options.DefaultMakeCacheSettings,
      MessageManager: 0,
      GuildMemberManager: { maxSize: 200, keepOverLimit: (member) => member.id === member.client.user.id },
    }),
  });

  countRestEvents(client.rest);
  const paced = pacedRest(client.rest);

  const counter = new AnswerCounter({
    count: (postId) => core.services.store.dailyPosts.answerCount(postId),
    edit: async (target: CountTarget, count: number) => {
      const route = Routes.channelMessage(target.channelId, target.messageId);
      const embeds = target.embeds ?? ((await paced.get(route)) as APIMessage).embeds;
      const [first, ...rest] = embeds;
      if (!first) return;
      await paced.patch(route, {
        body: { embeds: [withAnsweredCount(first, count), ...rest], allowed_mentions: { parse: [] } },
      });
    },
    log,
    intervalMs: options.countEditIntervalMs ?? 8000,
    coalesceMs: options.countCoalesceMs ?? 1000,
  });

  const discussion = new Discussion(paced, core.services.store, log);
  const rewards = new RoleRewards(paced, core.services.store, core.services.clock, log);

  const handle = createInteractionHandler({
    core,
    log,
    counter,
    deferAfterMs: options.deferAfterMs ?? 1500,
    onRecorded: (guildId, userId) => void rewards.afterAnswer(guildId, userId),
  });
  client.on(Events.InteractionCreate, (interaction) => void handle(interaction));
  client.on(Events.Error, (err) => log.error({ error: safeError(err) }, 'discord client error'));
  client.on(Events.Warn, (message) => log.warn({ message }, 'discord client warning'));
  client.on(Events.ShardError, (err, shardId) =>
    log.warn({ error: safeError(err), shardId }, 'discord gateway connection error (discord.js reconnects)'),
  );
  // discord.js reconnects by itself except after these; then no interaction arrives any more.
  let ready = false;
  let fatal = false;
  const gaveUp = (reason: string) => {
    if (!ready || fatal) return; // before ready, start() rejects instead
    fatal = true;
    log.fatal(reason);
    options.onFatal?.(reason);
  };
  client.on(Events.ShardDisconnect, (event, shardId) =>
    gaveUp(
      `The Discord gateway closed shard ${shardId} for good (code ${event.code}${event.code === 4004 ? ': authentication failed, check DISCORD_TOKEN' : ''}), so no more commands or taps can arrive.`,
    ),
  );
  client.on(Events.Invalidated, () =>
    gaveUp(
      'The Discord session was invalidated and cannot be resumed, so no more commands or taps can arrive.',
    ),
  );
  client.on(Events.GuildCreate, (guild) => log.debug({ guildId: guild.id }, 'discord guild available'));
  // Kicked, or the server deleted (discord.js reports an outage as GuildUnavailable instead). A server
  // that adds the bot back gets its daily post after an admin's /setup, as a new one does.
  client.on(
    Events.GuildDelete,
    (guild) =>
      void core.membership({
        kind: 'left',
        place: { platform: 'discord', chatId: guild.id },
        reason: 'removed',
        detail: 'the bot was removed from the server',
      }),
  );

  /** Posts to a community's channel; a gone channel or lost permission is CommunityUnreachableError. */
  async function post(
    community: Community,
    message: MessageBody,
    extra: object = {},
  ): Promise<{ channelId: string; id: string }> {
    const channelId = community.channelId;
    if (!channelId) {
      log.warn(
        { communityId: community.id, guildId: community.externalId },
        'discord community has no channel to post in; an admin must run /setup in one',
      );
      throw new CommunityUnreachableError(
        `discord community ${community.id} has no channel; run /setup in one`,
      );
    }
    try {
      const sent = (await paced.post(Routes.channelMessages(channelId), {
        body: { ...restBody(message), ...extra },
        ...(message.files ? { files: restFiles(message) } : {}),
      })) as APIMessage;
      return { channelId, id: sent.id };
    } catch (err) {
      if (isUnreachable(err)) {
        log.warn(
          {
            error: safeError(err),
            code: discordCode(err),
            communityId: community.id,
            guildId: community.externalId,
            channelId,
          },
          'discord channel unreachable (deleted, or the bot lost View Channel / Send Messages / Embed Links)',
        );
        throw new CommunityUnreachableError(
          `discord channel ${channelId} of community ${community.id} is unreachable`,
          { cause: err },
        );
      }
      throw err;
    }
  }

  const adapter: DiscordAdapter = {
    platform: 'discord',
    client,
    // Posts in flight at once. Discord allows about 50 requests a second per bot (discord.js queues
    // and honours 429s); ten in flight at ~100 ms each stays under it with room for interactions.
    sendConcurrency: 10,

    async start() {
      // How the core tells a member something privately (a decision on their question).
      options.core.attachSender('discord', (userId, reply) => adapter.sendPrivate!(userId, reply));
      const timeoutMs = options.readyTimeoutMs ?? 60_000;
      const controller = new AbortController();
      const timer = setTimeout(
        () => controller.abort(new Error(`Discord was not ready within ${timeoutMs} ms`)),
        timeoutMs,
      );
      const readyEvent = once(client, Events.ClientReady, { signal: controller.signal });
      // Awaited below; this only keeps a failed login from leaving an unhandled rejection.
      readyEvent.catch(() => undefined);
      try {
        // The token goes to discord.js only, never to a log.
        await client.login(options.token);
        await readyEvent;
      } catch (err) {
        await client.destroy();
        throw err;
      } finally {
        clearTimeout(timer);
        controller.abort();
      }
      ready = true;
      log.info(
        { user: client.user?.tag, applicationId: options.applicationId, guilds: client.guilds.cache.size },
        'discord connected',
      );
    },

    async stop() {
      ready = false;
      await counter.stop();
      await client.destroy();
    },

    async sendDaily(community: Community, reply: Reply): Promise<SentPost> {
      const isDaily = reply.question?.kind === 'daily';
      const message = renderMessage(reply, { answered: isDaily ? 0 : undefined });
      const sent = await post(community, message, isDaily ? pingOf(community) : undefined);
      if (isDaily) await discussion.opened(community, sent.channelId, sent.id, Number(reply.question!.ref));
      return { messageRef: formatMessageRef({ chatId: sent.channelId, messageId: sent.id, buttons: false }) };
    },

    /** The /setup admin, told that posting failed: a DM, as a reminder is. */
    tellAdmin(_community: Community, userId: string, reply: Reply): Promise<void> {
      return adapter.sendPrivate!(userId, reply);
    },

    async sendMessage(community: Community, reply: Reply): Promise<void> {
      await post(community, renderMessage(reply));
    },

    /** A reminder or a decision by DM (dm.ts): closed DMs raise PrivateChatClosedError. */
    sendPrivate: (userId: string, reply: Reply) => sendDirect(paced, userId, restBody(renderMessage(reply))),

    async closeDaily(community: Community, messageRef: string): Promise<void> {
      // The channel is the ref's chat on Discord.
      const ref = parseMessageRef(messageRef);
      if (!ref) {
        log.warn({ communityId: community.id, messageRef }, 'not a discord message ref; nothing to close');
        return;
      }
      try {
        // The day is over: remove the answer buttons, keep the fact.
        await paced.patch(Routes.channelMessage(ref.chatId, ref.messageId), {
          body: { components: [], allowed_mentions: { parse: [] } },
        });
        await discussion.closed(community, ref.messageId);
        await rewards.sweep(community);
      } catch (err) {
        if (discordCode(err) === RESTJSONErrorCodes.UnknownMessage) return; // deleted by someone
        if (isUnreachable(err)) {
          throw new CommunityUnreachableError(`discord channel ${ref.chatId} is unreachable`, {
            cause: err,
          });
        }
        throw err;
      }
    },
  };
  return adapter;
}
