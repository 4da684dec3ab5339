import { fileReport, reportTarget, splitReport } from '../community/reports.ts';
import type { CommandDefinition } from '../types.ts';

export const report: CommandDefinition = {
  name: 'report',
  description: 'Report a mistake in the question you last answered (or its fact)',
  usage: '/report [fact] <what is wrong>',
  options: [
    {
      name: 'problem',
      description: 'What is wrong; start with "fact" to report the fact instead of the question',
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
