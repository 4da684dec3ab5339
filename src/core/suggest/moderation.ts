// Who may decide on a member's question: an admin of the question's own community, asked of the
// platform where the decision is taken (a Telegram group's questions are decided from the admin's
// private chat, where the place is not the group). A button's data names the question, and can be
// forged: the check is here, not in the button.
import type { Community } from '../../store/index.ts';
import { isPlaceOf } from '../places.ts';
import { problem } from '../replies.ts';
import { t, type Lang } from '../i18n/index.ts';
import type { CoreServices, Invocation, Reply } from '../types.ts';
import { decide, type Decision } from './decide.ts';

async function administers(inv: Invocation, community: Community): Promise<boolean> {
  try {
    if (isPlaceOf(community, inv.place)) return await inv.actor.isAdmin();
    if (community.platform !== inv.actor.platform) return false;
    return (await inv.actor.isAdminOf?.(community.externalId)) ?? false;
  } catch {
    return false;
  }
}

/** Decides suggestion `id`, in whichever community it was written for, if the actor administers it. */
export async function moderate(
  services: CoreServices,
  inv: Invocation,
  lang: Lang,
  id: number,
  decision: Decision,
  reason?: string,
): Promise<Reply> {
  const row = await services.store.suggestions.pendingOne(id);
  const community = row && (await services.store.communities.byId(row.communityId));
  if (!row || !community) return problem(t(lang, 'suggestions.notFound', { id }));
  if (!(await administers(inv, community)))
    return problem(t(lang, 'engine.adminsOnly', { command: 'suggestions' }));
  const now = services.clock.now();
  return decide({ services, community, actor: inv.actor, lang, now }, id, decision, reason);
}
