// A reply's picture as a Discord attachment shown as the embed's image.
import type { Reply } from '../../core/types.ts';

/**
 * Discord takes attachments up to 25 MiB (less in some servers, 10 MiB for many); a card is a few
 * hundred kilobytes, so anything past 8 MiB is a bug: the reply goes without its picture.
 */
export const DISCORD_ATTACHMENT_LIMIT = 8 * 1024 * 1024;
/** Discord's limit for an attachment's description (its alt text). */
const ALT_LIMIT = 1024;

/** The file to attach and the embed image that points at it, or undefined without a (sendable) picture. */
export function attachmentOf(reply: Reply) {
  const image = reply.image;
  if (!image || image.png.length > DISCORD_ATTACHMENT_LIMIT) return undefined;
  // attachment://name only matches plain file names.
  const name = image.name.replace(/[^A-Za-z0-9_.-]/g, '_');
  const description = image.alt.length > ALT_LIMIT ? `${image.alt.slice(0, ALT_LIMIT - 1)}…` : image.alt;
  return { file: { attachment: image.png, name, description }, url: `attachment://${name}` };
}
