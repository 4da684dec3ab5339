import { problem } from '../replies.ts';
import { formatPostTime, parsePostTime } from '../time.ts';
import { resolveTimezone } from '../zones.ts';
import type { CommandDefinition } from '../types.ts';
import { t } from '../i18n/index.ts';

export const setup: CommandDefinition = {
  name: 'setup',
  description: t('en', 'command.setup'),
  usage: t('en', 'command.setup.usage'),
  runIn: 'community',
  reply: 'public',
  adminOnly: true,
  options: [
    {
      name: 'time',
      description: t('en', 'command.setup.time'),
      required: true,
      type: 'string',
    },
    {
      name: 'timezone',
      description: t('en', 'command.setup.timezone'),
      required: false,
      type: 'string',
    },
  ],
  async run(ctx, args) {
    const minutes = parsePostTime(args.time ?? '');
    if (minutes === undefined) {
      return problem(t(ctx.memberLang, 'setup.badTime', { typed: (args.time ?? '').slice(0, 20) }));
    }
    // Stored by its canonical name ("asia/kolkata" -> Asia/Kolkata); abbreviations get a suggestion.
    const resolved = resolveTimezone(args.timezone ?? ctx.community.timezone, ctx.memberLang);
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
      title: t(ctx.lang, 'setup.title'),
      lines: [t(ctx.lang, 'setup.when', { time: postTime, zone: timezone }), t(ctx.lang, 'setup.controls')],
    };
  },
};
