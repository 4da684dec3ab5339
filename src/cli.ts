// The `studybot` command: start the bot, check or export content, migrate, register Discord commands.
import { loadConfig, ConfigError, readEnvFile } from './config.ts';
import { exitWhenFlushed } from './exit.ts';
import { createLogger } from './log.ts';

const usage = `Usage: studybot <command>
  start                          run the bot (same as npm start)
  content check                  validate every content pack and print counts
  content export --format json|csv
  content reports                members' error reports, grouped by item (reads the database)
  db migrate                     apply database migrations (DATABASE_URL, or the embedded database)
  discord register               register the slash commands with Discord`;

async function run(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const out = {
    log: (s: string) => process.stdout.write(s + '\n'),
    error: (s: string) => process.stderr.write(s + '\n'),
  };
  try {
    // `start` reads .env itself (and says so); the other commands read it quietly.
    if (command !== 'start') readEnvFile();
    switch (command) {
      case 'start': {
        const { main } = await import('./main.ts');
        return await main();
      }
      case 'content': {
        const { runContentCli } = await import('./content/cli.ts');
        return await runContentCli(rest, out, process.env.CONTENT_DIR ?? 'content');
      }
      case 'db': {
        if (rest[0] !== 'migrate') break;
        const config = loadConfig();
        const { openDatabase } = await import('./store/db.ts');
        const database = await openDatabase({
          databaseUrl: config.DATABASE_URL,
          dataDir: config.DATA_DIR,
          log: createLogger('info'),
        });
        await database.close();
        out.log('Database is up to date.');
        return 0;
      }
      case 'discord': {
        if (rest[0] !== 'register') break;
        const config = loadConfig();
        if (!config.DISCORD_TOKEN || !config.DISCORD_APPLICATION_ID) {
          out.error('Set DISCORD_TOKEN and DISCORD_APPLICATION_ID to register the slash commands.');
          return 1;
        }
        const { registerDiscordCommands } = await import('./adapters/discord/register.ts');
        const { commands } = await import('./core/commands/index.ts');
        await registerDiscordCommands({
          token: config.DISCORD_TOKEN,
          applicationId: config.DISCORD_APPLICATION_ID,
          ...(config.DISCORD_GUILD_ID ? { guildId: config.DISCORD_GUILD_ID } : {}),
          ...(config.DISCORD_API_URL ? { apiUrl: config.DISCORD_API_URL } : {}),
          commands,
          log: createLogger(config.LOG_LEVEL),
        });
        out.log(
          config.DISCORD_GUILD_ID
            ? `Registered the commands in server ${config.DISCORD_GUILD_ID}.`
            : 'Registered the commands globally (they may take up to an hour to appear).',
        );
        return 0;
      }
      case undefined:
      case 'help':
      case '--help':
        out.log(usage);
        return 0;
    }
  } catch (err) {
    if (err instanceof ConfigError) {
      out.error(err.message);
      return 1;
    }
    out.error(`studybot ${command}: ${(err as Error).message}`);
    return 1;
  }
  out.error(`Unknown command: ${argv.join(' ')}\n${usage}`);
  return 2;
}

void run(process.argv.slice(2)).then(exitWhenFlushed);
