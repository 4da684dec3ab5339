// /suggest: a member writes a question for their community (issue 15 item 4). It answers with a
// form (Discord: a modal; Telegram and the terminal: one field per message); the filled form is
// checked by the pack's own schema and lint rules and queued for the community's admins. A Telegram
// group sends the member to their private chat with the bot, with the group in the link, so the
// question is tied to the group it is for.
import { cleanName } from '../format.ts';
import { formId } from '../forms/submit.ts';
import { t } from '../i18n/index.ts';
import { problem } from '../replies.ts';
import { checkSuggestion, suggestFields } from '../suggest/validate.ts';
import type { CommandDefinition } from '../types.ts';
import { needsPrivateChat } from './review.ts';

export const suggest: CommandDefinition = {
  name: 'suggest',
  description: t('en', 'command.suggest'),
  usage: t('en', 'command.suggest.usage'),
  runIn: 'community',
  reply: 'private',
  options: [],
  form: (lang) => ({ title: t(lang, 'suggest.form.title'), fields: suggestFields(lang) }),
  async run(ctx, args) {
    if (needsPrivateChat(ctx))
      return {
        visibility: 'ephemeral',
        tone: 'info',
        lines: [t(ctx.memberLang, 'suggest.openPrivate')],
        openPrivate: {
          start: `suggest_${ctx.community.id}`,
          label: t(ctx.memberLang, 'suggest.openPrivateButton'),
        },
      };
    // From a group's link (/start suggest_<id>): the form is for that group.
    const target = args.community && /^\d{1,9}$/.test(args.community) ? Number(args.community) : undefined;
    return {
      visibility: 'ephemeral',
      tone: 'info',
      lines: [],
      form: { id: formId('suggest', target), ...suggest.form!(ctx.memberLang) },
    };
  },
  async submit(ctx, values) {
    const checked = checkSuggestion(ctx.services.content, values, ctx.memberLang);
    if (!checked.ok) return problem(checked.problem);
    const id = await ctx.services.store.suggestions.add({
      communityId: ctx.community.id,
      member: {
        platform: ctx.actor.platform,
        externalId: ctx.actor.userId,
        displayName: cleanName(ctx.actor.displayName),
      },
      question: checked.input,
    });
    return { visibility: 'ephemeral', tone: 'success', lines: [t(ctx.memberLang, 'suggest.queued', { id })] };
  },
};
