// Every setting comes from the environment and is validated here, once. A bad value stops
// start-up with one message that names each bad variable and what it expects.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { isValidTimezone, parsePostTime } from './core/time.ts';

const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const optionalUrl = (what: string) =>
  optionalString.refine((v) => v === undefined || URL.canParse(v), { message: `expected ${what}` });

const schema = z.object({
  DATABASE_URL: optionalString.refine((v) => v === undefined || /^postgres(ql)?:\/\//.test(v), {
    message: 'expected a postgresql:// connection URL (or leave it unset for the embedded database)',
  }),
  DISCORD_TOKEN: optionalString,
  DISCORD_APPLICATION_ID: optionalString.refine((v) => v === undefined || /^\d{5,25}$/.test(v), {
    message: 'expected the numeric application id from the Discord developer portal',
  }),
  DISCORD_GUILD_ID: optionalString.refine((v) => v === undefined || /^\d{5,25}$/.test(v), {
    message: 'expected a numeric Discord server (guild) id',
  }),
  DISCORD_API_URL: optionalUrl('an http(s) URL of a Discord-compatible API, e.g. http://127.0.0.1:3001/api'),
  TELEGRAM_BOT_TOKEN: optionalString.refine((v) => v === undefined || /^\d+:[\w-]+$/.test(v), {
    message: 'expected a token from @BotFather, like 123456:ABC-DEF...',
  }),
  TELEGRAM_API_ROOT: optionalUrl('an http(s) URL of a Bot API server, e.g. https://api.telegram.org'),
  TELEGRAM_WEBHOOK_URL: optionalUrl('the public https URL Telegram should send updates to'),
  TELEGRAM_WEBHOOK_SECRET: optionalString.refine((v) => v === undefined || /^[A-Za-z0-9_-]{1,256}$/.test(v), {
    message: 'expected 1-256 characters of A-Z, a-z, 0-9, _ and -',
  }),
  DEFAULT_TIMEZONE: z
    .string()
    .trim()
    .default('Asia/Kolkata')
    .refine(isValidTimezone, { message: 'expected an IANA timezone such as Asia/Kolkata or Europe/London' }),
  DAILY_POST_TIME: z
    .string()
    .trim()
    .default('08:00')
    .refine((v) => parsePostTime(v) !== undefined, { message: 'expected a 24-hour time HH:MM, e.g. 08:00' }),
  REVIEW_NEW_PER_DAY: z.coerce
    .number({ message: 'expected a whole number of questions, e.g. 5' })
    .int('expected a whole number of questions, e.g. 5')
    .min(0, 'expected 0 or more')
    .max(100, 'expected at most 100')
    .default(5),
  CONTENT_DIR: z.string().trim().min(1).default('content'),
  PORT: z.coerce
    .number({ message: 'expected a port number' })
    .int('expected a whole port number')
    .min(0, 'expected a port between 0 and 65535')
    .max(65535, 'expected a port between 0 and 65535')
    .default(3000),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      message: 'expected one of fatal, error, warn, info, debug, trace, silent',
    })
    .default('info'),
  DATA_DIR: z.string().trim().min(1).default('.data'),
});

export type Config = z.infer<typeof schema>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Configuration problem${problems.length > 1 ? 's' : ''}:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
    this.name = 'ConfigError';
  }
}

/** Reads the configuration from an environment; throws ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // Empty strings mean "unset" for the optional settings with defaults too.
  const cleaned = Object.fromEntries(
    Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''),
  );
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    // Never echo the value: it may be a secret.
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const config = parsed.data;
  const problems: string[] = [];
  if (config.TELEGRAM_WEBHOOK_URL && !config.TELEGRAM_BOT_TOKEN)
    problems.push('TELEGRAM_WEBHOOK_URL: set TELEGRAM_BOT_TOKEN too (webhook mode needs a bot)');
  if (config.TELEGRAM_WEBHOOK_URL && !config.TELEGRAM_WEBHOOK_SECRET)
    problems.push(
      'TELEGRAM_WEBHOOK_SECRET: required in webhook mode, so that only Telegram can post updates',
    );
  if (config.DISCORD_TOKEN && !config.DISCORD_APPLICATION_ID)
    problems.push('DISCORD_APPLICATION_ID: required with DISCORD_TOKEN (the application id of your bot)');
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

/**
 * Reads `.env` from the folder the bot starts in, when there is one, into process.env. Variables
 * already set keep their value (process.loadEnvFile never overrides): the environment wins.
 * Returns the file read, so start-up can say which one it was.
 */
export function readEnvFile(dir = process.cwd()): string | undefined {
  const file = path.resolve(dir, '.env');
  if (!existsSync(file)) return undefined;
  try {
    process.loadEnvFile(file);
  } catch (err) {
    throw new ConfigError([`${file}: could not be read (${(err as NodeJS.ErrnoException).code ?? 'error'})`]);
  }
  return file;
}
