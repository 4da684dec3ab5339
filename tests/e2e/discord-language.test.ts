// Issue 14 on Discord, end to end (real discord.js against the fake Discord, real core and
// PostgreSQL): the commands registered with Hindi localizations; a server whose admin chose Hindi
// with /setup gets its daily post in Hindi; a member who chose English with /language gets the
// replies only they see in English there; /fact finds the Shinkansen typed either way.
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DiscordAdapter } from '../../src/adapters/discord/index.ts';
import { registerDiscordCommands } from '../../src/adapters/discord/register.ts';
import { localizeFact, localizeQuestion } from '../../src/content/index.ts';
import { commands } from '../../src/core/commands/index.ts';
import { localDateOf } from '../../src/core/time.ts';
import type { TestCore } from '../helpers/core.ts';
import { startDiscordBot, type DiscordBot } from '../helpers/discordBot.ts';
import { ADMIN, MEMBER } from '../helpers/discordMembers.ts';
import { FakeDiscord, type FakeGuild, type FakeUser, type Wire } from './fakes/discord-server.ts';

const TOKEN = 'MTEx.fake-language-token.for-tests-only';
const APP_ID = '900000000000000003';
const DEVANAGARI = /[\u0900-\u097F]/;

const user = (id: string, username: string): FakeUser => ({ id, username, global_name: null });
const admin = user('320000000000000001', 'anil');
const meera = user('320000000000000002', 'meera');
const ravi = user('320000000000000003', 'ravi');
const CHANNEL = '410000000000000001';
const guild: FakeGuild = {
  id: '210000000000000001',
  name: 'हिंदी माध्यम UPSC',
  channels: [{ id: CHANNEL, name: 'dainik' }],
  members: [
    { user: admin, permissions: ADMIN },
    { user: meera, permissions: MEMBER },
    { user: ravi, permissions: MEMBER },
  ],
};
// Everyone's Discord app is in Hindi: only a member's own choice makes their replies English.
const as = (who: FakeUser) => ({
  user: who,
  guild,
  channelId: CHANNEL,
  permissions: guild.members.find((m) => m.user.id === who.id)!.permissions,
  locale: 'hi',
});

let t: TestCore;
let fake: FakeDiscord;
let adapter: DiscordAdapter;

let bot: DiscordBot | undefined;

beforeAll(async () => {
  bot = await startDiscordBot({ token: TOKEN, applicationId: APP_ID, guilds: [guild] });
  ({ t, fake, adapter } = bot);
});

afterAll(() => bot?.close());

const readable = (body: Wire): string =>
  ((body.embeds ?? []) as Wire[])
    .map((e) =>
      [e.title, e.description, ...((e.fields ?? []) as Wire[]).flatMap((f) => [f.name, f.value])].join('\n'),
    )
    .join('\n')
    .replace(/\\(.)/g, '$1');

// Generous waits: the machine running the tests may be busy (what is checked is the reply, not speed).
const WAIT_MS = 20_000;
const run = async (name: string, options: { name: string; value: string }[], who: FakeUser) =>
  fake.finalResponse(fake.command(name, options, as(who)), WAIT_MS);

describe('registration', () => {
  it('carries Hindi names and descriptions for every command, option and choice, and Discord accepts them', async () => {
    await registerDiscordCommands({
      token: TOKEN,
      applicationId: APP_ID,
      guildId: guild.id,
      apiUrl: fake.apiUrl,
      commands,
      log: pino({ level: 'silent' }),
    });
    const [put] = fake.requestsTo('PUT', new RegExp(`^/applications/${APP_ID}/guilds/${guild.id}/commands$`));
    expect(put?.status).toBe(200);
    const body = put!.body as Wire[];
    expect(body.map((c) => c.name)).toContain('language');
    for (const c of body) {
      expect(c.name_localizations?.hi, c.name).toMatch(DEVANAGARI);
      expect(c.description_localizations?.hi, c.name).toMatch(DEVANAGARI);
      for (const o of (c.options ?? []) as Wire[]) {
        expect(o.name_localizations?.hi, `${c.name} ${o.name}`).toMatch(DEVANAGARI);
        expect(o.description_localizations?.hi, `${c.name} ${o.name}`).toMatch(DEVANAGARI);
      }
    }
    const fact = body.find((c) => c.name === 'fact');
    expect(fact.name_localizations).toEqual({ hi: 'तथ्य' });
    const setup = body.find((c) => c.name === 'setup');
    const language = (setup.options as Wire[]).find((o) => o.name === 'language');
    expect(language.choices.map((c: Wire) => [c.value, c.name_localizations.hi])).toEqual([
      ['en', 'English (अंग्रेज़ी)'],
      ['hi', 'हिन्दी'],
    ]);
  });
});

describe('a server whose admin chose Hindi', () => {
  let message: Wire;
  let postId: number;

  it('gets its daily post in Hindi: the fact, the question and its options', async () => {
    const setup = await run(
      'setup',
      [
        { name: 'time', value: '08:00' },
        { name: 'timezone', value: 'Asia/Kolkata' },
        { name: 'language', value: 'hi' },
      ],
      admin,
    );
    expect(readable(setup.body)).toContain('यहाँ की दैनिक पोस्ट और सार्वजनिक उत्तर हिंदी में होंगे।');
    const community = (await t.database.store.communities.find('discord', guild.id))!;
    const today = localDateOf(t.clock.now(), community.timezone);
    const pick = t.content.daily(today);
    const claimed = await t.database.store.dailyPosts.claim(
      community.id,
      today,
      { factId: pick.fact.id, questionId: pick.question.id },
      'test',
      t.clock.now(),
      60_000,
    );
    postId = claimed!.id;
    const sent = await adapter.sendDaily(community, t.core.dailyReply(community, claimed!));
    message = fake.messages.get(sent.messageRef.split(':')[1]!);
    const shown = readable(message);
    const fact = localizeFact(pick.fact, 'hi');
    const question = localizeQuestion(pick.question, 'hi');
    expect(fact.title).toMatch(DEVANAGARI);
    expect(shown).toContain(fact.title);
    expect(shown).toContain(question.prompt);
    for (const option of question.options) expect(shown).toContain(option);
    expect(shown).not.toContain(pick.question.prompt);
  });

  it('answers a member who chose /language en privately in English, and one who did not in Hindi', async () => {
    const chose = await run('language', [{ name: 'language', value: 'en' }], meera);
    expect(chose.ephemeral).toBe(true);
    expect(readable(chose.body)).toMatch(/replies that only you see will now be in English/);

    const english = t.content.question(
      t.content.daily(localDateOf(t.clock.now(), 'Asia/Kolkata')).question.id,
    )!;
    const hindi = localizeQuestion(english, 'hi');
    const [hers, his] = await Promise.all([
      fake.finalResponse(fake.button(message, `d:${postId}:${english.answer}`, as(meera)), WAIT_MS),
      fake.finalResponse(fake.button(message, `d:${postId}:${english.answer}`, as(ravi)), WAIT_MS),
    ]);
    expect(hers.ephemeral).toBe(true);
    expect(readable(hers.body)).toContain(english.explanation.trim().slice(0, 60));
    expect(readable(hers.body)).not.toMatch(DEVANAGARI);
    expect(readable(his.body)).toContain(hindi.explanation.trim().slice(0, 60));

    const quiz = await run('quiz', [], meera);
    expect(quiz.ephemeral).toBe(true);
    const questionId = /^p:(.+):0$/.exec(quiz.body.components[0].components[0].custom_id as string)?.[1];
    expect(readable(quiz.body)).toContain(t.content.question(questionId!)!.options[0]);
  });

  it('finds the Shinkansen fact for /fact शिंकानसेन and /fact bullet train, shown in Hindi', async () => {
    for (const topic of ['शिंकानसेन', 'bullet train']) {
      const answer = await run('fact', [{ name: 'topic', value: topic }], ravi);
      expect(answer.ephemeral, topic).toBe(false);
      expect(readable(answer.body), topic).toContain('शिंकानसेन प्रौद्योगिकी');
    }
  });
});
