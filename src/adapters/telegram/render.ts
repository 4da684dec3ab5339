// The core's neutral Reply as Telegram sees it: HTML messages (every piece of text escaped), split
// at the message length limit, inline keyboards for questions, quiz-poll parameters and the short
// alert text of a callback answer.
import { InlineKeyboard } from 'grammy';
import { isHighSurrogate, truncate } from '../../core/format.ts';
import { isMultiFormat } from '../../core/question-layout.ts';
import { answerButtons, encodeTap, type TapBudget, type TapButton } from '../../core/taps/index.ts';
import type { QuestionCard, Reply } from '../../core/types.ts';
import { questionBlocks, solutionBlocks } from './question.ts';

/** Bot API limits (https://core.telegram.org/bots/api). */
export const TELEGRAM_LIMITS = {
  message: 4096,
  pollQuestion: 300,
  pollOption: 100,
  pollExplanation: 200,
  pollExplanationLineFeeds: 2,
  callbackAlert: 200,
  callbackData: 64,
} as const;

/** Escapes text for parse_mode HTML: Telegram needs &, < and > escaped (and " inside attributes). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;',
  );
}

type Style = 'b' | 'i' | undefined;

/** A paragraph of plain text with one optional style; rendered escaped and wrapped in its tag. */
export interface Block {
  text: string;
  style?: Style;
  /** A blank line goes before this block. */
  gap?: boolean;
  /** This block starts a new message (the statements a quiz poll replies to). */
  newMessage?: boolean;
}

const TONE_ICON: Record<Reply['tone'], string> = { info: '', success: '✅ ', error: '⚠️ ' };

export interface RenderOptions {
  /** Leave the question out (it is sent as a poll, or shown elsewhere); otherwise it is shown as text
   * with lettered options, to be answered through a keyboard. */
  omitQuestion?: boolean;
  /** An extra line after the body (e.g. pointing to the poll). */
  note?: string;
  /** With omitQuestion: still show the body of a multi-statement question (the poll carries only
   * its lead-in, so the statements go in the message before it). */
  statementsBeforePoll?: boolean;
}

/** The reply as one or more HTML messages, each within Telegram's length limit. */
export function renderReply(
  reply: Reply,
  options: RenderOptions = {},
  limit: number = TELEGRAM_LIMITS.message,
): string[] {
  const blocks: Block[] = [];
  if (reply.title) blocks.push({ text: `${TONE_ICON[reply.tone]}${reply.title}`, style: 'b' });
  reply.lines.forEach((line, i) => {
    const first = i === 0 && blocks.length > 0;
    blocks.push({ text: !reply.title && i === 0 ? `${TONE_ICON[reply.tone]}${line}` : line, gap: first });
  });
  (reply.fields ?? []).forEach((field, i) => {
    blocks.push({ text: field.name, style: 'b', gap: i === 0 && blocks.length > 0 });
    blocks.push({ text: field.value });
  });
  const card = reply.question;
  if (card && !options.omitQuestion) blocks.push(...questionBlocks(card));
  else if (card && options.statementsBeforePoll && isMultiFormat(card))
    blocks.push(...questionBlocks(card, { forPoll: true }));
  blocks.push(...solutionBlocks(reply.answer?.solution, reply.lang ?? 'en'));
  if (options.note) blocks.push({ text: options.note, gap: blocks.length > 0 });
  if (reply.footer) blocks.push({ text: reply.footer, style: 'i', gap: blocks.length > 0 });
  if (blocks.length === 0) blocks.push({ text: '…' });
  return packBlocks(blocks, limit);
}

function wrap(html: string, style: Style): string {
  return style ? `<${style}>${html}</${style}>` : html;
}

/**
 * Packs blocks into messages of at most `limit` characters of HTML (a safe bound: Telegram counts
 * the text after parsing, which is never longer). A block too long for one message is split at
 * whitespace, and each piece keeps its own tags, so every message is valid HTML on its own.
 */
export function packBlocks(blocks: Block[], limit: number): string[] {
  const messages: string[] = [];
  let current = '';
  const flush = () => {
    if (current) messages.push(current);
    current = '';
  };
  for (const block of blocks) {
    if (block.newMessage) flush();
    for (const [i, piece] of splitBlock(block, limit).entries()) {
      const separator = current ? (block.gap && i === 0 ? '\n\n' : '\n') : '';
      if (current.length + separator.length + piece.length > limit) {
        flush();
        current = piece;
      } else {
        current += separator + piece;
      }
    }
  }
  flush();
  return messages;
}

function splitBlock(block: Block, limit: number): string[] {
  const overhead = block.style ? 5 + 2 * block.style.length : 0;
  const budget = limit - overhead;
  const pieces: string[] = [];
  let rest = block.text;
  while (rest) {
    const escaped = escapeHtml(rest);
    if (escaped.length <= budget) {
      pieces.push(wrap(escaped, block.style));
      break;
    }
    // Longest prefix whose escaped form fits, then back to the last whitespace in it if there is one.
    let size = 0;
    let cut = 0;
    while (cut < rest.length) {
      const step = escapeHtml(rest[cut]!).length;
      if (size + step > budget) break;
      size += step;
      cut += 1;
    }
    if (cut > 0 && isHighSurrogate(rest.charCodeAt(cut - 1))) cut -= 1;
    const space = rest.slice(0, cut).search(/\s\S*$/);
    if (space > cut / 2) cut = space;
    pieces.push(wrap(escapeHtml(rest.slice(0, cut).trimEnd()), block.style));
    rest = rest.slice(cut).trimStart();
  }
  return pieces;
}

/** What a button's callback_data holds (the core's tap codec writes and reads it). */
export const TAP_BUDGET: TapBudget = { max: TELEGRAM_LIMITS.callbackData, unit: 'bytes' };

/** One row of buttons, each carrying its tap's payload as callback data. */
export function tapKeyboard(buttons: TapButton[]): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  for (const b of buttons) keyboard.text(b.label, encodeTap(b.payload, TAP_BUDGET));
  return keyboard;
}

/** The buttons (a)-(d) for a question. */
export const answerKeyboard = (card: QuestionCard) => tapKeyboard(answerButtons(card));

/** A native quiz poll for a question: Telegram checks the answer and shows it only to the voter. */
export function quizPoll(card: QuestionCard, anonymous: boolean) {
  // Telegram allows at most two line feeds in an explanation.
  let feeds = 0;
  const explanation = card.explanation.replace(/\n/g, () =>
    ++feeds > TELEGRAM_LIMITS.pollExplanationLineFeeds ? ' ' : '\n',
  );
  return {
    // Multi formats: the statements went in the message before; the poll asks the lead-in.
    question: truncate(
      (isMultiFormat(card) && card.pollQuestion) || card.prompt,
      TELEGRAM_LIMITS.pollQuestion,
    ),
    options: (card.pollOptions ?? card.options).map((text) => ({
      text: truncate(text, TELEGRAM_LIMITS.pollOption),
    })),
    other: {
      type: 'quiz' as const,
      is_anonymous: anonymous,
      correct_option_id: card.correct,
      ...(explanation.trim() ? { explanation: truncate(explanation, TELEGRAM_LIMITS.pollExplanation) } : {}),
    },
  };
}

/**
 * The feedback of a tapped answer as a callback alert (plain text, at most 200 characters, seen only
 * by the member who tapped). When everything does not fit, the verdict and the streak line win over
 * the explanation.
 */
export function alertText(reply: Reply, limit: number = TELEGRAM_LIMITS.callbackAlert): string {
  const parts = [reply.title, ...reply.lines].filter((p): p is string => !!p && p.trim() !== '');
  // Order of importance: the verdict (title), the last line (streak and points, or the practice note
  // for daily/practice answers), then the rest in order.
  const priority =
    reply.answer && parts.length > 1
      ? [0, parts.length - 1, ...parts.keys()].filter((v, i, a) => a.indexOf(v) === i)
      : [...parts.keys()];
  const kept = new Set<number>();
  let used = 0;
  for (const index of priority) {
    const part = parts[index]!;
    const cost = part.length + (kept.size > 0 ? 1 : 0);
    if (used + cost <= limit) {
      kept.add(index);
      used += cost;
    } else if (kept.size === 0 || limit - used > 40) {
      // Room for a meaningful fragment: shorten this part rather than drop it.
      const room = limit - used - (kept.size > 0 ? 1 : 0);
      parts[index] = truncate(part, room);
      kept.add(index);
      used = limit;
    }
  }
  return parts.filter((_, i) => kept.has(i)).join('\n');
}

/** First name and last name, as Telegram shows a user. */
export function displayName(user: { first_name: string; last_name?: string | undefined }): string {
  return [user.first_name, user.last_name].filter(Boolean).join(' ');
}
