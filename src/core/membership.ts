// Where the bot is (issue 10 item 4): the platform tells the adapter the bot joined a place, left it
// (removed, or the platform refused to deliver there) or that the place moved to a new id (a Telegram
// group upgraded to a supergroup); the adapter tells the core, and this is the one place that turns
// those events into the community's state. Never throws: a failure is logged and reported.
import type { InactiveKind } from '../store/index.ts';
import type { CoreServices, Place } from './types.ts';

/** Why the bot left a place: it was removed, or deliveries there are refused. */
export type LeaveReason = Extract<InactiveKind, 'removed' | 'unreachable'>;

export type MembershipEvent =
  /** The bot was added (back) to the place. */
  | { kind: 'joined'; place: Place }
  /** The bot can no longer post in the place; `detail` says why in words (logs, /help). */
  | { kind: 'left'; place: Place; reason: LeaveReason; detail: string }
  /** The place lives on under another id on the same platform, with its members and settings. */
  | { kind: 'moved'; place: Place; to: string };

export type MembershipOutcome =
  /** joined: the community's daily post is back on after a removal. */
  | 'reactivated'
  /** left: the community's daily post is off until the bot is back. */
  | 'deactivated'
  /** moved: the community now lives at the new id. */
  | 'moved'
  /** moved: the new id already has its own community; both were left as they are. */
  | 'taken'
  /** Nothing to change (no community here, or one paused or never set up), or it failed (logged). */
  | 'unchanged';

/** Inactive for these reasons, a community turns back on when the bot joins again. */
const UNDONE_BY_JOINING: ReadonlySet<string> = new Set<LeaveReason>(['removed', 'unreachable']);

export async function membershipEvent(
  services: CoreServices,
  event: MembershipEvent,
): Promise<MembershipOutcome> {
  const { store, log } = services;
  const where = { platform: event.place.platform, chat: event.place.chatId };
  try {
    if (event.kind === 'moved') {
      // The adapter logs the outcome in its platform's words (a group became a supergroup).
      const outcome = await store.communities.rekey(event.place.platform, event.place.chatId, event.to);
      return outcome === 'missing' ? 'unchanged' : outcome;
    }
    const community = await store.communities.find(event.place.platform, event.place.chatId);
    if (!community) return 'unchanged';
    if (event.kind === 'left') {
      // A paused community stays paused, and one never set up stays waiting: joining again must not
      // turn on what an admin turned off.
      if (!community.active) return 'unchanged';
      await store.communities.deactivate(community.id, event.reason, event.detail);
      log.warn(
        { ...where, community: community.id, reason: event.reason, detail: event.detail },
        'the bot left a place; community marked inactive',
      );
      return 'deactivated';
    }
    if (community.active || !UNDONE_BY_JOINING.has(community.inactiveKind ?? '')) return 'unchanged';
    await store.communities.activate(community.id);
    log.info({ ...where, community: community.id }, 'the bot is back in a place; community reactivated');
    return 'reactivated';
  } catch (err) {
    log.error({ err, ...where, event: event.kind }, 'could not record where the bot is');
    return 'unchanged';
  }
}
