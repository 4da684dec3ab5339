// Discord errors as the rest of the bot needs them: "is this community gone?" for the scheduler,
// and a log-safe description (interaction tokens live in REST URLs and must not reach a log).
import { DiscordAPIError, HTTPError, RESTJSONErrorCodes } from 'discord.js';
import { describeAnyError } from '../errors.ts';

/** Codes meaning the bot can no longer post in a channel: it is gone or the bot lost access. */
const UNREACHABLE_CODES = new Set<number>([
  RESTJSONErrorCodes.UnknownChannel,
  RESTJSONErrorCodes.UnknownGuild,
  RESTJSONErrorCodes.MissingAccess,
  RESTJSONErrorCodes.MissingPermissions,
]);

export function isUnreachable(err: unknown): boolean {
  if (err instanceof DiscordAPIError) {
    return UNREACHABLE_CODES.has(Number(err.code)) || err.status === 404 || err.status === 403;
  }
  return err instanceof HTTPError && (err.status === 404 || err.status === 403);
}

export function discordCode(err: unknown): number | string | undefined {
  return err instanceof DiscordAPIError ? err.code : undefined;
}

/** Interaction and webhook tokens sit in the URL path; keep the route, drop the token. */
export function redactUrl(url: string): string {
  return url
    .replace(/(\/interactions\/\d+\/)[^/?]+/g, '$1[token]')
    .replace(/(\/webhooks\/\d+\/)[^/?]+/g, '$1[token]');
}

/** An error as a log object: what failed and where, without request bodies or tokens. */
export function safeError(err: unknown): Record<string, unknown> {
  if (err instanceof DiscordAPIError || err instanceof HTTPError) {
    return {
      type: err.name,
      message: err.message,
      status: err.status,
      method: err.method,
      url: redactUrl(err.url),
      ...(err instanceof DiscordAPIError ? { code: err.code } : {}),
    };
  }
  return describeAnyError(err, redactUrl);
}
