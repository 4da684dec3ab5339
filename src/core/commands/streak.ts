import { problem } from '../replies.ts';
import { t } from '../i18n/index.ts';
import { streakToday } from '../streakToday.ts';
import { plural } from '../format.ts';
import type { CommandDefinition } from '../types.ts';

export const streak: CommandDefinition = {
  name: 'streak',
  description: "Your streak (or another member's)",
  usage: '/streak [member]',
  options: [{ name: 'member', description: 'Whose streak (default: yours)', required: false, type: 'user' }],
  async run(ctx, args) {
    const { standings } = ctx.services.store;
    const asked = args.member?.trim();
    const member = asked
      ? ((await standings.findMember(ctx.actor.platform, asked.replace(/^<@!?(\d+)>$/, '$1'))) ??
        (await standings.findMemberByName(ctx.community.id, ctx.actor.platform, asked)))
      : await standings.findMember(ctx.actor.platform, ctx.actor.userId);
    const self = !asked || member?.externalId === ctx.actor.userId;
    if (asked && !member) {
      // A picked user (Discord) arrives as an id: do not show the number.
      const who = /^(<@!?)?\d{5,}>?$/.test(asked) ? 'That member' : `"${asked.slice(0, 60)}"`;
      return problem(`${who} hasn't answered a daily question here yet.`);
    }
    const m = member ? await standings.membership(ctx.community.id, member.id) : null;
    const who = self ? 'You' : member!.displayName;
    if (!m || m.answered === 0) {
      return {
        visibility: 'public',
        tone: 'info',
        title: self ? 'Your streak' : `${who}'s streak`,
        lines: [
          `${who} ${self ? "haven't" : "hasn't"} answered a daily question here yet. ${self ? 'Start today with /daily!' : ''}`.trim(),
        ],
      };
    }
    const today = await streakToday(ctx.services.store, ctx.community.id, m, ctx.today);
    const current = today.current;
    const lines = [
      `Current streak: ${plural(current, 'day')} · best: ${plural(m.bestStreak, 'day')}`,
      `Points: ${m.points} · ${m.correct} of ${m.answered} daily questions right`,
      // Freezes spent on days missed since the last answer count as used already.
      t(ctx.lang, 'streaks.freezes', {
        held: today.freezes,
        used: m.freezesUsed + m.freezes - today.freezes,
      }),
    ];
    if (self && today.atRisk) lines.push("Answer today's question (/daily) to keep your streak alive.");
    if (self && current === 0 && m.bestStreak > 0)
      lines.push('Your streak ended after a missed day; answer today to start a new one.');
    return { visibility: 'public', tone: 'info', title: self ? 'Your streak' : `${who}'s streak`, lines };
  },
};
