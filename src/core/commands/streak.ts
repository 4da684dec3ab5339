import { problem } from '../replies.ts';
import { t } from '../i18n/index.ts';
import { streakToday } from '../streakToday.ts';
import type { CommandDefinition } from '../types.ts';

export const streak: CommandDefinition = {
  name: 'streak',
  description: t('en', 'command.streak'),
  usage: t('en', 'command.streak.usage'),
  runIn: 'community',
  reply: 'public',
  options: [{ name: 'member', description: t('en', 'command.streak.member'), required: false, type: 'user' }],
  async run(ctx, args) {
    const { standings } = ctx.services.store;
    const asked = args.member?.trim();
    // A member reference, as the adapter passes it: the platform's id of a member its picker
    // resolved, or a name as typed (a leading @ is ignored).
    const member = asked
      ? ((await standings.findMember(ctx.actor.platform, asked)) ??
        (await standings.findMemberByName(ctx.community.id, ctx.actor.platform, asked)))
      : await standings.findMember(ctx.actor.platform, ctx.actor.userId);
    const self = !asked || member?.externalId === ctx.actor.userId;
    if (asked && !member) {
      // A picked member arrives as the platform's id: do not show the number.
      const who = /^\d{5,}$/.test(asked)
        ? t(ctx.memberLang, 'streak.unknownMember')
        : `"${asked.slice(0, 60)}"`;
      return problem(t(ctx.memberLang, 'streak.notAnswered', { who }));
    }
    const m = member ? await standings.membership(ctx.community.id, member.id) : null;
    const name = member?.displayName ?? '';
    const title = self ? t(ctx.lang, 'streak.titleMine') : t(ctx.lang, 'streak.titleOf', { name });
    if (!m || m.answered === 0) {
      return {
        visibility: 'public',
        tone: 'info',
        title,
        lines: [self ? t(ctx.lang, 'streak.noneMine') : t(ctx.lang, 'streak.noneOf', { name })],
      };
    }
    const today = await streakToday(ctx.services.store, ctx.community.id, m, ctx.today);
    const current = today.current;
    const lines = [
      t(ctx.lang, 'streak.current', { current, best: m.bestStreak }),
      t(ctx.lang, 'streak.points', { points: m.points, correct: m.correct, answered: m.answered }),
      // Freezes spent on days missed since the last answer count as used already.
      t(ctx.lang, 'streaks.freezes', {
        held: today.freezes,
        used: m.freezesUsed + m.freezes - today.freezes,
      }),
    ];
    if (self && today.atRisk) lines.push(t(ctx.lang, 'streak.atRisk'));
    if (self && current === 0 && m.bestStreak > 0) lines.push(t(ctx.lang, 'streak.ended'));
    return { visibility: 'public', tone: 'info', title, lines };
  },
};
