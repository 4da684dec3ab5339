// The core's commands as Discord slash commands, and their registration (a bulk overwrite, so
// removed commands disappear too). Built with discord.js's builders, which check Discord's rules
// (lower-case names, 1-100 character descriptions, required options first) before anything is sent.
import {
  ApplicationIntegrationType,
  InteractionContextType,
  PermissionFlagsBits,
  REST,
  Routes,
  SlashCommandBuilder,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import {
  COMMAND_LANGUAGES,
  localizedChoice,
  localizedCommand,
  localizedOption,
  type LocalizedText,
} from '../../core/commandLocales.ts';
import type { CommandDefinition } from '../../core/types.ts';
import type { Logger } from '../../log.ts';
import { safeError } from './errors.ts';
import { truncate } from '../../core/format.ts';

const description = (text: string) => truncate(text, 100);

/** Discord's localizations of a name or description ("hi" is Discord's locale code for Hindi). */
function localized(
  text: (lang: (typeof COMMAND_LANGUAGES)[number]) => string | undefined,
  fit: (s: string) => string = (s) => s,
): Partial<Record<(typeof COMMAND_LANGUAGES)[number], string>> {
  const out: Partial<Record<(typeof COMMAND_LANGUAGES)[number], string>> = {};
  for (const lang of COMMAND_LANGUAGES) {
    const s = text(lang);
    if (s) out[lang] = fit(s);
  }
  return out;
}

const names = (of: (lang: 'hi') => LocalizedText) => localized((l) => of(l).name);
const descriptions = (of: (lang: 'hi') => LocalizedText) => localized((l) => of(l).description, description);

/** The JSON bodies Discord's bulk-overwrite endpoint takes, one per core command. */
export function slashCommandData(
  commands: readonly CommandDefinition[],
): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return commands.map((def) => {
    const builder = new SlashCommandBuilder()
      .setName(def.name)
      .setDescription(description(def.description))
      .setNameLocalizations(names((l) => localizedCommand(l, def.name)))
      .setDescriptionLocalizations(descriptions((l) => localizedCommand(l, def.name)))
      .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
      .setContexts(
        def.runIn === 'anywhere'
          ? [InteractionContextType.Guild, InteractionContextType.BotDM]
          : [InteractionContextType.Guild],
      );
    // Hidden from non-admins by default; the adapter checks the permission again at run time,
    // because a server can override who sees a command.
    if (def.adminOnly) builder.setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild);
    for (const option of def.options) {
      const text = (l: 'hi') => localizedOption(l, def.name, option.name);
      if (option.type === 'user') {
        builder.addUserOption((o) =>
          o
            .setName(option.name)
            .setDescription(description(option.description))
            .setNameLocalizations(names(text))
            .setDescriptionLocalizations(descriptions(text))
            .setRequired(option.required),
        );
        continue;
      }
      if (option.type === 'role') {
        builder.addRoleOption((o) =>
          o
            .setName(option.name)
            .setDescription(description(option.description))
            .setNameLocalizations(names(text))
            .setDescriptionLocalizations(descriptions(text))
            .setRequired(option.required),
        );
        continue;
      }
      builder.addStringOption((o) => {
        o.setName(option.name)
          .setDescription(description(option.description))
          .setNameLocalizations(names(text))
          .setDescriptionLocalizations(descriptions(text))
          .setRequired(option.required);
        if (option.autocomplete) o.setAutocomplete(true);
        else if (option.choices?.length)
          o.addChoices(
            ...option.choices.slice(0, 25).map((c) => ({
              ...c,
              name_localizations: localized((l) => localizedChoice(l, def.name, option.name, c.value)),
            })),
          );
        return o;
      });
    }
    return builder.toJSON();
  });
}

export interface RegisterOptions {
  token: string;
  applicationId: string;
  /** Register to one server (instant, for development) instead of globally. */
  guildId?: string | undefined;
  /** Another Discord-compatible API base, e.g. http://127.0.0.1:3001/api (tests). */
  apiUrl?: string | undefined;
  commands: readonly CommandDefinition[];
  log: Logger;
}

/** Registers every command, replacing what was registered before. Returns what Discord stored. */
export async function registerDiscordCommands(
  options: RegisterOptions,
): Promise<{ id: string; name: string }[]> {
  const rest = new REST({ version: '10', ...(options.apiUrl ? { api: options.apiUrl } : {}) }).setToken(
    options.token,
  );
  const body = slashCommandData(options.commands);
  const route = options.guildId
    ? Routes.applicationGuildCommands(options.applicationId, options.guildId)
    : Routes.applicationCommands(options.applicationId);
  const scope = options.guildId ? { guildId: options.guildId } : { scope: 'global' };
  try {
    const result = (await rest.put(route, { body })) as { id: string; name: string }[];
    options.log.info(
      { ...scope, commands: result.map((c) => c.name) },
      options.guildId
        ? 'registered the Discord commands in the server (available now)'
        : 'registered the Discord commands globally',
    );
    return result;
  } catch (err) {
    options.log.error({ error: safeError(err), ...scope }, 'registering the Discord commands failed');
    throw err;
  }
}
