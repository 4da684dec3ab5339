import type { CommandDefinition } from '../types.ts';

export const topics: CommandDefinition = {
  name: 'topics',
  description: 'Every topic you can look up with /fact',
  usage: '/topics',
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
      title: `Topics (${content.facts.length})`,
      lines: ['Look any of these up with /fact <topic>.'],
      fields: [...bySection].map(([name, titles]) => ({ name, value: titles.join(' · ') })),
    };
  },
};
