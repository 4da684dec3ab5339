// The core's one entry for any tap: the kind named by the payload answers it.
import { memberLang, t } from '../i18n/index.ts';
import { problem } from '../replies.ts';
import type { CoreServices, Invocation, Reply } from '../types.ts';
import { kindNamed, type TapPayload } from './kinds/index.ts';

/**
 * Answers a tap on one of the bot's buttons, from the place it was tapped. Each kind checks that
 * its payload belongs to that place where it matters (a daily post's answers and share cards: see
 * isPlaceOf). Never throws.
 */
export async function answerTap(
  services: CoreServices,
  inv: Invocation,
  payload: TapPayload,
): Promise<Reply> {
  try {
    return await kindNamed(payload.kind)!.run(services, inv, payload);
  } catch (err) {
    services.log.error({ err, tap: payload.kind, platform: inv.place.platform }, 'a tap failed');
    return problem(t(memberLang(inv.actor), 'common.somethingWrong'));
  }
}
