// English sentences of the engine: what a command that cannot run is told (unknown name, missing or
// over-long argument, admins only).
export const engine = {
  'engine.unknownCommand': (p: { name: string }) =>
    `I don't know the command /${p.name}. Type /help to see what I can do.`,
  'engine.tooLong': (p: { what: string; length: number; max: number }) =>
    `That ${p.what} is too long (${p.length} characters); please keep it under ${p.max}.`,
  'engine.needs': (p: { command: string; what: string; usage: string }) =>
    `/${p.command} needs a ${p.what}. Usage: ${p.usage}`,
  'engine.adminsOnly': (p: { command: string }) =>
    `Only the group's admins can use /${p.command}. Ask an admin if you'd like it changed.`,
};
