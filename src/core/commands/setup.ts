import { discussionSettings, discussionLines } from '../discussion.ts';
import { problem } from '../replies.ts';
import { formatPostTime, parsePostTime } from '../time.ts';
import { resolveTimezone } from '../zones.ts';
import type { CommandDefinition } from '../types.ts';

export const setup: CommandDefinition = {
  name: 'setup',
  description: 'Set the daily post time and timezone for this group',
  usage: '/setup <HH:MM> [timezone] [threads] [ping]',
  adminOnly: true,
  options: [
    {
      name: 'time',
      description: 'Local time of the daily post, 24-hour HH:MM (e.g. 07:30)',
      required: true,
      type: 'string',
    },
    {
      name: 'timezone',
      description: 'IANA timezone name, e.g. Asia/Kolkata or Asia/Tokyo (default: the current one)',
      required: false,
      type: 'string',
    },
    {
      name: 'threads',
      description: 'Discord: open a thread under each daily post to discuss it (default: on)',
      required: false,
      type: 'string',
      choices: [
        { name: 'on', value: 'on' },
        { name: 'off', value: 'off' },
      ],
    },
    {
      name: 'ping',
      description: 'Discord: a role to mention with each daily post (pick @everyone to stop pinging)',
      required: false,
      type: 'role',
    },
  ],
  async run(ctx, args) {
    const minutes = parsePostTime(args.time ?? '');
    if (minutes === undefined) {
      return problem(
        `"${(args.time ?? '').slice(0, 20)}" is not a time I understand; use 24-hour HH:MM, e.g. /setup 07:30 Asia/Kolkata.`,
      );
    }
    // Stored by its canonical name ("asia/kolkata" -> Asia/Kolkata); abbreviations get a suggestion.
    const resolved = resolveTimezone(args.timezone ?? ctx.community.timezone);
    if ('problem' in resolved) return problem(resolved.problem);
    const timezone = resolved.zone;
    const postTime = formatPostTime(minutes);
    const discussion = discussionSettings(ctx, args);
    if ('problem' in discussion) return problem(discussion.problem);
    await ctx.services.store.communities.setSchedule(ctx.community.id, {
      postTime,
      timezone,
      channelId: ctx.place.channelId,
      // A Telegram forum group gets its post in the topic where /setup ran (none: the General topic).
      topicId: ctx.place.platform === 'telegram' ? (ctx.place.threadId ?? null) : undefined,
      setupBy: ctx.actor.userId,
    });
    const updated = await ctx.services.store.communities.setDiscussion(ctx.community.id, discussion);
    return {
      visibility: 'public',
      tone: 'success',
      title: 'Daily post scheduled',
      lines: [
        `Every day at ${postTime} (${timezone}) I'll post a fact and a question here.`,
        'Use /pause to stop and /resume to start again.',
        ...discussionLines(ctx, updated),
      ],
    };
  },
};
