// The webhook route: Telegram POSTs each update here with the secret registered through setWebhook.
// A request without the right secret is refused with 401 before its body is read; a body over the
// limit gets 413 without being read whole; an update the bot could not handle (the database is
// down) gets 500, so Telegram delivers it again later instead of it being lost.
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Bot } from 'grammy';
import type { Update } from 'grammy/types';
import { BodyTooLargeError, readBody } from '../../http/body.ts';
import type { Logger } from '../../log.ts';
import { describeError } from './errors.ts';

export const WEBHOOK_SECRET_HEADER = 'x-telegram-bot-api-secret-token';

/**
 * Telegram waits a while for an answer; past this the update is answered (200) and its work left to
 * finish, so a slow update is not delivered twice. A vote is answered 500 instead (its handler
 * gives up well within this time anyway), so that it is confirmed only once recorded.
 */
export const WEBHOOK_ANSWER_MS = 8000;

export function webhookHandler(
  bot: Bot,
  secret: string,
  isStopped: () => boolean,
  log: Logger,
  token: string,
) {
  const expected = Buffer.from(secret);
  const plain = (res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}) =>
    void res.writeHead(status, { 'content-type': 'text/plain', ...headers }).end(text);

  return async (req: IncomingMessage, res: ServerResponse) => {
    const header = req.headers[WEBHOOK_SECRET_HEADER];
    const given = Buffer.from(typeof header === 'string' ? header : '');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      return plain(res, 401, 'unauthorized', { connection: 'close' });
    }
    if (req.method !== 'POST') return plain(res, 405, 'method not allowed', { allow: 'POST' });
    // Telegram retries later, when this or another instance is up.
    if (isStopped()) return plain(res, 503, 'stopping');
    let update: Update;
    try {
      update = JSON.parse((await readBody(req)).toString('utf8')) as Update;
      if (typeof update !== 'object' || update === null) throw new Error('not an update object');
    } catch (err) {
      if (err instanceof BodyTooLargeError) {
        log.warn({ limit: err.limit }, 'webhook request body too large; refused');
        return plain(res, 413, 'payload too large', { connection: 'close' });
      }
      log.warn({ err: describeError(err, token) }, 'bad webhook request');
      return plain(res, 400, 'bad request');
    }
    // Not grammY's webhookCallback: past its timeout it leaves a rejected promise unhandled, and it
    // would answer 200 for a vote still being retried. bot.init() ran in start().
    const work = bot.handleUpdate(update).then(
      () => 'handled' as const,
      (err: unknown) => {
        log.warn(
          { err: describeError(err, token), update: update.update_id },
          'webhook update not handled; Telegram will redeliver it',
        );
        return 'failed' as const;
      },
    );
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>(
      (resolve) => (timer = setTimeout(() => resolve('late'), WEBHOOK_ANSWER_MS)),
    );
    const outcome = await Promise.race([work, late]);
    clearTimeout(timer);
    // A slow update is left to finish and confirmed, so Telegram does not send it again — except a
    // vote, which is confirmed only once recorded (recording it twice is harmless: the first counts).
    if (outcome === 'handled' || (outcome === 'late' && !update.poll_answer)) res.writeHead(200).end();
    else plain(res, 500, 'not handled');
  };
}
