// A form asked one field per message, where the platform has no form of its own (Telegram's private
// chat, the terminal): the answers so far are a draft in the database (any instance may take the
// next message), forgotten after DRAFT_MINUTES without an answer. The last answer submits the form.
import { cleanName } from '../format.ts';
import { memberLang, t, type Lang } from '../i18n/index.ts';
import { problem } from '../replies.ts';
import type { CommandContext, Invocation, Reply } from '../types.ts';
import { parseFormId, submitForm, type FormHost } from './submit.ts';
import type { FormField, FormSpec } from './types.ts';

/** A conversation left this long is over (the member starts again with the command). */
export const DRAFT_MINUTES = 30;

const expiry = (now: Date) => new Date(now.getTime() + DRAFT_MINUTES * 60_000);

/** What a form looks like, asked again for each message: the command rebuilds it in `lang`. */
export interface FormSource extends FormHost {
  formOf(ctx: CommandContext, id: string): FormSpec | undefined;
}

function ask(lang: Lang, form: FormSpec, at: number, lines: string[] = []): Reply {
  const field = form.fields[at]!;
  const hint = [field.placeholder, field.required ? undefined : t(lang, 'form.optional')]
    .filter(Boolean)
    .join(' ');
  return {
    visibility: 'ephemeral',
    tone: 'info',
    lines: [...lines, t(lang, 'form.step', { n: at + 1, of: form.fields.length, label: field.label, hint })],
    lang,
  };
}

/** Starts asking `form` of the member, field by field: the first question. Never throws. */
export async function startForm(host: FormSource, inv: Invocation, form: FormSpec): Promise<Reply> {
  const lang = memberLang(inv.actor);
  try {
    const ctx = await host.context(inv);
    const communityId = parseFormId(form.id)?.communityId ?? ctx.community.id;
    const member = {
      platform: inv.actor.platform,
      externalId: inv.actor.userId,
      displayName: cleanName(inv.actor.displayName),
    };
    await host.services.store.forms.start(
      member,
      { formId: form.id, communityId, values: {} },
      expiry(ctx.now),
    );
    return ask(ctx.memberLang, form, 0, [t(ctx.memberLang, 'form.intro', { title: form.title })]);
  } catch (err) {
    host.services.log.error({ err, platform: inv.place.platform }, 'could not start a form');
    return problem(t(lang, 'common.somethingWrong'));
  }
}

/** An empty optional answer ("-" or nothing). */
const skipped = (field: FormField, text: string) => !field.required && (text === '-' || text === '');

/**
 * A message from a member with a form open: the next field's answer. Undefined when they have none
 * open (the adapter answers the message as it would otherwise). Never throws.
 */
export async function formInput(host: FormSource, inv: Invocation, text: string): Promise<Reply | undefined> {
  const { store } = host.services;
  try {
    const ctx = await host.context(inv);
    const draft = await store.forms.find(inv.actor.platform, inv.actor.userId, ctx.now);
    if (!draft) return undefined;
    const form = host.formOf(ctx, draft.formId);
    if (!form) {
      await store.forms.end(inv.actor.platform, inv.actor.userId);
      return problem(t(ctx.memberLang, 'form.gone'));
    }
    const at = form.fields.findIndex((f) => draft.values[f.key] === undefined);
    const field = form.fields[at]!;
    const value = text.trim();
    if (value.length > field.max)
      return problem(t(ctx.memberLang, 'form.tooLong', { label: field.label, max: field.max }));
    if (field.required && !value) return problem(t(ctx.memberLang, 'form.empty', { label: field.label }));
    const wrong = skipped(field, value) ? undefined : field.check?.(value);
    if (wrong) return problem(wrong);
    const values = { ...draft.values, [field.key]: skipped(field, value) ? '' : value };
    if (at + 1 < form.fields.length) {
      await store.forms.save(inv.actor.platform, inv.actor.userId, values, expiry(ctx.now));
      return ask(ctx.memberLang, form, at + 1);
    }
    // The whole form: submitted once; a refused one is told and must be started again.
    await store.forms.end(inv.actor.platform, inv.actor.userId);
    return await submitForm(host, inv, draft.formId, values);
  } catch (err) {
    host.services.log.error({ err, platform: inv.place.platform }, 'a form answer failed');
    return problem(t(memberLang(inv.actor), 'common.somethingWrong'));
  }
}
