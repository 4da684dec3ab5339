// Running a study group on Discord (issue 15 items 3 and 5), end to end: the real discord.js client
// against the fake Discord, over a real core and PostgreSQL. A member reports a mistake (mentions in
// it ping nobody), an admin lists and resolves reports, reads /insights and gets /export as a CSV
// attachment; members are refused the admin commands.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDateOf } from '../../src/core/time.ts';
import type { TestCore } from '../helpers/core.ts';
import { startDiscordBot, type DiscordBot } from '../helpers/discordBot.ts';
import { embedText } from '../helpers/discordText.ts';
import { ADMIN, MEMBER } from '../helpers/discordMembers.ts';
import { FakeDiscord, type FakeGuild, type FakeUser, type Wire } from './fakes/discord-server.ts';

const TOKEN = 'MTEz.fake-bot-token.for-community-tests';
const APP_ID = '900000000000000012';
const ravi: FakeUser = { id: '330000000000000001', username: 'ravi', global_name: 'Ravi' };
const meera: FakeUser = { id: '330000000000000002', username: 'meera', global_name: 'Meera' };
const CHANNEL = '420000000000000001';
const guild: FakeGuild = {
  id: '220000000000000001',
  name: 'Prelims Circle',
  channels: [{ id: CHANNEL, name: 'general' }],
  members: [
    { user: ravi, permissions: MEMBER },
    { user: meera, permissions: ADMIN },
  ],
};
const member = { user: ravi, guild, channelId: CHANNEL, permissions: MEMBER };
const admin = { user: meera, guild, channelId: CHANNEL, permissions: ADMIN };

let t: TestCore;
let fake: FakeDiscord;

let bot: DiscordBot | undefined;

beforeAll(async () => {
  bot = await startDiscordBot({ token: TOKEN, applicationId: APP_ID, guilds: [guild] });
  ({ t, fake } = bot);
});

afterAll(() => bot?.close());

describe('reports on Discord', () => {
  it('a member answers, then reports the question; the reply is private and pings nobody', async () => {
    const community = await t.core.community({ platform: 'discord', chatId: guild.id, channelId: CHANNEL });
    const post = await t.core.todaysPost(community, localDateOf(t.clock.now(), community.timezone));
    const answer = fake.command('answer', [{ name: 'choice', value: 'A' }], member);
    await fake.finalResponse(answer);

    const report = fake.command(
      'report',
      [{ name: 'problem', value: '@everyone <@330000000000000002> **wrong year**' }],
      member,
    );
    const reply = await fake.finalResponse(report);
    expect(reply.ephemeral).toBe(true);
    expect(embedText(reply.body)).toMatch(/^.*report #1 on the question/m);
    const [row] = await t.database.store.reports.all();
    expect(row).toMatchObject({
      itemId: post.questionId,
      text: '@everyone <@330000000000000002> **wrong year**',
    });
  });

  it('a member is refused /reports; the admin sees the report as plain text, with no mention allowed', async () => {
    const refused = await fake.finalResponse(fake.command('reports', [], member));
    expect(embedText(refused.body)).toMatch(/Only the group's admins can use \/reports/);

    const list = await fake.finalResponse(fake.command('reports', [], admin));
    expect(list.ephemeral).toBe(true);
    expect(list.body.allowed_mentions).toEqual({ parse: [] });
    // Markdown is escaped, so the stars show as typed instead of turning bold.
    expect(list.body.embeds[0].description).toContain('\\*\\*wrong year\\*\\*');
    expect(embedText(list.body)).toMatch(
      /#1 · question ".*": @everyone <@330000000000000002> \*\*wrong year\*\* — Ravi/,
    );

    const resolved = await fake.finalResponse(
      fake.command('reports', [{ name: 'resolve', value: '1' }], admin),
    );
    expect(embedText(resolved.body)).toMatch(/Report #1 is resolved\./);
    expect(embedText((await fake.finalResponse(fake.command('reports', [], admin))).body)).toMatch(
      /No open reports/,
    );
  });
});

describe('the Report a problem button', () => {
  it('flags the question from the solution; a member who did not answer that post files nothing', async () => {
    const community = await t.core.community({ platform: 'discord', chatId: guild.id, channelId: CHANNEL });
    const post = await t.core.todaysPost(community, localDateOf(t.clock.now(), community.timezone));
    const answered = fake.command('answer', [{ name: 'choice', value: 'B' }], member);
    const feedback = await fake.finalResponse(answered);
    const buttons = feedback.body.components.flatMap((row: Wire) => row.components);
    expect(buttons.map((b: Wire) => b.label)).toContain('Report a problem');

    const tap = fake.button(fake.messageFor(answered), `rp:${post.id}`, member);
    const reply = await fake.finalResponse(tap);
    expect(reply.ephemeral).toBe(true);
    expect(embedText(reply.body)).toMatch(/report #2 on the question .* To say what is wrong, use \/report/);

    const forged = fake.button(fake.messageFor(answered), `rp:${post.id}`, admin);
    expect(embedText((await fake.finalResponse(forged)).body)).toMatch(/could not find your answer/);
    const rows = await t.database.store.reports.all();
    expect(rows.map((r) => [r.id, r.reporter, r.text])).toEqual([
      [1, 'Ravi', '@everyone <@330000000000000002> **wrong year**'],
      [2, 'Ravi', ''],
    ]);
    const list = await fake.finalResponse(fake.command('reports', [], admin));
    expect(embedText(list.body)).toMatch(
      /#2 · question ".*": \(flagged with the button, no details\) — Ravi/,
    );
  });
});

describe('insight on Discord', () => {
  it('/insights is refused to a member and shows the two weeks to an admin', async () => {
    const refused = await fake.finalResponse(fake.command('insights', [], member));
    expect(embedText(refused.body)).toMatch(/Only the group's admins/);
    const insights = await fake.finalResponse(fake.command('insights', [], admin));
    expect(insights.ephemeral).toBe(true);
    const text = embedText(insights.body);
    expect(text).toMatch(/Insights · last 14 days/);
    expect(text).toMatch(/1 answer to 1 daily question\./);
    expect(insights.body.embeds[0].fields.map((f: Wire) => f.name)).toEqual([
      'Answers per day',
      'Hardest questions',
      'Easiest questions',
      'Accuracy by section',
      'Accuracy by format',
      'Streaks of 5+ days lost this week',
    ]);
  });

  it('/export arrives as a CSV attachment, only for the admin', async () => {
    const refused = fake.command('export', [], member);
    expect(embedText((await fake.finalResponse(refused)).body)).toMatch(/Only the group's admins/);
    expect(fake.filesFor(refused)).toHaveLength(0);

    const exported = fake.command('export', [], admin);
    const reply = await fake.finalResponse(exported);
    expect(reply.ephemeral).toBe(true);
    expect(embedText(reply.body)).toMatch(/Points and streaks of 1 member/);
    const [file] = fake.filesFor(exported);
    expect(file!.filename).toBe('members-2026-11-27.csv');
    const rows = file!.data
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(rows).toHaveLength(2);
    expect(rows[1]).toMatch(/^1,Ravi,330000000000000001,(0|10),1,[01],(0|100),1,1,2026-11-27$/);
  });
});
