// Reminders members asked for (/remind). Each tick reads the reminders whose local time has come
// (within the catch-up hour) and that are not done today, then per member: claim the day in the
// database and read what waits, in one statement (ReminderSend, like a daily post: one live
// instance wins), send it privately through the platform's pace in the member's language, record
// it. Nothing waiting: the claim itself records it as skipped, and nothing is sent — one statement. A member whose private chat is closed has the reminder switched off and is told on their
// next command; it is never retried into a closed chat.
import type { PlatformAdapter } from '../adapters/types.ts';
import { memberLang } from '../core/i18n/index.ts';
import { reminderReply } from '../core/review/reminder.ts';
import { PrivateChatClosedError } from '../core/types.ts';
import { DMS_CLOSED, type DueReminder } from '../store/reminders.ts';
import type { SchedulerContext, TickReport } from './context.ts';
import { perPlatform, SendTimeout, withTimeout, type Paced } from './pacing.ts';

/** Sends the reminders due at this tick. Never throws. */
export async function sendReminders(ctx: SchedulerContext, report: TickReport): Promise<void> {
  const platforms = [...ctx.adapters.values()].filter((a) => a.sendPrivate).map((a) => a.platform);
  if (platforms.length === 0) return;
  const due = await ctx.core.services.store.reminders.due(platforms, ctx.clock.now());
  if (due.length === 0) return;
  ctx.log.info({ total: due.length }, `reminders: ${due.length} due`);
  await perPlatform(
    ctx.adapters,
    due,
    async (reminder, adapter, paced) => {
      // Awaited first: `+=` around an await would read the count before other sends added theirs.
      const sent = await remindOne(ctx, reminder, adapter, paced);
      if (sent) report.reminders += 1;
    },
    (r) => r.platform,
  );
  ctx.log.info({ sent: report.reminders, of: due.length }, 'reminders done');
}

/** Claims, sends and records one member's reminder; true when this instance sent it. */
async function remindOne(
  ctx: SchedulerContext,
  reminder: DueReminder,
  adapter: PlatformAdapter,
  paced: Paced,
): Promise<boolean> {
  const { reminders } = ctx.core.services.store;
  const { memberId, localDate } = reminder;
  const finish = (state: 'sent' | 'skipped' | 'failed' | 'pending') =>
    reminders.finish(memberId, localDate, ctx.instanceId, state, ctx.clock.now());
  try {
    // What waits is read by the claim's own statement, so the message says what waits as it is sent.
    const claim = await reminders.claimToSend(
      memberId,
      localDate,
      ctx.instanceId,
      ctx.clock.now(),
      ctx.leaseMs,
    );
    if (!claim || claim.skipped) return false;
    // A scheduled message has no client to hint a language: the member's choice, else the community's.
    const lang = memberLang({}, claim.memberLanguage, { language: claim.communityLanguage ?? 'en' });
    const reply = reminderReply(lang, claim.waiting);
    if (!reply) {
      // The claim found something waiting, so this does not happen; the claim is ended all the same.
      await finish('skipped');
      return false;
    }
    try {
      await paced(() =>
        withTimeout(
          Promise.resolve().then(() => adapter.sendPrivate!(reminder.externalId, reply)),
          ctx.sendTimeoutMs,
        ),
      );
    } catch (err) {
      if (err instanceof SendTimeout) {
        // It may still arrive: keep the claim; the lease decides, as for daily posts.
        ctx.log.warn({ member: memberId }, 'reminder timed out; retried when its lease ends');
        return false;
      }
      if (err instanceof PrivateChatClosedError) {
        await reminders.switchOff(memberId, DMS_CLOSED);
        await finish('failed');
        ctx.log.info(
          { member: memberId, platform: reminder.platform },
          'private chat closed: reminder switched off',
        );
        return false;
      }
      const giveUp = claim.attempts >= ctx.maxAttempts;
      await finish(giveUp ? 'failed' : 'pending');
      ctx.log.warn({ err, member: memberId, attempts: claim.attempts, giveUp }, 'reminder not sent');
      return false;
    }
    await finish('sent');
    return true;
  } catch (err) {
    ctx.log.error({ err, member: memberId }, 'reminder failed; the next tick tries again');
    return false;
  }
}
