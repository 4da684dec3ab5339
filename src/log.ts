// Logs through pino: readable lines on a terminal, JSON everywhere else (containers, CI, files).
// Secrets are redacted by key name wherever they appear in a log object.
import { pino, type Logger } from 'pino';

export type { Logger };

export function createLogger(level: string, pretty = process.stdout.isTTY === true): Logger {
  const options = {
    level,
    redact: {
      paths: [
        'token',
        '*.token',
        'DISCORD_TOKEN',
        'TELEGRAM_BOT_TOKEN',
        'TELEGRAM_WEBHOOK_SECRET',
        'DATABASE_URL',
        '*.password',
        'password',
        'connectionString',
        '*.connectionString',
      ],
      censor: '[redacted]',
    },
  };
  if (pretty) {
    return pino({
      ...options,
      transport: {
        target: 'pino-pretty',
        options: { colorize: true, ignore: 'pid,hostname', destination: 2 },
      },
    });
  }
  // stderr, so that stdout stays the chat in the terminal adapter.
  return pino(options, pino.destination(2));
}

/** Strips credentials from a connection URL before it is logged. */
export function safeUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '[unparseable url]';
  }
}
