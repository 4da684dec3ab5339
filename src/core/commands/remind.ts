// /remind HH:MM [timezone] and /remind off: a private message at that local time, at most once a
// day, only when something waits (see scheduler/reminders.ts). Telegram lets a bot message only
// members who opened a private chat with it, so in a group the command explains that with a link.
import { t } from '../i18n/index.ts';
import { cleanName } from '../format.ts';
import { problem } from '../replies.ts';
import { formatPostTime, parsePostTime } from '../time.ts';
import { resolveTimezone } from '../zones.ts';
import type { CommandDefinition } from '../types.ts';
import { needsPrivateChat, openPrivateChat } from './review.ts';

export const remind: CommandDefinition = {
  name: 'remind',
  description: t('en', 'command.remind'),
  usage: t('en', 'command.remind.usage'),
  runIn: 'community',
  reply: 'private',
  options: [
    {
      name: 'time',
      description: t('en', 'command.remind.time'),
      required: true,
      type: 'string',
    },
    {
      name: 'timezone',
      description: t('en', 'command.remind.timezone'),
      required: false,
      type: 'string',
    },
  ],
  async run(ctx, args) {
    const lang = ctx.memberLang;
    const { reminders } = ctx.services.store;
    const text = (args.time ?? '').trim().toLowerCase();
    if (text === 'off') {
      const was = await reminders.off(ctx.actor.platform, ctx.actor.userId);
      return {
        visibility: 'ephemeral',
        tone: 'success',
        lines: [t(lang, was ? 'remind.off' : 'remind.wasOff')],
      };
    }
    if (needsPrivateChat(ctx)) return openPrivateChat(ctx, 'remind', [t(lang, 'remind.startFirst')]);
    const minutes = parsePostTime(text);
    if (minutes === undefined) return problem(t(lang, 'remind.badTime'));
    const before = await reminders.of(ctx.actor.platform, ctx.actor.userId);
    const resolved = resolveTimezone(args.timezone ?? before?.timezone ?? ctx.community.timezone);
    if ('problem' in resolved) return problem(resolved.problem);
    const time = formatPostTime(minutes);
    await reminders.set(
      {
        platform: ctx.actor.platform,
        externalId: ctx.actor.userId,
        displayName: cleanName(ctx.actor.displayName),
      },
      time,
      resolved.zone,
    );
    return {
      visibility: 'ephemeral',
      tone: 'success',
      lines: [t(lang, 'remind.set', { time, zone: resolved.zone })],
    };
  },
};
