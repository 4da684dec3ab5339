// The commands' names, descriptions and choice labels in each language, from the catalog's
// "command.*" keys (i18n/<lang>/commands.ts), for the platforms' own command lists (Discord's name
// and description localizations, Telegram's per-language command menu). English is what the
// command files declare.
import { commandText, type Lang } from './i18n/index.ts';

/** The languages the platforms get a translated command list for (English is their default). */
export const COMMAND_LANGUAGES = ['hi'] as const satisfies readonly Exclude<Lang, 'en'>[];

/** A name and a description; undefined where the catalog has none (the platform falls back). */
export interface LocalizedText {
  name: string | undefined;
  description: string | undefined;
}

/** A command's name and description in `lang`. */
export const localizedCommand = (lang: Lang, command: string): LocalizedText => ({
  name: commandText(lang, `command.${command}.name`),
  description: commandText(lang, `command.${command}`),
});

/** An option's name and description in `lang`. */
export const localizedOption = (lang: Lang, command: string, option: string): LocalizedText => ({
  name: commandText(lang, `command.${command}.${option}.name`),
  description: commandText(lang, `command.${command}.${option}`),
});

/** A choice's label in `lang`. */
export const localizedChoice = (
  lang: Lang,
  command: string,
  option: string,
  value: string,
): string | undefined => commandText(lang, `command.${command}.${option}.${value}`);
