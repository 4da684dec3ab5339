// /contributors: members ranked by the questions they wrote that this community's admins approved.
import { t } from '../i18n/index.ts';
import type { CommandDefinition } from '../types.ts';

export const contributors: CommandDefinition = {
  name: 'contributors',
  description: t('en', 'command.contributors'),
  usage: t('en', 'command.contributors.usage'),
  runIn: 'community',
  reply: 'public',
  options: [],
  async run(ctx) {
    const rows = await ctx.services.store.suggestions.contributors(ctx.community.id);
    const title = t(ctx.lang, 'contributors.title');
    if (rows.length === 0)
      return { visibility: 'public', tone: 'info', title, lines: [t(ctx.lang, 'contributors.none')] };
    return {
      visibility: 'public',
      tone: 'info',
      title,
      lines: rows.map((r, i) =>
        t(ctx.lang, 'contributors.line', { rank: i + 1, name: r.displayName, n: r.approved }),
      ),
    };
  },
};
