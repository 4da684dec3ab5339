// Telegram failures sorted by what to do about them, and described for logs without the bot token
// (a failed request's URL, which grammY's network errors carry, contains it).
import { GrammyError, HttpError, type BotError } from 'grammy';
import type { Logger } from '../../log.ts';
import { describeAnyError } from '../errors.ts';

/**
 * True when the chat can no longer be reached: the bot was blocked, kicked or removed (403), the chat
 * is gone, or the bot lost the right to write there. Retrying will not help; an admin must act.
 */
export function isUnreachable(err: unknown): err is GrammyError {
  if (!(err instanceof GrammyError)) return false;
  if (err.error_code === 403) return true;
  return (
    err.error_code === 400 &&
    migratedTo(err) === undefined &&
    /chat not found|not enough rights|CHAT_WRITE_FORBIDDEN|have no rights/i.test(err.description)
  );
}

/**
 * The new chat id when the call failed because the group was upgraded to a supergroup (400 with
 * parameters.migrate_to_chat_id): the chat lives on under that id, so this is not unreachable.
 */
export function migratedTo(err: unknown): string | undefined {
  if (!(err instanceof GrammyError)) return undefined;
  const to = err.parameters.migrate_to_chat_id;
  return to === undefined ? undefined : String(to);
}

/** A log-safe summary of an error: what failed and why, with the token blanked out. */
export function describeError(err: unknown, token: string): Record<string, unknown> {
  const clean = (text: string) => (token ? text.split(token).join('[token]') : text);
  if (err instanceof GrammyError) {
    return {
      type: 'telegram',
      method: err.method,
      code: err.error_code,
      description: clean(err.description),
      ...(err.parameters.retry_after !== undefined ? { retryAfter: err.parameters.retry_after } : {}),
    };
  }
  if (err instanceof HttpError) {
    const inner = err.error instanceof Error ? clean(err.error.message) : undefined;
    return { type: 'network', message: clean(err.message), cause: inner };
  }
  return describeAnyError(err, clean);
}

/**
 * What an update's failure becomes: one log line, without the token. Used by the bot's catch-all and
 * by each feature's error boundary, so a failing handler never crashes the process.
 */
export function logUpdateError(log: Logger, token: string): (err: BotError) => void {
  return (err) => {
    log.error(
      { err: describeError(err.error, token), update: err.ctx.update.update_id },
      'telegram update failed',
    );
  };
}
