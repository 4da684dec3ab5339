import { t } from '../i18n/index.ts';
import { formatDay } from '../format.ts';
import { itemLabel } from '../community/reports.ts';
import { problem } from '../replies.ts';
import { localDateOf } from '../time.ts';
import type { CommandDefinition } from '../types.ts';

export const reports: CommandDefinition = {
  name: 'reports',
  description: t('en', 'command.reports'),
  usage: t('en', 'command.reports.usage'),
  runIn: 'community',
  reply: 'private',
  adminOnly: true,
  options: [
    {
      name: 'resolve',
      description: t('en', 'command.reports.resolve'),
      required: false,
      type: 'string',
    },
  ],
  async run(ctx, args) {
    const { store } = ctx.services;
    const arg = args.resolve?.trim();
    if (arg) {
      const m = /^(?:resolve\s+)?#?(\d{1,9})$/i.exec(arg);
      if (!m) return problem(t(ctx.memberLang, 'reports.badNumber'));
      const id = Number(m[1]);
      const done = await store.reports.resolve(ctx.community.id, id, ctx.actor.userId, ctx.now);
      if (!done) return problem(t(ctx.memberLang, 'reports.notFound', { id }));
      return {
        visibility: 'ephemeral',
        tone: 'success',
        lines: [t(ctx.memberLang, 'reports.resolved', { id })],
      };
    }
    const open = await store.reports.open(ctx.community.id);
    const title = t(ctx.memberLang, 'reports.title', { n: open.total });
    if (open.total === 0)
      return { visibility: 'ephemeral', tone: 'info', title, lines: [t(ctx.memberLang, 'reports.none')] };
    const lines = open.rows.map((r) =>
      t(ctx.memberLang, r.itemKind === 'fact' ? 'reports.lineFact' : 'reports.lineQuestion', {
        id: r.id,
        item: itemLabel(ctx.services, { kind: r.itemKind === 'fact' ? 'fact' : 'question', id: r.itemId }),
        text: r.text || t(ctx.memberLang, 'reports.noDetails'),
        who: r.reporter,
        day: formatDay(localDateOf(r.createdAt, ctx.community.timezone), ctx.memberLang),
      }),
    );
    return {
      visibility: 'ephemeral',
      tone: 'info',
      title,
      lines,
      footer: t(ctx.memberLang, 'reports.howToResolve', {
        more: open.total - open.rows.length,
        example: open.rows[0]!.id,
      }),
    };
  },
};
