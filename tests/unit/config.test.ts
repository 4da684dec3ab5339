import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.ts';

describe('configuration from the environment', () => {
  it('uses the documented defaults', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      DEFAULT_TIMEZONE: 'Asia/Kolkata',
      DAILY_POST_TIME: '08:00',
      CONTENT_DIR: 'content',
      DATA_DIR: '.data',
      PORT: 3000,
      LOG_LEVEL: 'info',
    });
    expect(c.DATABASE_URL).toBeUndefined();
  });

  it('names every bad variable and what it expects, without echoing secrets', () => {
    let error: unknown;
    try {
      loadConfig({
        DEFAULT_TIMEZONE: 'Mars/Olympus',
        DAILY_POST_TIME: '25:99',
        PORT: 'eighty',
        TELEGRAM_BOT_TOKEN: 'not-a-token-s3cr3t',
        DATABASE_URL: 'mysql://x',
      });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    for (const name of ['DEFAULT_TIMEZONE', 'DAILY_POST_TIME', 'PORT', 'TELEGRAM_BOT_TOKEN', 'DATABASE_URL'])
      expect(message).toContain(name);
    expect(message).toContain('IANA timezone');
    expect(message).not.toContain('s3cr3t');
  });

  it('requires a webhook secret in webhook mode and an application id with a Discord token', () => {
    expect(() =>
      loadConfig({ TELEGRAM_BOT_TOKEN: '123:abc', TELEGRAM_WEBHOOK_URL: 'https://example.org/tg' }),
    ).toThrow(/TELEGRAM_WEBHOOK_SECRET/);
    expect(() => loadConfig({ DISCORD_TOKEN: 'x' })).toThrow(/DISCORD_APPLICATION_ID/);
  });

  it('treats empty values as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', PORT: '' }).PORT).toBe(3000);
  });
});
