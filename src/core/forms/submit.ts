// A filled form back in the core: its id names the command that opened it and, for a form filled
// away from its community (a group's /suggest in the member's private chat), that community.
import type { Community } from '../../store/index.ts';
import { communityLang, memberLang, t } from '../i18n/index.ts';
import { problem } from '../replies.ts';
import { localDateOf } from '../time.ts';
import type { CommandContext, CommandDefinition, CoreServices, Invocation, Reply } from '../types.ts';
import type { FormValues } from './types.ts';

/** Longest value kept from any field before a command checks its own limits (a paste accident). */
const RAW_MAX = 20_000;

/** The id a form carries: `<command>` or `<command>:<community id>` (at most 100 characters). */
export const formId = (command: string, communityId?: number): string =>
  communityId === undefined ? command : `${command}:${communityId}`;

export function parseFormId(id: string): { command: string; communityId?: number } | undefined {
  const m = /^([a-z]{1,32})(?::(\d{1,9}))?$/.exec(id);
  if (!m) return undefined;
  return m[2] === undefined ? { command: m[1]! } : { command: m[1]!, communityId: Number(m[2]) };
}

/** What submitForm needs of the engine. */
export interface FormHost {
  services: CoreServices;
  command(name: string): CommandDefinition | undefined;
  context(inv: Invocation): Promise<CommandContext>;
}

/** The same context, for another community than the place's (the form's own). */
function inCommunity(ctx: CommandContext, community: Community): CommandContext {
  return {
    ...ctx,
    community,
    today: localDateOf(ctx.now, community.timezone),
    lang: communityLang(community),
  };
}

// eslint-disable-next-line no-control-regex -- control characters are exactly what we strip
const CONTROLS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g;

/** Line breaks are kept (a field may hold one option per line); other control characters go. */
function cleanValues(values: FormValues): FormValues {
  const clean: FormValues = {};
  for (const [key, value] of Object.entries(values)) {
    if (typeof value !== 'string') continue;
    clean[key] = value.slice(0, RAW_MAX).replace(/\r\n?/g, '\n').replace(CONTROLS, '');
  }
  return clean;
}

/** Runs the submit handler of the command that opened form `id`. Never throws. */
export async function submitForm(
  host: FormHost,
  inv: Invocation,
  id: string,
  values: FormValues,
): Promise<Reply> {
  const lang = memberLang(inv.actor);
  const parsed = parseFormId(id);
  const def = parsed && host.command(parsed.command);
  if (!parsed || !def?.submit) return problem(t(lang, 'form.gone'));
  try {
    let ctx = await host.context(inv);
    if (parsed.communityId !== undefined && parsed.communityId !== ctx.community.id) {
      const community = await host.services.store.communities.byId(parsed.communityId);
      // A link names a group of the member's own platform; any other id opens nothing.
      if (!community || community.platform !== inv.place.platform)
        return problem(t(ctx.memberLang, 'form.gone'));
      ctx = inCommunity(ctx, community);
    }
    const reply = await def.submit(ctx, cleanValues(values));
    reply.lang ??= ctx.memberLang;
    return reply;
  } catch (err) {
    host.services.log.error({ err, form: parsed.command, platform: inv.place.platform }, 'a form failed');
    return problem(t(lang, 'common.somethingWrong'));
  }
}
