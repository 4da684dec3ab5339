import { discussionSettings, discussionLines } from '../discussion.ts';
import { parseLanguage } from '../language.ts';
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
    {
      name: 'language',
      description: t('en', 'command.setup.language'),
      required: false,
      type: 'string',
      choices: [
        { name: t('en', 'command.setup.language.en'), value: 'en' },
        { name: t('en', 'command.setup.language.hi'), value: 'hi' },
      ],
    },
    {
      name: 'threads',
      description: t('en', 'command.setup.threads'),
      required: false,
      type: 'string',
      choices: [
        { name: 'on', value: 'on' },
        { name: 'off', value: 'off' },
      ],
    },
    {
      name: 'ping',
      description: t('en', 'command.setup.ping'),
      required: false,
      type: 'role',
    },
  ],
  async run(ctx, args) {
    const minutes = parsePostTime(args.time ?? '');
    if (minutes === undefined) {
      return problem(t(ctx.memberLang, 'setup.badTime', { typed: (args.time ?? '').slice(0, 20) }));
    }
    // Typed after the time, "hi" is a language, not a timezone: /setup 07:30 hi.
    let zoneText = args.timezone;
    let languageText = args.language?.trim() || undefined;
    if (languageText === undefined && parseLanguage(zoneText))
      [zoneText, languageText] = [undefined, zoneText];
    const language = languageText === undefined ? undefined : parseLanguage(languageText);
    if (languageText !== undefined && !language)
      return problem(t(ctx.memberLang, 'language.setupUnknown', { text: languageText.slice(0, 40) }));
    // Stored by its canonical name ("asia/kolkata" -> Asia/Kolkata); abbreviations get a suggestion.
    const resolved = resolveTimezone(zoneText ?? ctx.community.timezone, ctx.memberLang);
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
    if (language) await ctx.services.store.communities.setLanguage(ctx.community.id, language);
    // Public: in the community's language, the one just chosen when there is one.
    const lang = language ?? ctx.lang;
    return {
      visibility: 'public',
      tone: 'success',
      lang,
      title: t(lang, 'setup.title'),
      lines: [
        t(lang, 'setup.when', { time: postTime, zone: timezone }),
        t(lang, 'setup.controls'),
        ...discussionLines({ ...ctx, lang }, updated),
        ...(language ? [t(lang, 'language.setupSet', { language: t(lang, 'language.name', { lang }) })] : []),
      ],
    };
  },
};
