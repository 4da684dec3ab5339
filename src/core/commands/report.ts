import { fileReport, reportTarget, splitReport } from '../community/reports.ts';
import { t } from '../i18n/index.ts';
import type { CommandDefinition } from '../types.ts';

export const report: CommandDefinition = {
  name: 'report',
  description: t('en', 'command.report'),
  usage: t('en', 'command.report.usage'),
  runIn: 'community',
  reply: 'private',
  options: [
    {
      name: 'problem',
      description: t('en', 'command.report.problem'),
      required: true,
      type: 'string',
    },
  ],
  async run(ctx, args) {
    const { kind, text } = splitReport(args.problem ?? '');
    const who = { services: ctx.services, community: ctx.community, actor: ctx.actor, lang: ctx.memberLang };
    return fileReport(who, await reportTarget(ctx, kind), text);
  },
};
