import { exportMembers } from '../community/export.ts';
import { t } from '../i18n/index.ts';
import type { CommandDefinition } from '../types.ts';

export const exportCommand: CommandDefinition = {
  name: 'export',
  description: t('en', 'command.export'),
  usage: t('en', 'command.export.usage'),
  runIn: 'community',
  reply: 'private',
  adminOnly: true,
  options: [],
  run: (ctx) => exportMembers(ctx),
};
