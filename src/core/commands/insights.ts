import { insights as build } from '../community/insights.ts';
import type { CommandDefinition } from '../types.ts';

export const insights: CommandDefinition = {
  name: 'insights',
  description: "The group's last two weeks: participation, hard questions, weak sections, lost streaks",
  usage: '/insights',
  adminOnly: true,
  options: [],
  run: (ctx) => build(ctx),
};
