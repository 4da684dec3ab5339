// A core form (Reply.form) as a Discord modal, and a submitted modal's values back as the form's.
// Discord's limits: a title and each label at most 45 characters, at most 5 text inputs, custom_id
// at most 100, a placeholder at most 100, a value at most 4000 characters.
import {
  ComponentType,
  TextInputStyle,
  type APIModalInteractionResponseCallbackData,
  type ModalSubmitInteraction,
} from 'discord.js';
import { truncate } from '../../core/format.ts';
import type { FormSpec, FormValues } from '../../core/forms/types.ts';

const MAX_INPUTS = 5;
const TITLE_MAX = 45;
const LABEL_MAX = 45;
const PLACEHOLDER_MAX = 100;
const VALUE_MAX = 4000;

export function renderModal(form: FormSpec): APIModalInteractionResponseCallbackData {
  return {
    custom_id: form.id,
    title: truncate(form.title, TITLE_MAX),
    components: form.fields.slice(0, MAX_INPUTS).map((f) => ({
      type: ComponentType.ActionRow,
      components: [
        {
          type: ComponentType.TextInput,
          custom_id: f.key,
          label: truncate(f.label, LABEL_MAX),
          style: f.style === 'paragraph' ? TextInputStyle.Paragraph : TextInputStyle.Short,
          required: f.required,
          max_length: Math.min(f.max, VALUE_MAX),
          ...(f.min ? { min_length: f.min } : {}),
          ...(f.placeholder ? { placeholder: truncate(f.placeholder, PLACEHOLDER_MAX) } : {}),
        },
      ],
    })),
  };
}

/** The text inputs of a submitted modal, by their custom_id (the form's field keys). */
export function modalValues(interaction: ModalSubmitInteraction): FormValues {
  const values: FormValues = {};
  for (const [key, field] of interaction.fields.fields) {
    if ('value' in field && typeof field.value === 'string') values[key] = field.value;
  }
  return values;
}
