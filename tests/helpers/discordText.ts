// A bot message's embeds as a member reads them: title, description, each field's name and value,
// the footer, one per line, with Discord's markdown escapes removed (the `\` before `*`, `_`, ...),
// so a test matches what is on screen rather than the escaped wire text.
import type { Wire } from '../e2e/fakes/discord-server.ts';

export const embedText = (body: Wire) =>
  (body.embeds ?? [])
    .map((e: Wire) =>
      [
        e.title,
        e.description,
        ...(e.fields ?? []).flatMap((f: Wire) => [f.name, f.value]),
        e.footer?.text,
      ].join('\n'),
    )
    .join('\n')
    .replace(/\\(.)/g, '$1');
