// Direct messages: open (or find) the member's DM channel, then post. Discord answers 50007 when the
// member does not accept DMs; the core hears PrivateChatClosedError (a reminder switches off, a
// decision on their question waits for their next command) rather than a platform code.
import { RESTJSONErrorCodes, Routes, type RESTPostAPIChannelMessageJSONBody } from 'discord.js';
import type { PacedRest } from './pacing.ts';
import { PrivateChatClosedError } from '../../core/types.ts';
import { discordCode, safeError } from './errors.ts';

export async function sendDirect(
  rest: PacedRest,
  userId: string,
  body: RESTPostAPIChannelMessageJSONBody,
): Promise<void> {
  try {
    const dm = (await rest.post(Routes.userChannels(), { body: { recipient_id: userId } })) as {
      id: string;
    };
    await rest.post(Routes.channelMessages(dm.id), { body });
  } catch (err) {
    if (discordCode(err) === RESTJSONErrorCodes.CannotSendMessagesToThisUser)
      throw new PrivateChatClosedError(`Discord user ${userId} does not accept direct messages`);
    throw new Error(`Discord DM to ${userId} failed`, { cause: safeError(err) });
  }
}
