// Who is an admin, asked when it matters: the real grammY bot against the fake Bot API server, over
// a real core on a real PostgreSQL. /help in a group shows the admin commands to the group's admins
// and only to them; the check is Telegram's getChatMember, remembered briefly.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTelegramBot, type TelegramBot } from '../helpers/telegramBot.ts';
import { sendAndWait } from '../helpers/telegramChat.ts';
import { FakeTelegram, tgGroup, tgUser, type FakeChat, type FakeUser } from './fakes/telegram-server.ts';

const TOKEN = '7000000003:AAFakeTelegramTokenForAdminTests_01234';

let fake: FakeTelegram;
let bot: TelegramBot | undefined;

const admin = tgUser(701, 'Asha', 'Admin');
const member = tgUser(702, 'Manoj');

beforeAll(async () => {
  bot = await startTelegramBot({ token: TOKEN, username: 'StudyAdminsBot' });
  ({ fake } = bot);
});

afterAll(() => bot?.close());

const ask = async (chat: FakeChat, from: FakeUser, text: string) =>
  (await sendAndWait(fake, chat, from, text)).result.text as string;

describe('/help in a group', () => {
  it('lists /setup, /pause and /resume to an admin and not to a plain member', async () => {
    const group = fake.addChat(tgGroup(-1001000000701, 'Admins and members'));
    fake.setMemberStatus(group.id, admin.id, 'administrator');
    fake.setMemberStatus(group.id, member.id, 'member');

    const forAdmin = await ask(group, admin, '/help');
    expect(forAdmin).toContain('/setup <HH:MM> [timezone]');
    expect(forAdmin).toContain('/pause');
    expect(forAdmin).toContain('/resume');
    expect(forAdmin).toContain('/fact <topic>');

    const forMember = await ask(group, member, '/help');
    expect(forMember).toContain('/fact <topic>');
    expect(forMember).not.toContain('/setup <HH:MM>');
    expect(forMember).not.toContain('/pause');
    expect(forMember).not.toContain('/resume');
  });

  it('asks Telegram once for a burst of commands from the same admin', async () => {
    const group = fake.addChat(tgGroup(-1001000000702, 'Busy admins'));
    fake.setMemberStatus(group.id, admin.id, 'creator');
    const since = fake.calls.length;
    expect(await ask(group, admin, '/help')).toContain('/pause');
    expect(await ask(group, admin, '/pause')).toContain('Daily post paused');
    expect(fake.callsOf('getChatMember', since)).toHaveLength(1);
  });
});
