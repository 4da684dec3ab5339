// The installed `studybot` command, as `npx studybot ...` runs it.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { FakeDiscord } from './fakes/discord-server.ts';

const root = path.resolve(import.meta.dirname, '..', '..');
const studybot = (...args: string[]) =>
  spawnSync(process.execPath, [path.join(root, 'bin', 'studybot.js'), ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
  });

describe('studybot CLI', () => {
  it('content check validates the packs and prints counts per section', () => {
    const r = studybot('content', 'check');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/coop-defence\s+\d+\s+\d+/);
    expect(r.stdout).toMatch(/OK: 1 pack, \d+ facts, \d+ questions/);
  });

  it('content export --format json holds at least 45 facts and 90 questions', () => {
    const r = studybot('content', 'export', '--format', 'json');
    expect(r.status).toBe(0);
    const data = JSON.parse(r.stdout) as { packs: { facts: unknown[]; questions: { answer: number }[] }[] };
    expect(data.packs[0]!.facts.length).toBeGreaterThanOrEqual(45);
    expect(data.packs[0]!.questions.length).toBeGreaterThanOrEqual(90);
  });

  it('an unknown command explains the usage and exits non-zero', () => {
    const r = studybot('frobnicate');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/Usage: studybot/);
  });
});

describe('npm run discord:register', () => {
  it('registers every slash command to the configured server', async () => {
    const fake = await FakeDiscord.start({
      token: 'MTEx.cli.token',
      applicationId: '900000000000000055',
      guilds: [],
    });
    try {
      const env = {
        ...process.env,
        DISCORD_TOKEN: 'MTEx.cli.token',
        DISCORD_APPLICATION_ID: '900000000000000055',
        DISCORD_GUILD_ID: '200000000000000055',
        DISCORD_API_URL: fake.apiUrl,
        LOG_LEVEL: 'silent',
      };
      const child = spawn(process.execPath, [path.join(root, 'bin', 'studybot.js'), 'discord', 'register'], {
        cwd: root,
        env,
      });
      let out = '';
      child.stdout.on('data', (d: Buffer) => (out += d.toString()));
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      expect(code).toBe(0);
      expect(out).toMatch(/Registered the commands in server 200000000000000055/);
      const puts = fake.requestsTo(
        'PUT',
        /\/applications\/900000000000000055\/guilds\/200000000000000055\/commands/,
      );
      expect(puts).toHaveLength(1);
      const names = (puts[0]!.body as { name: string }[]).map((c) => c.name).sort();
      expect(names).toEqual([
        'answer',
        'approve',
        'cancel',
        'contributors',
        'daily',
        'decline',
        'export',
        'fact',
        'help',
        'insights',
        'language',
        'leaderboard',
        'mains',
        'pause',
        'postnow',
        'preview',
        'quiz',
        'remind',
        'report',
        'reports',
        'resume',
        'review',
        'rolereward',
        'setup',
        'share',
        'skip',
        'stats',
        'streak',
        'suggest',
        'suggestions',
        'topics',
      ]);
    } finally {
      await fake.close();
    }
  }, 60_000);
});
