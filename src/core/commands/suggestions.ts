// /suggestions: the community's members' questions waiting for an admin, each with Approve,
// Approve + daily and Decline buttons (the decision is checked again when a button is tapped).
// Private: the list shows the answers.
import { t } from '../i18n/index.ts';
import { letter } from '../replies.ts';
import { decisionButtons } from '../taps/kinds/suggestion.ts';
import { OPTION_LETTERS, type QuestionInput } from '../../content/index.ts';
import type { CommandDefinition } from '../types.ts';

// One at a time: its three buttons fit every platform's row (Discord: five a row).
const SHOWN = 1;

export const suggestions: CommandDefinition = {
  name: 'suggestions',
  description: t('en', 'command.suggestions'),
  usage: t('en', 'command.suggestions.usage'),
  runIn: 'community',
  reply: 'private',
  adminOnly: true,
  options: [],
  async run(ctx) {
    const lang = ctx.memberLang;
    const { rows, total } = await ctx.services.store.suggestions.pending(ctx.community.id, SHOWN);
    const title = t(lang, 'suggestions.title', { n: total });
    if (total === 0)
      return {
        visibility: 'ephemeral',
        tone: 'info',
        title,
        lines: [t(lang, 'suggestions.none')],
      };
    const fields = rows.map((r) => {
      const q = r.question as QuestionInput;
      const options = (q.options ?? []).map((o, i) => `${letter(i)} ${o}`).join('\n');
      const key = letter(OPTION_LETTERS.indexOf(q.answer ?? 'A'));
      return {
        name: t(lang, 'suggestions.item', { id: r.id, who: r.author.displayName }),
        value: t(lang, 'suggestions.body', {
          prompt: q.prompt ?? '',
          options,
          key,
          explanation: q.explanation,
        }),
      };
    });
    return {
      visibility: 'ephemeral',
      tone: 'info',
      title,
      lines: [],
      fields,
      // The terminal has no buttons: there the way to decide is typed.
      footer: t(
        lang,
        ctx.place.capabilities?.includes('buttons') ? 'suggestions.howTo' : 'suggestions.howToTyped',
        {
          example: rows[0]!.id,
          more: total - rows.length,
        },
      ),
      buttons: rows.flatMap((r) => decisionButtons(r.id, lang)),
      privateOnly: true,
    };
  },
};
