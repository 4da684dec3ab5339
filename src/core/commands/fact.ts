import { localizeFact } from '../../content/index.ts';
import { factReply, problem } from '../replies.ts';
import type { CommandDefinition } from '../types.ts';
import { t } from '../i18n/index.ts';

export const fact: CommandDefinition = {
  name: 'fact',
  description: t('en', 'command.fact'),
  usage: t('en', 'command.fact.usage'),
  runIn: 'anywhere',
  reply: 'public',
  options: [
    {
      name: 'topic',
      description: t('en', 'command.fact.topic'),
      required: true,
      type: 'string',
      autocomplete: true,
    },
  ],
  async run(ctx, args) {
    const { content } = ctx.services;
    const topic = (args.topic ?? '').trim();
    // A picked autocomplete entry arrives as the fact id.
    const found = content.fact(topic)
      ? { kind: 'found' as const, fact: content.fact(topic)! }
      : content.lookup(topic);
    // Found in any language, shown in the reply's (public: the community's).
    if (found.kind === 'found')
      return factReply(
        localizeFact(found.fact, ctx.lang),
        content.sectionTitle(found.fact.section, ctx.lang),
        'public',
        ctx.lang,
      );
    // Suggestions go in a reply only the caller sees: their language.
    const suggestions = found.suggestions.map((f) => localizeFact(f, ctx.memberLang).title);
    return problem(
      suggestions.length > 0
        ? t(ctx.memberLang, 'fact.notFoundSuggest', {
            topic: topic.slice(0, 60),
            suggestions: suggestions.join('; '),
          })
        : t(ctx.memberLang, 'fact.notFound', { topic: topic.slice(0, 60) }),
    );
  },
};
