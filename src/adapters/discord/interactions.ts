// Every Discord interaction mapped to a core call and acknowledged within Discord's 3 seconds.
//
// The acknowledgement rule: the core's work starts at once; if it is done within `deferAfterMs`
// (1.5 s by default — a normal command or tap takes a few milliseconds of database work) the
// answer is the reply itself, with exactly the visibility the core chose. If it is not, the
// interaction is deferred then (publicly or privately, as that command usually answers) and the
// reply is edited in when ready; a private answer to a public deferral is sent as an ephemeral
// follow-up after the placeholder is removed. Autocomplete answers straight from memory.
import {
  GuildMember,
  MessageFlags,
  PermissionFlagsBits,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  type ModalSubmitInteraction,
  type RepliableInteraction,
} from 'discord.js';
import type { StudyCore } from '../../core/engine.ts';
import { memberLang, t } from '../../core/i18n/index.ts';
import type { Actor, Capability, CommandArgs, Invocation, Place, Reply } from '../../core/types.ts';
import type { Logger } from '../../log.ts';
import type { AnswerCounter } from './answerCounter.ts';
import { safeError } from './errors.ts';
import { truncate } from '../../core/format.ts';
import { parseTap } from '../../core/taps/index.ts';
import { parseMessageRef } from '../messageRef.ts';
import { renderInteractionReply, renderMessage, sentence, TAP_BUDGET } from './render.ts';
import { modalValues, renderModal } from './modal.ts';

/** What a Discord server offers the commands that need it (CommandDefinition.needs). */
export const DISCORD_CAPABILITIES: readonly Capability[] = ['roles', 'buttons'];

/** The language of a notice the adapter gives itself, before or instead of the core's reply. */
const langOf = (interaction: Interaction) => memberLang(actorOf(interaction));

export interface InteractionDeps {
  core: StudyCore;
  log: Logger;
  counter: AnswerCounter;
  deferAfterMs: number;
  /** A daily answer was recorded in a server (role rewards look at the member's new standing). */
  onRecorded?: ((guildId: string, userId: string) => void) | undefined;
}

export function actorOf(interaction: Interaction): Actor {
  const { member, user } = interaction;
  const displayName =
    member instanceof GuildMember ? member.displayName : (member?.nick ?? user.globalName ?? user.username);
  // Permissions come with every guild interaction (channel overwrites applied), so the answer
  // needs no request and is read only when the core asks.
  const isAdmin = () =>
    Promise.resolve(
      interaction.inGuild() && (interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) ?? false),
    );
  return { platform: 'discord', userId: user.id, displayName, isAdmin, locale: interaction.locale };
}

export function placeOf(interaction: Interaction): Place {
  if (interaction.inGuild()) {
    return {
      platform: 'discord',
      chatId: interaction.guildId,
      channelId: interaction.channelId ?? undefined,
      title: interaction.guild?.name,
      botCanManageRoles: interaction.appPermissions?.has(PermissionFlagsBits.ManageRoles),
      capabilities: DISCORD_CAPABILITIES,
      // A server gets daily posts only after an admin's /setup picks the channel.
      postsBeforeSetup: false,
    };
  }
  // No channel: a DM "community" never gets a daily post, and commands that need a server are
  // refused there (the core reads each command's `runIn`).
  return {
    platform: 'discord',
    chatId: `dm:${interaction.user.id}`,
    title: t(langOf(interaction), 'discord.directMessages'),
    postsBeforeSetup: false,
    kind: 'direct',
    isPrivate: true,
  };
}

const invocationOf = (interaction: Interaction): Invocation => ({
  actor: actorOf(interaction),
  place: placeOf(interaction),
});

function context(interaction: Interaction): Record<string, unknown> {
  return {
    interactionId: interaction.id,
    interactionType: interaction.type,
    command: interaction.isCommand() || interaction.isAutocomplete() ? interaction.commandName : undefined,
    customId: interaction.isMessageComponent() ? interaction.customId : undefined,
    guildId: interaction.guildId,
    channelId: interaction.channelId,
    userId: interaction.user.id,
  };
}

const SLOW = Symbol('slow');

export function createInteractionHandler(deps: InteractionDeps): (interaction: Interaction) => Promise<void> {
  const { core, log, counter } = deps;

  /** Replies with the core's answer, deferring first if it is not ready in time (see the rule above). */
  async function respond(
    interaction: RepliableInteraction,
    work: Promise<Reply>,
    usually: Reply['visibility'],
  ): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const slow = new Promise<typeof SLOW>((resolve) => {
      timer = setTimeout(() => resolve(SLOW), deps.deferAfterMs);
    });
    const first = deps.deferAfterMs <= 0 ? SLOW : await Promise.race([work, slow]);
    clearTimeout(timer);
    if (first !== SLOW) {
      await interaction.reply(renderInteractionReply(first));
      return;
    }
    await interaction.deferReply(usually === 'ephemeral' ? { flags: MessageFlags.Ephemeral } : {});
    const reply = await work;
    if (reply.visibility === 'ephemeral' && usually === 'public') {
      // A public placeholder cannot turn private: remove it and answer privately.
      await interaction.deleteReply();
      await interaction.followUp(renderInteractionReply(reply));
    } else {
      await interaction.editReply(renderMessage(reply));
    }
  }

  async function command(interaction: ChatInputCommandInteraction): Promise<void> {
    const name = interaction.commandName;
    const def = core.command(name);
    const args: CommandArgs = {};
    for (const option of def?.options ?? []) {
      const value = interaction.options.get(option.name)?.value;
      args[option.name] = value === undefined || value === null ? undefined : String(value);
    }
    // An unknown name, or a server command in DMs, gets the core's friendly sentence.
    const work = core.execute(invocationOf(interaction), name, args);
    if (def?.form) {
      // A modal must be the interaction's first answer (a deferral cannot be followed by one), so
      // a command that opens a form is answered when the core is ready, without deferring.
      const reply = await work;
      if (reply.form) await interaction.showModal(renderModal(reply.form));
      else await interaction.reply(renderInteractionReply(reply));
      return;
    }
    await respond(interaction, work, def?.reply === 'public' ? 'public' : 'ephemeral');
  }

  async function autocomplete(interaction: AutocompleteInteraction): Promise<void> {
    const focused = interaction.options.getFocused(true);
    const option = core.command(interaction.commandName)?.options.find((o) => o.name === focused.name);
    const choices = option?.autocomplete
      ? core
          .autocomplete(String(focused.value))
          .slice(0, 25)
          .map((t) => ({ name: truncate(t.title, 100), value: t.id.slice(0, 100) }))
      : [];
    await interaction.respond(choices);
  }

  async function button(interaction: ButtonInteraction): Promise<void> {
    const payload = parseTap(interaction.customId, TAP_BUDGET);
    if (!payload) {
      await interaction.reply(sentence(t(langOf(interaction), 'discord.unknownButton'), 'info'));
      return;
    }
    const work = core.answerTap(invocationOf(interaction), payload);
    const { message } = interaction;
    const onPublicPost = interaction.inGuild() && !message.flags.has(MessageFlags.Ephemeral);
    // The count is updated whether or not the acknowledgement below succeeds: the answer is in.
    void work
      .then((reply) => {
        if (reply.answer?.status !== 'recorded') return;
        // A daily answer counts on its server's post wherever it was given (a DM's "Today's
        // question" too): the post's count and the member's role rewards follow it there.
        const post = reply.answer.post;
        const guildId = post?.communityId ?? interaction.guildId;
        if (guildId) deps.onRecorded?.(guildId, interaction.user.id);
        if (!post) return;
        if (onPublicPost) {
          counter.bump({
            channelId: interaction.channelId,
            messageId: message.id,
            postId: post.id,
            embeds: message.embeds.map((e) => e.toJSON()),
          });
          return;
        }
        const ref = parseMessageRef(post.messageRef);
        if (ref) counter.bump({ channelId: ref.chatId, messageId: ref.messageId, postId: post.id });
      })
      .catch(() => undefined);
    await respond(interaction, work, 'ephemeral');
  }

  /** A filled modal: the form's id and values go to the core as they came. */
  async function modalSubmit(interaction: ModalSubmitInteraction): Promise<void> {
    const work = core.submitForm(invocationOf(interaction), interaction.customId, modalValues(interaction));
    await respond(interaction, work, 'ephemeral');
  }

  async function route(interaction: Interaction): Promise<void> {
    if (interaction.isChatInputCommand()) return command(interaction);
    if (interaction.isAutocomplete()) return autocomplete(interaction);
    if (interaction.isButton()) return button(interaction);
    if (interaction.isModalSubmit()) return modalSubmit(interaction);
    if (interaction.isRepliable()) {
      log.info(context(interaction), 'discord interaction of a kind this bot does not handle');
      await interaction.reply(sentence(t(langOf(interaction), 'discord.unknownInteraction'), 'info'));
    }
  }

  return async (interaction) => {
    const started = Date.now();
    try {
      await route(interaction);
      log.debug({ ...context(interaction), ms: Date.now() - started }, 'discord interaction handled');
    } catch (err) {
      log.error({ error: safeError(err), ...context(interaction) }, 'discord interaction failed');
      if (!interaction.isRepliable()) return;
      // The engine's own sentence for a failure, not a copy of it.
      const failed = t(langOf(interaction), 'common.somethingWrong');
      try {
        if (interaction.deferred && !interaction.replied) {
          await interaction.editReply(
            renderMessage({ visibility: 'ephemeral', tone: 'error', lines: [failed] }),
          );
        } else if (interaction.replied) {
          await interaction.followUp(sentence(failed));
        } else {
          await interaction.reply(sentence(failed));
        }
      } catch (again) {
        // Most often the 3-second window or the 15-minute token has passed.
        log.warn(
          { error: safeError(again), ...context(interaction) },
          'could not tell the member about a failure',
        );
      }
    }
  };
}
