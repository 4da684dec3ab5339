// UPSC formats on Discord end to end: the real discord.js client against the fake Discord, over a
// real core on PostgreSQL. A `statements`, a `pairs` and an `assertion-reason` question are each
// forced as the day's question on three consecutive days: the embed lists the numbered statements,
// the pairs under their headings or Statement-I/II, then the lead-in and options (a)-(d) with
// buttons (a)-(d); a tap gets an ephemeral reply with the full solution; the public post gives no
// reason away. The fake refuses any payload over Discord's limits.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DiscordAdapter } from '../../src/adapters/discord/index.ts';
import type { Question } from '../../src/content/index.ts';
import type { TestCore } from '../helpers/core.ts';
import { startDiscordBot, type DiscordBot } from '../helpers/discordBot.ts';
import { postTodaysDaily } from '../helpers/daily.ts';
import { firstOfFormat, reasons } from '../helpers/questions.ts';
import { MEMBER } from '../helpers/discordMembers.ts';
import { FakeDiscord, type FakeGuild, type FakeUser, type Wire } from './fakes/discord-server.ts';

const TOKEN = 'MTEx.fake-bot-token.for-format-tests';
const APP_ID = '900000000000000001';
const CHANNEL = '400000000000000201';
const neha: FakeUser = { id: '310000000000000201', username: 'neha', global_name: 'Neha' };
const guild: FakeGuild = {
  id: '200000000000000201',
  name: 'UPSC Formats',
  channels: [{ id: CHANNEL, name: 'daily-quiz' }],
  members: [{ user: neha, permissions: MEMBER }],
};
const as = (user: FakeUser) => ({ user, guild, channelId: CHANNEL, permissions: MEMBER, nick: null });

let t: TestCore;
let fake: FakeDiscord;
let adapter: DiscordAdapter;

let bot: DiscordBot | undefined;

beforeAll(async () => {
  bot = await startDiscordBot({ token: TOKEN, applicationId: APP_ID, guilds: [guild] });
  ({ t, fake, adapter } = bot);
});

afterAll(() => bot?.close());

const firstOf = (format: Question['format']) => firstOfFormat(t.content, format);
/** Embed text as a member reads it: markdown escapes and bold/italic marks removed. */
const readable = (s: string | undefined) => (s ?? '').replace(/\\(.)/g, '$1').replace(/\*+/g, '');

async function postDaily(question: Question) {
  const community = await t.core.community({
    platform: 'discord',
    chatId: guild.id,
    channelId: CHANNEL,
    title: guild.name,
  });
  const { post, sent } = await postTodaysDaily(t, adapter, community, question.id);
  return { post, message: fake.messages.get(sent.messageRef.split(':')[1]!) as Wire };
}

describe.each(['statements', 'pairs', 'assertion-reason'] as const)(
  'a %s question as the daily post on Discord',
  (format) => {
    it('shows the body natively with options and buttons (a)-(d); a tap gets the full solution privately', async () => {
      const q = firstOf(format);
      const { post, message } = await postDaily(q);
      const [request] = fake
        .requestsTo('POST', new RegExp(`^/channels/${CHANNEL}/messages$`))
        .filter((r) => r.body?.embeds?.[0]?.description?.includes(q.prompt.slice(0, 40)));
      expect(request?.status).toBe(200); // the fake refuses embeds over 4096 / 6000 and ids over 100
      const description: string = message.embeds[0].description;
      const lines = readable(description).split('\n');
      expect(lines).toContain(q.prompt);
      if (format === 'statements')
        q.statements!.forEach((s, i) => expect(lines).toContain(`${i + 1}. ${s.text}`));
      if (format === 'pairs') {
        expect(lines).toContain(`${q.columns![0]} — ${q.columns![1]}`);
        q.pairs!.forEach((p, i) => expect(lines).toContain(`${i + 1}. ${p.left} — ${p.right}`));
      }
      if (format === 'assertion-reason') {
        expect(lines).toContain(`Statement-I: ${q.statementI!.text}`);
        expect(lines).toContain(`Statement-II: ${q.statementII!.text}`);
      }
      expect(lines).toContain(q.leadIn);
      q.options.forEach((o, i) => expect(lines).toContain(`(${'abcd'[i]}) ${o}`));
      // The order of the question paper: stem, items, lead-in, options.
      expect(lines.indexOf(q.prompt)).toBeLessThan(lines.indexOf(q.leadIn!));
      expect(lines.indexOf(q.leadIn!)).toBeLessThan(lines.indexOf(`(a) ${q.options[0]}`));
      for (const why of reasons(q)) expect(readable(description)).not.toContain(why);
      const buttons = message.components[0].components as { label: string; custom_id: string }[];
      expect(buttons.map((b) => b.label)).toEqual(['(a)', '(b)', '(c)', '(d)']);
      for (const b of buttons) expect(b.custom_id.length).toBeLessThanOrEqual(100);

      const wrong = (q.answer + 1) % 4;
      const answer = await fake.finalResponse(fake.button(message, `d:${post.id}:${wrong}`, as(neha)));
      expect(answer.ackMs).toBeLessThan(3000);
      expect(answer.ephemeral).toBe(true);
      const shown =
        readable(answer.body.embeds[0].title) + '\n' + readable(answer.body.embeds[0].description);
      expect(shown).toContain(`Not quite: the answer is (${'abcd'[q.answer]})`);
      expect(shown).toContain('Solution');
      for (const why of reasons(q)) expect(shown).toContain(why);
      if (q.solution) expect(shown).toContain(q.solution);
      expect(answer.body.embeds[0].description.length).toBeLessThanOrEqual(4096);

      // Tomorrow brings the next format.
      t.clock.advance(24 * 3_600_000);
    });
  },
);
