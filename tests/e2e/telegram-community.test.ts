// Running a study group on Telegram (issue 15 items 3 and 5), end to end: the real grammY bot
// against the fake Bot API, over a real core and PostgreSQL. A member reports a mistake (markup in
// it stays text), admins list and resolve reports, read /insights and get /export as a document in
// their private chat; members are refused the admin commands.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestCore } from '../helpers/core.ts';
import { startTelegramBot, type TelegramBot } from '../helpers/telegramBot.ts';
import { FakeTelegram, tgGroup, tgPrivate, tgUser, type RecordedCall } from './fakes/telegram-server.ts';

const TOKEN = '7000000003:AAFakeTelegramTokenForCommunity_0123';
const BOT = 'StudyCircleBot';

let fake: FakeTelegram;
let t: TestCore;
let bot: TelegramBot | undefined;

const kiran = tgUser(301, 'Kiran', 'Das');
const leela = tgUser(302, 'Leela', 'Nair');
const omar = tgUser(303, 'Omar', 'Khan');
const group = tgGroup(-100881, 'Mains Circle');

beforeAll(async () => {
  bot = await startTelegramBot({ token: TOKEN, username: BOT, chats: [group, tgPrivate(leela)] });
  ({ fake, t } = bot);
  fake.setMemberStatus(group.id, leela.id, 'administrator');
  fake.setMemberStatus(group.id, omar.id, 'administrator');
  fake.setMemberStatus(group.id, kiran.id, 'member');
});

afterAll(() => bot?.close());

/** Writes in the group and waits for the bot's reply there (it quotes the command). */
async function say(from: typeof kiran, text: string): Promise<RecordedCall> {
  const since = fake.calls.length;
  const sent = fake.sendText(group, from, text);
  return fake.waitFor(
    'sendMessage',
    (c) =>
      String(c.params.chat_id) === String(group.id) &&
      c.status === 200 &&
      c.params.reply_parameters?.message_id === sent.message_id,
    // The first command of a run starts the database pool: give a loaded machine time.
    { since, timeoutMs: 30_000 },
  );
}

describe('reports on Telegram', () => {
  it("a member reports today's question; markup in the report stays text", async () => {
    const reply = await say(kiran, '/report <b>wrong</b> year, see @admin');
    expect(reply.result.text).toMatch(
      /^✅ Thank you: report #1 on the question ".*" is with the group's admins\.$/,
    );
    const [row] = await t.database.store.reports.all();
    expect(row!.text).toBe('<b>wrong</b> year, see @admin');
  });

  it('a member is refused /reports; an admin sees the report as typed and resolves it', async () => {
    expect((await say(kiran, '/reports')).result.text).toMatch(/Only the group's admins can use \/reports/);
    const list = await say(leela, '/reports');
    // The fake parses the HTML as Telegram does: the tags arrive as text, not bold.
    expect(list.result.text).toContain('<b>wrong</b> year, see @admin — Kiran Das');
    expect(list.params.text).toContain('&lt;b&gt;wrong&lt;/b&gt;');
    expect((await say(leela, '/reports resolve 1')).result.text).toBe('✅ Report #1 is resolved.');
  });
});

describe('insight on Telegram', () => {
  it('/insights: refused to a member, shown to an admin', async () => {
    expect((await say(kiran, '/insights')).result.text).toMatch(/Only the group's admins/);
    // Nobody has answered yet here.
    expect((await say(leela, '/insights')).result.text).toMatch(/nothing to show/);
    expect((await say(kiran, '/answer A')).result.text).toMatch(/your answer is in/);
    const insights = await say(leela, '/insights');
    expect(insights.result.text).toMatch(
      /Insights · last 14 days[\s\S]*Answers per day[\s\S]*Fri, 27 Nov\s+1 █/,
    );
  });

  it('the Report a problem button flags the answered question; a member who did not answer files nothing', async () => {
    const c = await t.core.community({ platform: 'telegram', chatId: String(group.id), title: group.title });
    const post = await t.core.todaysPost(c, '2026-11-27');
    const message = { message_id: 1, chat: group, date: 0, text: 'x' };
    let since = fake.calls.length;
    fake.tap(kiran, message, `rp:${post.id}`);
    const alert = await fake.waitFor('answerCallbackQuery', () => true, { since });
    expect(alert.params.text).toMatch(/report #2 on the question/);
    since = fake.calls.length;
    fake.tap(leela, message, `rp:${post.id}`);
    const refused = await fake.waitFor('answerCallbackQuery', () => true, { since });
    expect(refused.params.text).toMatch(/could not find your answer/);
    const rows = await t.database.store.reports.all();
    expect(rows.map((r) => [r.id, r.reporter, r.text])).toEqual([
      [1, 'Kiran Das', '<b>wrong</b> year, see @admin'],
      [2, 'Kiran Das', ''],
    ]);
  });

  it('/export sends the CSV to the admin privately and says so in the group', async () => {
    let since = fake.calls.length;
    expect((await say(kiran, '/export')).result.text).toMatch(/Only the group's admins/);
    expect(fake.callsOf('sendDocument', since)).toHaveLength(0);

    since = fake.calls.length;
    const note = await say(leela, '/export');
    expect(note.result.text).toBe("Leela Nair, I've sent you the file privately.");
    const [doc] = fake.callsOf('sendDocument', since);
    expect(doc?.status).toBe(200);
    expect(String(doc!.params.chat_id)).toBe(String(leela.id));
    expect(doc!.result.document.file_name).toBe('members-2026-11-27.csv');
    expect(String(doc!.result.caption)).toMatch(/Points and streaks of 1 member/);
    const csv = doc!.files![0]!.data.toString('utf8');
    expect(csv).toMatch(/\r\n1,Kiran Das,301,/);
  });

  it('an admin who never opened a private chat with the bot is told how, and no file goes to the group', async () => {
    const since = fake.calls.length;
    const note = await say(omar, '/export');
    expect(note.result.text).toMatch(
      /^Omar Khan, I can only send the file in a private chat: open one with me \(@StudyCircleBot\)/,
    );
    expect(fake.callsOf('sendDocument', since).filter((c) => c.status === 200)).toHaveLength(0);
  });
});
