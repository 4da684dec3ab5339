// Where a group talks about the day's question: on Discord a thread under each daily post (on by
// default) and an optional role mentioned with it; on Telegram, in a forum group, the topic where
// /setup was run. /setup sets them; this reads its options and says what is now in place.
import type { Community } from '../store/index.ts';
import { t } from './i18n/index.ts';
import type { CommandArgs, CommandContext } from './types.ts';

/** A Discord id (snowflake): what a role option carries. */
const SNOWFLAKE = /^\d{15,25}$/;

export interface DiscussionSettings {
  threads?: boolean | undefined;
  /** null stops the ping. */
  pingRoleId?: string | null | undefined;
}

/** /setup's `threads` and `ping` options as settings; one clear sentence for what does not fit. */
export function discussionSettings(
  ctx: CommandContext,
  args: CommandArgs,
): DiscussionSettings | { problem: string } {
  const threads = args.threads?.trim().toLowerCase();
  const ping = args.ping?.trim();
  if (!threads && !ping) return {};
  if (ctx.place.platform !== 'discord') return { problem: t(ctx.memberLang, 'groups.setup.discordOnly') };
  if (threads && threads !== 'on' && threads !== 'off')
    return { problem: t(ctx.memberLang, 'groups.setup.threadsChoice') };
  if (ping && !SNOWFLAKE.test(ping)) return { problem: t(ctx.memberLang, 'groups.setup.pingRole') };
  return {
    threads: threads === undefined ? undefined : threads === 'on',
    // @everyone's role id is the server's own id: picking it turns the ping off.
    pingRoleId: ping === undefined ? undefined : ping === ctx.place.chatId ? null : ping,
  };
}

/** What /setup tells the group about its discussion place, after the schedule line. */
export function discussionLines(ctx: CommandContext, community: Community): string[] {
  if (community.platform === 'discord') {
    return [
      t(ctx.lang, community.discussionThreads ? 'groups.setup.threadsOn' : 'groups.setup.threadsOff'),
      community.pingRoleId
        ? t(ctx.lang, 'groups.setup.pingOn', { role: `<@&${community.pingRoleId}>` })
        : t(ctx.lang, 'groups.setup.pingOff'),
    ];
  }
  if (community.platform === 'telegram' && community.topicId) return [t(ctx.lang, 'groups.setup.topic')];
  return [];
}
