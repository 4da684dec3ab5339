import { localizeFact } from '../../content/index.ts';
import { factReply, problem } from '../replies.ts';
import type { CommandDefinition } from '../types.ts';

export const fact: CommandDefinition = {
  name: 'fact',
  description: 'Look up a topic, e.g. /fact cepa',
  usage: '/fact <topic>',
  options: [
    {
      name: 'topic',
      description: 'A topic, e.g. cepa, malabar, shinkansen',
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
      );
    const suggestions = found.suggestions.map((f) => localizeFact(f, ctx.lang).title);
    return problem(
      suggestions.length > 0
        ? `I have no fact on "${topic.slice(0, 60)}". Did you mean: ${suggestions.join('; ')}?`
        : `I have no fact on "${topic.slice(0, 60)}". Try /topics to see what I know.`,
    );
  },
};
