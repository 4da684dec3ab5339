import type { RankedMember } from '../../store/standings.ts';
import { problem } from '../replies.ts';
import type { CommandDefinition } from '../types.ts';

const line = (r: RankedMember) => `${r.rank}. ${r.displayName} — ${r.points} pts (${r.answered} answered)`;

export const leaderboard: CommandDefinition = {
  name: 'leaderboard',
  description: 'Top 10 of this week (or all time), with your rank',
  usage: '/leaderboard [week|all]',
  runIn: 'community',
  reply: 'public',
  options: [
    {
      name: 'period',
      description: 'This week (default) or all time',
      required: false,
      type: 'string',
      choices: [
        { name: 'This week', value: 'week' },
        { name: 'All time', value: 'all' },
      ],
    },
  ],
  async run(ctx, args) {
    const period = (args.period ?? 'week').trim().toLowerCase();
    if (!['week', 'all', 'alltime', 'all-time'].includes(period)) {
      return problem('Choose "week" or "all", e.g. /leaderboard all.');
    }
    const { standings } = ctx.services.store;
    const me = await standings.findMember(ctx.actor.platform, ctx.actor.userId);
    const board =
      period === 'week'
        ? await standings.week(ctx.community.id, ctx.today, me?.id ?? null)
        : await standings.allTime(ctx.community.id, me?.id ?? null);
    const title = period === 'week' ? 'Leaderboard · this week' : 'Leaderboard · all time';
    if (board.top.length === 0) {
      return {
        visibility: 'public',
        tone: 'info',
        title,
        lines: ['Nobody has answered yet. Be the first: /daily'],
      };
    }
    const lines = board.top.map(line);
    if (board.caller) lines.push('…', line(board.caller));
    const footer =
      me && !board.top.some((r) => r.memberId === me.id) && !board.caller
        ? 'Answer the daily question to get on the board.'
        : `${board.totalRanked} ranked`;
    return { visibility: 'public', tone: 'info', title, lines, footer };
  },
};
