// A form: several labelled text fields a member fills in at once, as the core describes it (compare
// Koishi's universal elements): the platform decides how it is shown. Discord shows a modal;
// platforms without one (Telegram, the terminal) ask for one field per message (forms/session.ts).
// Every filled form comes back through StudyCore.submitForm with the form's id, which adapters
// carry as it is and never parse.

export interface FormField {
  /** The value's name in the submitted values (Discord: the text input's custom_id). */
  key: string;
  /** What the field asks for (at most 45 characters: Discord's label limit). */
  label: string;
  /** One line, or several. */
  style: 'short' | 'paragraph';
  /** Characters allowed (Discord enforces them in the modal; the core checks them everywhere). */
  min?: number | undefined;
  max: number;
  required: boolean;
  /** An example or how to write it (Discord: the placeholder, at most 100 characters). */
  placeholder?: string | undefined;
  /**
   * What is wrong with this one answer, if anything (already worded in the member's language).
   * Where a form is asked field by field, a wrong answer is asked again at once instead of the
   * whole form being refused at the end; a modal checks the whole form on submit as before.
   */
  check?: ((value: string) => string | undefined) | undefined;
}

export interface FormSpec {
  /** Opaque to adapters (at most 100 characters: a Discord custom_id). */
  id: string;
  /** At most 45 characters (Discord's modal title). */
  title: string;
  /** At most 5 (Discord's modal). */
  fields: FormField[];
}

/** What a member wrote, by field key. */
export type FormValues = Record<string, string>;
