// The core's neutral Reply as a Discord message: one embed (escaped text, tone colour), for a
// question one row of four answer buttons, and a row for the reply's own buttons. Every payload
// forbids mentions, so a display name or a fact can never ping anyone.
import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  EmbedBuilder,
  MessageFlags,
  escapeMarkdown,
  type APIEmbed,
  type APIEmbedField,
} from 'discord.js';
import {
  answerButtons as questionButtons,
  encodeTap,
  type TapBudget,
  type TapButton,
} from '../../core/taps/index.ts';
import { truncate } from '../../core/format.ts';
import { t, type Lang } from '../../core/i18n/index.ts';
import type { QuestionCard, Reply } from '../../core/types.ts';
import { questionText, solutionText } from './question.ts';
import { attachmentOf } from './pictures.ts';

export const NO_MENTIONS = { parse: [] as [] };

/** Discord's documented limits for embeds and components. */
const LIMITS = {
  title: 256,
  description: 4096,
  fieldName: 256,
  fieldValue: 1024,
  fields: 25,
  footer: 2048,
  embedTotal: 6000,
  customId: 100,
} as const;

const COLOURS: Record<Reply['tone'], number> = {
  info: 0x5865f2,
  success: 0x57f287,
  error: 0xed4245,
};

/** Whether an embed field is the count of members who answered a daily post (in any language). */
const isAnsweredField = (name: string): Lang | undefined =>
  (['en', 'hi'] as const).find((lang) => t(lang, 'render.answered') === name);

/**
 * Names and content shown as plain text: every markdown construct escaped, including masked links,
 * headings, lists and quotes (discord.js leaves those alone by default), so a nickname such as
 * "[Claim](https://x.co)" or "# BIG" shows literally.
 */
export const escape = (text: string) =>
  escapeMarkdown(text, { maskedLink: true, heading: true, bulletedList: true, numberedList: true })
    .replace(/^(\s*)>/gm, '$1\\>')
    .replace(/^(\s*)-#/gm, '$1\\-#');

/** What a button's custom_id holds (the core's tap codec writes and reads it). */
export const TAP_BUDGET: TapBudget = { max: LIMITS.customId, unit: 'characters' };

/** Long field values (a section's topic list) continue in further fields rather than being cut. */
function splitField(name: string, value: string, lang: Lang): APIEmbedField[] {
  const parts: string[] = [];
  let rest = value;
  while (rest.length > LIMITS.fieldValue) {
    const cut = rest.lastIndexOf(' ', LIMITS.fieldValue - 1);
    const at = cut > LIMITS.fieldValue / 2 ? cut : LIMITS.fieldValue - 1;
    parts.push(rest.slice(0, at).trimEnd());
    rest = rest.slice(at).trimStart();
  }
  parts.push(rest || '—');
  return parts.map((v, i) => ({
    name: truncate(i === 0 ? name : t(lang, 'render.continued', { name }), LIMITS.fieldName),
    value: v,
  }));
}

export interface RenderOptions {
  /** Members who answered so far, shown on a public daily post. */
  answered?: number | undefined;
}

export function renderEmbed(reply: Reply, options: RenderOptions = {}): APIEmbed {
  const lang = reply.lang ?? 'en';
  const embed = new EmbedBuilder().setColor(COLOURS[reply.tone]);
  if (reply.title) embed.setTitle(truncate(escape(reply.title), LIMITS.title));

  const lines = reply.lines.map(escape);
  // The daily post's first line is the fact's title: set it apart from the text.
  if (reply.question?.kind === 'daily' && lines.length > 1) lines[0] = `**${lines[0]}**`;
  const body = lines.join('\n');
  const question = reply.question ? questionText(reply.question) : '';
  // Only the member who answered sees an ephemeral reply: the solution cannot spoil anyone.
  const solution = solutionText(reply.visibility === 'ephemeral' ? reply.answer?.solution : undefined, lang);
  const description = [body, question, solution].filter(Boolean).join('\n\n');
  if (description) embed.setDescription(truncate(description, LIMITS.description));

  const fields = (reply.fields ?? []).flatMap((f) => splitField(escape(f.name), escape(f.value), lang));
  if (options.answered !== undefined) fields.push(answeredField(options.answered, lang));
  // Footers are not rendered as markdown, so they are shown as they are.
  const footer = reply.footer ? truncate(reply.footer, LIMITS.footer) : '';
  // Keep the whole embed inside Discord's 6000-character budget by dropping trailing fields.
  let used = (embed.data.title?.length ?? 0) + (embed.data.description?.length ?? 0) + footer.length;
  const kept: APIEmbedField[] = [];
  for (const f of fields.slice(0, LIMITS.fields)) {
    const size = f.name.length + f.value.length;
    if (used + size > LIMITS.embedTotal - 20) break;
    used += size;
    kept.push(f);
  }
  if (kept.length > 0) embed.addFields(kept);
  if (footer) embed.setFooter({ text: footer });
  return embed.toJSON();
}

export function answeredField(count: number, lang: Lang): APIEmbedField {
  return { name: t(lang, 'render.answered'), value: t(lang, 'render.members', { n: count }), inline: true };
}

/** The embed of a posted daily message with its answer count replaced, in the post's language. */
export function withAnsweredCount(embed: APIEmbed, count: number): APIEmbed {
  const old = (embed.fields ?? []).find((f) => isAnsweredField(f.name));
  const lang = (old && isAnsweredField(old.name)) ?? 'en';
  const fields = (embed.fields ?? []).filter((f) => !isAnsweredField(f.name));
  return { ...embed, fields: [...fields, answeredField(count, lang)] };
}

/** One row of buttons (at most five, Discord's row size), each carrying its tap's payload. */
export function buttonRow(buttons: TapButton[], disabled = false) {
  const row = new ActionRowBuilder<ButtonBuilder>();
  for (const b of buttons.slice(0, 5)) {
    row.addComponents(
      new ButtonBuilder()
        .setCustomId(encodeTap(b.payload, TAP_BUDGET))
        .setLabel(truncate(b.label, 80))
        .setStyle(ButtonStyle.Secondary)
        .setDisabled(disabled),
    );
  }
  return row.toJSON();
}

export const answerButtons = (card: QuestionCard, disabled = false) =>
  buttonRow(questionButtons(card), disabled);

/** A full message body for channel sends and interaction replies. */
export function renderMessage(reply: Reply, options: RenderOptions = {}) {
  const embed = renderEmbed(reply, options);
  const picture = attachmentOf(reply);
  if (picture) embed.image = { url: picture.url };
  return {
    embeds: [embed],
    components: [
      ...(reply.question ? [answerButtons(reply.question)] : []),
      ...(reply.buttons?.length ? [buttonRow(reply.buttons)] : []),
    ],
    allowedMentions: NO_MENTIONS,
    ...(picture ? { files: [picture.file] } : {}),
  };
}

/** An interaction reply: ephemeral replies carry Discord's ephemeral flag. */
export function renderInteractionReply(reply: Reply) {
  return {
    ...renderMessage(reply),
    ...(reply.visibility === 'ephemeral' ? { flags: MessageFlags.Ephemeral as const } : {}),
  };
}

/** One sentence as an ephemeral reply (errors, "this works in servers"). */
export function sentence(text: string, tone: Reply['tone'] = 'error') {
  return renderInteractionReply({ visibility: 'ephemeral', tone, lines: [text] });
}
