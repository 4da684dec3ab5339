// A place on a platform -> its community row, created with the defaults on first contact.
import type { Community } from '../store/index.ts';
import type { CoreServices, Place } from './types.ts';

export function communityFor(services: CoreServices, place: Place): Promise<Community> {
  return services.store.communities.ensure(
    {
      platform: place.platform,
      externalId: place.chatId,
      channelId: place.channelId,
      title: place.title,
      postsBeforeSetup: place.postsBeforeSetup,
    },
    services.defaults,
  );
}
