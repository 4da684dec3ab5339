// Error reports (issue 15 item 3): which item a report is about, and filing it. Shared by /report
// and the "Report a problem" button on a solution.
import { t, type Lang } from '../i18n/index.ts';
import { cleanName } from '../format.ts';
import type { ReportItemKind } from '../../store/reports.ts';
import type { Community } from '../../store/index.ts';
import type { Actor, CommandContext, CoreServices, Reply } from '../types.ts';
import { todaysPost } from '../cards.ts';
import { problem } from '../replies.ts';

/** Longest report kept: a sentence or two; the engine refuses longer arguments before this. */
export const REPORT_MAX = 500;
/** Shorter than this is not a description an admin could act on ("x", "?"). */
export const REPORT_MIN = 3;

/** What a report names: the item, and how it reads in a list. */
export interface ReportTarget {
  kind: ReportItemKind;
  id: string;
}

/** "fact: the date is wrong" reports the fact; anything else the question. */
export function splitReport(text: string): { kind: ReportItemKind; text: string } {
  const m = /^\s*fact\b[\s:,-]*([\s\S]*)$/i.exec(text);
  return m ? { kind: 'fact', text: m[1]!.trim() } : { kind: 'question', text: text.trim() };
}

/**
 * The item /report is about: the question the member answered last in this community (daily or
 * practice) — the one whose solution they have just read — or, before any answer, today's post.
 * A fact report names the fact of that day (today's, after a practice answer).
 */
export async function reportTarget(ctx: CommandContext, kind: ReportItemKind): Promise<ReportTarget> {
  const { store } = ctx.services;
  const last = await store.reports.lastAnswered(ctx.community.id, ctx.actor.platform, ctx.actor.userId);
  if (kind === 'question' && last) return { kind, id: last.questionId };
  if (kind === 'fact' && last?.factId) return { kind, id: last.factId };
  const post = await todaysPost(ctx.services, ctx.community, ctx.today);
  return kind === 'fact' ? { kind, id: post.factId } : { kind, id: post.questionId };
}

/** The item as a short quote: a fact's title, a question's first 80 characters. */
export function itemLabel(services: CoreServices, target: ReportTarget): string {
  const { content } = services;
  const raw = target.kind === 'fact' ? content.fact(target.id)?.title : content.question(target.id)?.prompt;
  const one = (raw ?? target.id).replace(/\s+/g, ' ');
  return one.length > 80 ? `${one.slice(0, 79)}…` : one;
}

/** Who files a report, where. */
export interface Reporter {
  services: CoreServices;
  community: Community;
  actor: Actor;
  lang: Lang;
}

/**
 * Files a report; the reply is one sentence for the member only. `text` is what they wrote: one
 * from /report must say something; one from the button (`flag`) may be empty — the item is flagged
 * and the member told how to add details.
 */
export async function fileReport(
  who: Reporter,
  target: ReportTarget,
  text: string,
  options: { flag?: boolean } = {},
): Promise<Reply> {
  const { lang } = who;
  const body = text.trim();
  if (!options.flag && body.length < REPORT_MIN) return problem(t(lang, 'report.empty'));
  if (body.length > REPORT_MAX) return problem(t(lang, 'report.tooLong', { max: REPORT_MAX }));
  const id = await who.services.store.reports.add({
    communityId: who.community.id,
    member: {
      platform: who.actor.platform,
      externalId: who.actor.userId,
      displayName: cleanName(who.actor.displayName),
    },
    itemKind: target.kind,
    itemId: target.id,
    text: body,
  });
  const item = itemLabel(who.services, target);
  const filed = t(lang, target.kind === 'fact' ? 'report.filedFact' : 'report.filedQuestion', { id, item });
  return {
    visibility: 'ephemeral',
    tone: 'success',
    lines: [options.flag ? `${filed} ${t(lang, 'report.addDetails')}` : filed],
  };
}
