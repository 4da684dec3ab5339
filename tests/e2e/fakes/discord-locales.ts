// Discord's checks of localized command names and descriptions, for the fake's command registration.
import type { Wire } from './discord-server.ts';

/** Discord's locale codes (https://discord.com/developers/docs/reference#locales). */
const DISCORD_LOCALES = new Set(
  'id da de en-GB en-US es-ES es-419 fr hr it lt hu nl no pl pt-BR ro fi sv-SE vi tr cs el bg ru uk hi th zh-CN ja zh-TW ko'.split(
    ' ',
  ),
);
const LOCALIZED_NAME = /^[-_\p{Ll}\p{Lm}\p{Lo}\p{N}\p{sc=Devanagari}\p{sc=Thai}]{1,32}$/u;

/** A command's (and its options' and choices') localizations as Discord checks them, or undefined. */
export function invalidLocalizations(command: Wire, at = 'command'): string | undefined {
  const check = (map: unknown, what: string, ok: (v: string) => boolean): string | undefined => {
    if (map === undefined || map === null) return undefined;
    for (const [locale, value] of Object.entries(map as Record<string, unknown>)) {
      if (!DISCORD_LOCALES.has(locale)) return `${at}.${what}: "${locale}" is not a valid locale`;
      if (typeof value !== 'string' || !ok(value)) return `${at}.${what}.${locale}: invalid value`;
    }
    return undefined;
  };
  return (
    check(command.name_localizations, 'name_localizations', (v) =>
      at.endsWith(']') && at.includes('choices') ? v.length >= 1 && v.length <= 100 : LOCALIZED_NAME.test(v),
    ) ??
    check(
      command.description_localizations,
      'description_localizations',
      (v) => v.length >= 1 && v.length <= 100,
    ) ??
    ((command.options ?? []) as Wire[])
      .map((o, i) => invalidLocalizations(o, `${at}.options[${i}]`))
      .find(Boolean) ??
    ((command.choices ?? []) as Wire[])
      .map((c, i) => invalidLocalizations(c, `${at}.choices[${i}]`))
      .find(Boolean)
  );
}
