// Issue 14 in the terminal chat (the real ConsoleAdapter over a real core and PostgreSQL): the
// person at the terminal sets the community to Hindi with /setup, so the daily post comes in Hindi
// (Devanagari on screen); after /language en their own replies (/quiz) are English while public
// ones stay Hindi; /fact finds the Shinkansen typed in Devanagari or English.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONSOLE_CHAT_ID } from '../../src/adapters/console/index.ts';
import { localizeFact, localizeQuestion } from '../../src/content/index.ts';
import type { Reply } from '../../src/core/types.ts';
import { consoleTerminal } from '../helpers/consoleTerminal.ts';
import { createTestCore, type TestCore } from '../helpers/core.ts';

const DEVANAGARI = /[\u0900-\u097F]/;
let t: TestCore;
beforeAll(async () => {
  t = await createTestCore({ now: '2026-11-27T06:00:00Z' });
});
afterAll(() => t.close());

const terminal = () => consoleTerminal(t, 'asha');

/** Whether the practice question a /quiz printed is the `lang` text of its question. */
function inLanguage(reply: Reply, lang: 'en' | 'hi'): boolean {
  const card = reply.question!;
  const q = localizeQuestion(t.content.question(card.questionId)!, lang);
  return card.prompt.startsWith(q.prompt) && card.options.join('|') === q.options.join('|');
}

describe('the terminal chat in Hindi', () => {
  it('/setup … hi brings the daily post in Hindi; after /language en, /quiz is English and /fact stays Hindi', async () => {
    const { adapter, text } = terminal();
    const setup = await adapter.handle('/setup 08:00 Asia/Kolkata hi');
    expect(setup.lines.join('\n')).toContain('यहाँ की दैनिक पोस्ट और सार्वजनिक उत्तर हिंदी में होंगे।');

    // The scheduler's path: the community's post, built and sent through the adapter.
    const community = await t.core.community({ platform: 'console', chatId: CONSOLE_CHAT_ID });
    const post = await t.core.todaysPost(community, '2026-11-27');
    let before = text().length;
    await adapter.sendDaily(community, t.core.dailyReply(community, post));
    const daily = text().slice(before);
    const fact = localizeFact(t.content.fact(post.factId)!, 'hi');
    const question = localizeQuestion(t.content.question(post.questionId)!, 'hi');
    expect(daily).toContain(fact.title);
    expect(daily).toContain(question.prompt.slice(0, 40));
    for (const option of question.options) expect(daily).toContain(option.slice(0, 30));

    // No choice yet and no platform hint: the member's replies follow the community (Hindi).
    expect(inLanguage(await adapter.handle('/quiz'), 'hi')).toBe(true);

    const chose = await adapter.handle('/language en');
    expect(chose.lines[0]).toMatch(/replies that only you see will now be in English/);
    before = text().length;
    expect(inLanguage(await adapter.handle('/quiz'), 'en')).toBe(true);
    expect(text().slice(before)).not.toMatch(DEVANAGARI);

    for (const topic of ['शिंकानसेन', 'bullet train']) {
      before = text().length;
      await adapter.handle(`/fact ${topic}`);
      expect(text().slice(before), topic).toContain('शिंकानसेन प्रौद्योगिकी');
    }
  });
});
