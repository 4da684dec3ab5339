// A place on a platform -> its community row, created with the defaults on first contact.
import type { Community } from '../store/index.ts';
import { withoutControls } from './format.ts';
import type { CoreServices, Place } from './types.ts';

export function communityFor(services: CoreServices, place: Place): Promise<Community> {
  return services.store.communities.ensure(
    {
      platform: place.platform,
      externalId: place.chatId,
      channelId: place.channelId,
      title: place.title === undefined ? undefined : withoutControls(place.title).slice(0, 200),
      postsBeforeSetup: place.postsBeforeSetup,
    },
    services.defaults,
  );
}

/**
 * Whether a tap came from the community's own place: its chat or server (`chatId`). Not the
 * channel: where a community is a server with channels, /daily shows the same post (with its
 * buttons) in any of them, so a channel is no boundary between communities. A daily post id in
 * button data is only a number a client can forge; this is what keeps one group from answering
 * another's.
 */
export function isPlaceOf(community: Community, place: Place): boolean {
  return community.platform === place.platform && community.externalId === place.chatId;
}
