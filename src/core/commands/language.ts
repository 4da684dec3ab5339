// /language: a member's own language for the replies only they see (issue 14). The community's
// language (daily posts, public replies) is an admin's, set with /setup. In a private chat with the
// bot, the chat is the member's own, so its daily post follows their choice too.
import { communityLang, langOf, t } from '../i18n/index.ts';
import { parseLanguage } from '../language.ts';
import { cleanName } from '../format.ts';
import { problem } from '../replies.ts';
import type { CommandDefinition } from '../types.ts';

const choices = [
  { name: t('en', 'command.language.language.en'), value: 'en' },
  { name: t('en', 'command.language.language.hi'), value: 'hi' },
];

export const language: CommandDefinition = {
  name: 'language',
  description: t('en', 'command.language'),
  usage: t('en', 'command.language.usage'),
  runIn: 'anywhere',
  reply: 'private',
  options: [
    {
      name: 'language',
      description: t('en', 'command.language.language'),
      required: false,
      type: 'string',
      choices,
    },
  ],
  async run(ctx, args) {
    const text = (args.language ?? '').trim();
    const community = t(ctx.memberLang, 'language.community', {
      language: t(ctx.memberLang, 'language.name', { lang: communityLang(ctx.community) }),
    });
    if (!text) {
      const { actor } = ctx;
      const saved = await ctx.services.store.members.language(actor.platform, actor.userId);
      // Where the member's language came from, in the order memberLang looks.
      const why = langOf(saved) ? 'choice' : langOf(actor.locale) ? 'platform' : 'community';
      return {
        visibility: 'ephemeral',
        tone: 'info',
        title: t(ctx.memberLang, 'language.title'),
        lines: [
          t(ctx.memberLang, 'language.current', {
            language: t(ctx.memberLang, 'language.name', { lang: ctx.memberLang }),
            why,
          }),
          ...(ctx.place.isPrivate ? [] : [community]),
          t(ctx.memberLang, 'language.how'),
        ],
      };
    }
    const lang = parseLanguage(text);
    if (!lang) return problem(t(ctx.memberLang, 'language.unknown', { text: text.slice(0, 40) }));
    const { actor } = ctx;
    await ctx.services.store.members.setLanguage(
      { platform: actor.platform, externalId: actor.userId, displayName: cleanName(actor.displayName) },
      lang,
    );
    // A private chat is the member's own community: its daily post follows their choice.
    if (ctx.place.isPrivate) await ctx.services.store.communities.setLanguage(ctx.community.id, lang);
    return {
      visibility: 'ephemeral',
      tone: 'success',
      lang,
      title: t(lang, 'language.title'),
      lines: [
        t(lang, 'language.saved', { language: t(lang, 'language.name', { lang }) }),
        ...(ctx.place.isPrivate
          ? []
          : [
              t(lang, 'language.community', {
                language: t(lang, 'language.name', { lang: communityLang(ctx.community) }),
              }),
            ]),
      ],
    };
  },
};
