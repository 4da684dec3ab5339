import { insights as build } from '../community/insights.ts';
import { t } from '../i18n/index.ts';
import type { CommandDefinition } from '../types.ts';

export const insights: CommandDefinition = {
  name: 'insights',
  description: t('en', 'command.insights'),
  usage: t('en', 'command.insights.usage'),
  runIn: 'community',
  reply: 'private',
  adminOnly: true,
  options: [],
  run: (ctx) => build(ctx),
};
