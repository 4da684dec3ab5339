// An admin's decision on a member's question (the buttons of /suggestions, /decline), and telling
// the member: privately at once where their platform can, else on their next command (as a
// reminder switched off is told, see engine.ts).
import type { Community } from '../../store/index.ts';
import type { SuggestionRow } from '../../store/suggestions.ts';
import { langOf, t, type Lang } from '../i18n/index.ts';
import { truncate } from '../format.ts';
import { problem } from '../replies.ts';
import type { Actor, CoreServices, Reply } from '../types.ts';
import { forgetRotating, ownQuestion, ownQuestionId } from './questions.ts';

export type Decision = 'approve' | 'approve-daily' | 'decline';

/** Who decides, where. */
export interface Decider {
  services: CoreServices;
  community: Community;
  actor: Actor;
  lang: Lang;
  now: Date;
}

/** Decides suggestion `id` of the decider's community (once) and tells its writer. */
export async function decide(who: Decider, id: number, decision: Decision, reason?: string): Promise<Reply> {
  const { services, community, lang } = who;
  const row = await services.store.suggestions.decide(community.id, id, {
    state: decision === 'decline' ? 'declined' : 'approved',
    inRotation: decision === 'approve-daily',
    reason: reason?.trim() || null,
    by: who.actor.userId,
    at: who.now,
  });
  if (!row) return problem(t(lang, 'suggestions.notFound', { id }));
  if (decision !== 'decline') await ownQuestion(services, ownQuestionId(row.id));
  if (decision === 'approve-daily') forgetRotating(services.store);
  await tell(services, community, row);
  const done =
    decision === 'decline'
      ? t(lang, 'suggestions.declined', { id })
      : t(lang, decision === 'approve-daily' ? 'suggestions.approvedDaily' : 'suggestions.approved', { id });
  return { visibility: 'ephemeral', tone: 'success', lines: [done], lang };
}

/** The decision as the writer reads it, in `lang`. */
export function decisionLines(row: SuggestionRow, group: string, lang: Lang): string[] {
  const q = row.question as { prompt?: unknown };
  const prompt = truncate(String(q.prompt ?? '').replace(/\s+/g, ' '), 80);
  const vars = { id: row.id, prompt, group };
  if (row.state === 'declined') {
    const reason = row.reason ? [t(lang, 'suggest.told.reason', { reason: row.reason })] : [];
    return [t(lang, 'suggest.told.declined', vars), ...reason];
  }
  return [t(lang, 'suggest.told.approved', vars), ...(row.inRotation ? [t(lang, 'suggest.told.daily')] : [])];
}

/** The group as its members know it (a Telegram group's or Discord server's name). */
const groupName = (community: Community | null) => community?.title ?? community?.externalId ?? '?';

/** Tells the writer privately; if that cannot be done now, the decision waits for their next command. */
async function tell(services: CoreServices, community: Community, row: SuggestionRow): Promise<void> {
  const send = services.senders?.[row.author.platform as Actor['platform']];
  if (!send) return;
  try {
    const saved = await services.store.members.language(row.author.platform, row.author.externalId);
    const lang = langOf(saved) ?? langOf(community.language) ?? 'en';
    const reply: Reply = {
      visibility: 'ephemeral',
      tone: row.state === 'declined' ? 'info' : 'success',
      lines: decisionLines(row, groupName(community), lang),
      lang,
    };
    await send(row.author.externalId, reply);
    await services.store.suggestions.told(row.id);
  } catch (err) {
    services.log.debug(
      { error: err instanceof Error ? err.message : String(err), suggestion: row.id },
      'could not tell a member the decision on their question now; told on their next command',
    );
  }
}

/** Decisions the member was not told yet, as lines for the reply to their command. */
export async function untoldDecisions(services: CoreServices, actor: Actor, lang: Lang): Promise<string[]> {
  const rows = await services.store.suggestions.takeUntold(actor.platform, actor.userId);
  const lines: string[] = [];
  for (const row of rows) {
    const community = await services.store.communities.byId(row.communityId);
    lines.push(...decisionLines(row, groupName(community), lang));
  }
  return lines;
}
