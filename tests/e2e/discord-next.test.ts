// "Next question" on Discord, end to end: the real discord.js client against the fake Discord, over
// a real core and PostgreSQL. After a practice answer the private feedback offers a Next button; a
// tap on it brings another practice question, privately, with its own answer buttons.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { TestCore } from '../helpers/core.ts';
import { startDiscordBot, type DiscordBot } from '../helpers/discordBot.ts';
import { MEMBER } from '../helpers/discordMembers.ts';
import { FakeDiscord, type FakeGuild, type FakeUser, type Wire } from './fakes/discord-server.ts';

const TOKEN = 'MTEz.fake-bot-token.for-next-tests';
const APP_ID = '900000000000000012';
const meera: FakeUser = { id: '330000000000000001', username: 'meera', global_name: 'Meera' };
const guild: FakeGuild = {
  id: '220000000000000001',
  name: 'Next Circle',
  channels: [{ id: '420000000000000001', name: 'general' }],
  members: [{ user: meera, permissions: MEMBER }],
};
const as = { user: meera, guild, channelId: guild.channels[0]!.id, permissions: MEMBER };

let t: TestCore;
let fake: FakeDiscord;

let bot: DiscordBot | undefined;

beforeAll(async () => {
  bot = await startDiscordBot({ token: TOKEN, applicationId: APP_ID, guilds: [guild] });
  ({ t, fake } = bot);
});

afterAll(() => bot?.close());

const buttonsOf = (body: Wire): { label: string; custom_id: string }[] =>
  (body.components ?? []).flatMap((row: Wire) => row.components);
// Generous: the machine may be busy; this checks what arrives, not how fast.
const reply = (record: Parameters<FakeDiscord['finalResponse']>[0]) => fake.finalResponse(record, 30_000);
/** The message showing an answer: its reply, or the edit when a busy machine made the bot defer. */
const shown = (record: Parameters<FakeDiscord['messageFor']>[0], body: Wire): Wire =>
  fake.messageFor(record) ??
  [...fake.messages.values()]
    .reverse()
    .find((m) => JSON.stringify(m.components) === JSON.stringify(body.components));
const questionOf = (body: Wire) => /^p:(.+):0$/.exec(buttonsOf(body)[0]?.custom_id ?? '')?.[1];

it(
  'a practice answer offers "Next question", which brings another practice question privately',
  { timeout: 120_000 },
  async () => {
    const quiz = fake.command('quiz', [], as);
    const first = await reply(quiz);
    const firstId = questionOf(first.body)!;
    const question = t.content.question(firstId)!;

    const answer = fake.button(shown(quiz, first.body), `p:${firstId}:${question.answer}`, as);
    const feedback = await reply(answer);
    expect(feedback.ephemeral).toBe(true);
    const next = buttonsOf(feedback.body).find((b) => b.label === 'Next question');
    expect(next).toBeDefined();

    const tap = fake.button(shown(answer, feedback.body), next!.custom_id, as);
    const second = await reply(tap);
    expect(second.ephemeral).toBe(true);
    expect(buttonsOf(second.body)).toHaveLength(4);
    const secondId = questionOf(second.body)!;
    // Another question, never the one just answered, and it can be answered in turn.
    expect(secondId).not.toBe(firstId);
    expect(t.content.question(secondId)).toBeDefined();
    const again = await reply(fake.button(shown(tap, second.body), `p:${secondId}:0`, as));
    expect(buttonsOf(again.body).map((b) => b.label)).toContain('Next question');
  },
);
