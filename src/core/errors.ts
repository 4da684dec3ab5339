// Errors an adapter raises and the core understands: what they mean for the community or member
// is decided in the core (a membership event, a reminder switched off), never in the adapter.

/** Raised by an adapter when a community can no longer be reached (bot removed, channel gone). */
export class CommunityUnreachableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'CommunityUnreachableError';
  }
}

/** Raised by an adapter when a member's private chat cannot be reached (DMs closed, bot blocked). */
export class PrivateChatClosedError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PrivateChatClosedError';
  }
}
