import { exportMembers } from '../community/export.ts';
import type { CommandDefinition } from '../types.ts';

export const exportCommand: CommandDefinition = {
  name: 'export',
  description: "A spreadsheet (CSV) of every member's points and streaks",
  usage: '/export',
  adminOnly: true,
  options: [],
  run: (ctx) => exportMembers(ctx),
};
