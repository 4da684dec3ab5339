import type { RankedMember } from '../../store/standings.ts';
import type { Lang } from '../i18n/index.ts';
import { problem } from '../replies.ts';
import type { CommandDefinition } from '../types.ts';
import { t } from '../i18n/index.ts';

const line = (lang: Lang) => (r: RankedMember) =>
  t(lang, 'leaderboard.line', { rank: r.rank, name: r.displayName, points: r.points, answered: r.answered });

export const leaderboard: CommandDefinition = {
  name: 'leaderboard',
  description: t('en', 'command.leaderboard'),
  usage: t('en', 'command.leaderboard.usage'),
  runIn: 'community',
  reply: 'public',
  options: [
    {
      name: 'period',
      description: t('en', 'command.leaderboard.period'),
      required: false,
      type: 'string',
      choices: [
        { name: t('en', 'command.leaderboard.period.week'), value: 'week' },
        { name: t('en', 'command.leaderboard.period.all'), value: 'all' },
      ],
    },
  ],
  async run(ctx, args) {
    const period = (args.period ?? 'week').trim().toLowerCase();
    if (!['week', 'all', 'alltime', 'all-time'].includes(period)) {
      return problem(t(ctx.memberLang, 'leaderboard.badPeriod'));
    }
    const { standings } = ctx.services.store;
    const me = await standings.findMember(ctx.actor.platform, ctx.actor.userId);
    const board =
      period === 'week'
        ? await standings.week(ctx.community.id, ctx.today, me?.id ?? null)
        : await standings.allTime(ctx.community.id, me?.id ?? null);
    const title = t(ctx.lang, period === 'week' ? 'leaderboard.titleWeek' : 'leaderboard.titleAll');
    if (board.top.length === 0) {
      return {
        visibility: 'public',
        tone: 'info',
        title,
        lines: [t(ctx.lang, 'leaderboard.empty')],
      };
    }
    const lines = board.top.map(line(ctx.lang));
    if (board.caller) lines.push('…', line(ctx.lang)(board.caller));
    const footer =
      me && !board.top.some((r) => r.memberId === me.id) && !board.caller
        ? t(ctx.lang, 'leaderboard.getOn')
        : t(ctx.lang, 'leaderboard.ranked', { n: board.totalRanked });
    return { visibility: 'public', tone: 'info', title, lines, footer };
  },
};
