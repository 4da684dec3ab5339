// A command's arguments: typed text split into its options, and every value cleaned of control
// characters before it reaches a handler, a lookup or the database.
import { withoutControls } from './format.ts';
import type { CommandArgs, CommandDefinition } from './types.ts';

export function cleanArgs(args: CommandArgs): CommandArgs {
  const clean: CommandArgs = {};
  for (const [key, value] of Object.entries(args))
    clean[key] = value === undefined ? value : withoutControls(value);
  return clean;
}

/** Splits the text after a command into its options: the last option takes the rest of the text. */
export function parseTextArgs(def: CommandDefinition, text: string): CommandArgs {
  const args: CommandArgs = {};
  let rest = text.trim();
  def.options.forEach((option, i) => {
    if (!rest) return;
    if (i === def.options.length - 1) {
      args[option.name] = rest;
      rest = '';
    } else {
      const m = /^(\S+)\s*([\s\S]*)$/.exec(rest);
      args[option.name] = m?.[1];
      rest = m?.[2] ?? '';
    }
  });
  return args;
}
