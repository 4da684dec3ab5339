import type { CommandDefinition } from '../types.ts';
import { t } from '../i18n/index.ts';

export const topics: CommandDefinition = {
  name: 'topics',
  description: t('en', 'command.topics'),
  usage: t('en', 'command.topics.usage'),
  runIn: 'anywhere',
  reply: 'private',
  options: [],
  async run(ctx) {
    const { content } = ctx.services;
    const bySection = new Map<string, string[]>();
    for (const f of content.facts) {
      const title = content.section(f.section)?.title ?? f.section;
      bySection.set(title, [...(bySection.get(title) ?? []), f.title]);
    }
    return {
      visibility: 'ephemeral',
      tone: 'info',
      title: t(ctx.memberLang, 'topics.title', { n: content.facts.length }),
      lines: [t(ctx.memberLang, 'topics.hint')],
      fields: [...bySection].map(([name, titles]) => ({ name, value: titles.join(' · ') })),
    };
  },
};
