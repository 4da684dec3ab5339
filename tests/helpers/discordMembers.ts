// Who takes part in the Discord end-to-end tests: the permissions a member and an admin have, and
// the actor a fake interaction comes from. Admin-only commands check Manage Server, as Discord
// shows it, so ADMIN is a member who also has it.
import { PERMISSIONS, type FakeGuild, type FakeUser } from '../e2e/fakes/discord-server.ts';

/** Sees the channel and writes in it: any member of a study group. */
export const MEMBER = PERMISSIONS.ViewChannel | PERMISSIONS.SendMessages;
/** A member who may also manage the server. */
export const ADMIN = MEMBER | PERMISSIONS.ManageGuild;

/** `user` acting in `guild`'s first channel, with the permissions the guild gives them. */
export const memberIn = (user: FakeUser, guild: FakeGuild) => ({
  user,
  guild,
  channelId: guild.channels[0]!.id,
  permissions: guild.members.find((m) => m.user.id === user.id)!.permissions,
  nick: null,
});
