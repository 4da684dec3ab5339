import { t } from '../i18n/index.ts';
import { parseLanguage } from '../language.ts';
import { problem } from '../replies.ts';
import { formatPostTime, parsePostTime } from '../time.ts';
import { resolveTimezone } from '../zones.ts';
import type { CommandDefinition } from '../types.ts';

export const setup: CommandDefinition = {
  name: 'setup',
  description: t('en', 'meta.setup.description'),
  usage: '/setup <HH:MM> [timezone] [en | hi]',
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
      name: 'language',
      description: t('en', 'meta.setup.language.description'),
      required: false,
      type: 'string',
      choices: [
        { name: t('en', 'meta.setup.language.en'), value: 'en' },
        { name: t('en', 'meta.setup.language.hi'), value: 'hi' },
      ],
    },
  ],
  async run(ctx, args) {
    const minutes = parsePostTime(args.time ?? '');
    if (minutes === undefined) {
      return problem(
        `"${(args.time ?? '').slice(0, 20)}" is not a time I understand; use 24-hour HH:MM, e.g. /setup 07:30 Asia/Kolkata.`,
      );
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
    const resolved = resolveTimezone(zoneText ?? ctx.community.timezone);
    if ('problem' in resolved) return problem(resolved.problem);
    const timezone = resolved.zone;
    const postTime = formatPostTime(minutes);
    await ctx.services.store.communities.setSchedule(ctx.community.id, {
      postTime,
      timezone,
      channelId: ctx.place.channelId,
    });
    if (language) await ctx.services.store.communities.setLanguage(ctx.community.id, language);
    return {
      visibility: 'public',
      tone: 'success',
      title: 'Daily post scheduled',
      lines: [
        `Every day at ${postTime} (${timezone}) I'll post a fact and a question here.`,
        'Use /pause to stop and /resume to start again.',
        ...(language
          ? [t(language, 'language.setupSet', { language: t(language, 'language.name', { lang: language }) })]
          : []),
      ],
    };
  },
};
