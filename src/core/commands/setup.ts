import { problem } from '../replies.ts';
import { formatPostTime, parsePostTime } from '../time.ts';
import { resolveTimezone } from '../zones.ts';
import type { CommandDefinition } from '../types.ts';

export const setup: CommandDefinition = {
  name: 'setup',
  description: 'Set the daily post time and timezone for this group',
  usage: '/setup <HH:MM> [timezone]',
  runIn: 'community',
  reply: 'public',
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
    await ctx.services.store.communities.setSchedule(ctx.community.id, {
      postTime,
      timezone,
      channelId: ctx.place.channelId,
    });
    return {
      visibility: 'public',
      tone: 'success',
      title: 'Daily post scheduled',
      lines: [
        `Every day at ${postTime} (${timezone}) I'll post a fact and a question here.`,
        'Use /pause to stop and /resume to start again.',
      ],
    };
  },
};
