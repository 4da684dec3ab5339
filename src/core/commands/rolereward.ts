import { t } from '../i18n/index.ts';
import { problem } from '../replies.ts';
import type { CommandDefinition } from '../types.ts';

const MAX_THRESHOLD = 100_000;

/** A threshold option: undefined when not given, NaN when it is not a whole number in range. */
function threshold(text: string | undefined): number | undefined {
  if (text === undefined || !text.trim()) return undefined;
  const n = /^\d{1,6}$/.test(text.trim()) ? Number(text.trim()) : NaN;
  return n >= 1 && n <= MAX_THRESHOLD ? n : NaN;
}

export const rolereward: CommandDefinition = {
  name: 'rolereward',
  description: t('en', 'command.rolereward'),
  usage: t('en', 'command.rolereward.usage'),
  runIn: 'community',
  reply: 'public',
  adminOnly: true,
  // Roles are Discord's: elsewhere the command is not listed, and refused if typed (engine.ts).
  needs: 'roles',
  options: [
    {
      name: 'role',
      description: t('en', 'command.rolereward.role'),
      required: false,
      type: 'role',
    },
    {
      name: 'streak',
      description: t('en', 'command.rolereward.streak'),
      required: false,
      type: 'string',
    },
    { name: 'points', description: t('en', 'command.rolereward.points'), required: false, type: 'string' },
  ],
  async run(ctx, args) {
    const { communities, rewards } = ctx.services.store;
    const role = args.role?.trim();
    const streak = threshold(args.streak);
    const points = threshold(args.points);
    if (Number.isNaN(streak))
      return problem(t(ctx.memberLang, 'groups.reward.badNumber', { what: 'streak' }));
    if (Number.isNaN(points))
      return problem(t(ctx.memberLang, 'groups.reward.badNumber', { what: 'points' }));
    if (role && !/^\d{15,25}$/.test(role)) return problem(t(ctx.memberLang, 'groups.setup.pingRole'));
    if (role && streak === undefined && points === undefined)
      return problem(t(ctx.memberLang, 'groups.reward.needThreshold'));
    // Another role (or none) from now on: the bot no longer counts anyone as holding the old one.
    if (role !== (ctx.community.rewardRoleId ?? undefined)) await rewards.releaseAll(ctx.community.id);
    await communities.setReward(ctx.community.id, {
      roleId: role ?? null,
      streak: role ? (streak ?? null) : null,
      points: role ? (points ?? null) : null,
    });
    if (!role) return { visibility: 'public', tone: 'success', lines: [t(ctx.lang, 'groups.reward.off')] };
    const rules = [
      ...(streak !== undefined ? [t(ctx.lang, 'groups.reward.streak', { n: streak })] : []),
      ...(points !== undefined ? [t(ctx.lang, 'groups.reward.points', { n: points })] : []),
    ];
    const rule =
      rules.length === 2 ? t(ctx.lang, 'groups.reward.or', { a: rules[0]!, b: rules[1]! }) : rules[0]!;
    return {
      visibility: 'public',
      tone: ctx.place.botCanManageRoles === false ? 'error' : 'success',
      title: t(ctx.lang, 'groups.reward.title'),
      lines: [
        t(ctx.lang, 'groups.reward.set', { role: `<@&${role}>`, rule }),
        ...(ctx.place.botCanManageRoles === false ? [t(ctx.lang, 'groups.reward.needsManageRoles')] : []),
      ],
    };
  },
};
