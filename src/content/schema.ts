// The content pack format: one zod schema per YAML file of a pack, and the loaded (validated) types.
// The same schemas generate content/pack.schema.json (scripts/content-schema.ts) for editors.
import { z } from 'zod';

/** Telegram quiz-poll limits (Bot API sendPoll): the strictest platform decides the format. */
export const LIMITS = {
  questionPrompt: 300,
  option: 100,
  explanation: 200,
  explanationLineFeeds: 2,
  factText: 600,
  /** Discord autocomplete choice names and embed titles stay well inside 100 characters. */
  title: 100,
  alias: 100,
  /** Ids travel in Discord custom_id (max 100 chars) together with a prefix. */
  id: 64,
} as const;

export const OPTION_LETTERS = ['A', 'B', 'C', 'D'] as const;

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const IdSchema = z
  .string()
  .max(LIMITS.id, `must be at most ${LIMITS.id} characters`)
  .regex(KEBAB, 'must be kebab-case: lower-case letters, digits and single hyphens (e.g. "osaka-track")')
  .describe('Stable kebab-case identifier; never rename it once published (answers and stats refer to it).');

const text = (max: number, what: string) =>
  z.string().trim().min(1, `${what} must not be empty`).max(max, `${what} must be at most ${max} characters`);

export const TagSchema = z.enum(['prelims', 'mains']);
export type Tag = z.infer<typeof TagSchema>;

export const DifficultySchema = z.enum(['easy', 'medium', 'hard']);
export type Difficulty = z.infer<typeof DifficultySchema>;

export const SectionSchema = z.strictObject({
  id: IdSchema,
  title: text(LIMITS.title, 'title').describe(
    'Human title of the source section; question explanations cite it in parentheses.',
  ),
});
export type Section = z.infer<typeof SectionSchema>;

/** pack.yaml */
export const PackManifestSchema = z
  .strictObject({
    id: IdSchema.describe('Pack id; must equal the folder name.'),
    title: text(LIMITS.title, 'title'),
    source: text(1000, 'source').describe('Where every fact comes from (article, publication, date).'),
    sections: z
      .array(SectionSchema)
      .min(1, 'a pack needs at least one section')
      .describe('The sections of the source, in reading order. Facts and questions refer to them by id.'),
  })
  .meta({ title: 'pack.yaml', description: 'Pack manifest: id, title, source and the list of sections.' });
export type PackManifest = z.infer<typeof PackManifestSchema>;

export const FactSchema = z.strictObject({
  id: IdSchema,
  title: text(LIMITS.title, 'title'),
  aliases: z
    .array(text(LIMITS.alias, 'alias'))
    .default([])
    .describe('Other names a learner may type with /fact (acronyms, full names). Unique across the pack.'),
  text: text(LIMITS.factText, 'text'),
  section: IdSchema.describe('Id of a section listed in pack.yaml.'),
  tags: z
    .array(TagSchema)
    .min(1, 'at least one tag (prelims or mains) is required')
    .refine((tags) => new Set(tags).size === tags.length, 'tags must not repeat'),
});
export type Fact = z.output<typeof FactSchema>;

/** facts.yaml */
export const FactsFileSchema = z
  .strictObject({ facts: z.array(FactSchema).min(1, 'facts.yaml must list at least one fact') })
  .meta({ title: 'facts.yaml', description: 'The facts of a pack, looked up with /fact and posted daily.' });

const OptionSchema = text(LIMITS.option, 'option');

/** A question as written in questions.yaml: the answer is a letter A-D. */
export const QuestionInputSchema = z.strictObject({
  id: IdSchema,
  factId: IdSchema.describe('Id of the fact this question tests (facts.yaml).'),
  section: IdSchema.optional().describe("Section id; defaults to the tested fact's section."),
  difficulty: DifficultySchema,
  prompt: text(LIMITS.questionPrompt, 'prompt'),
  options: z
    .array(OptionSchema)
    .length(4, 'exactly 4 options are required')
    .describe('Exactly four options, written in the order they are shown (A, B, C, D).'),
  answer: z.enum(OPTION_LETTERS).describe('Letter of the correct option: A, B, C or D.'),
  explanation: text(LIMITS.explanation, 'explanation')
    .refine(
      (s) => (s.match(/\n/g) ?? []).length <= LIMITS.explanationLineFeeds,
      `explanation must contain at most ${LIMITS.explanationLineFeeds} line feeds`,
    )
    .describe('Shown after answering. Must cite the section title in parentheses, e.g. "(Conclusion)".'),
});
export type QuestionInput = z.infer<typeof QuestionInputSchema>;

/** questions.yaml */
export const QuestionsFileSchema = z
  .strictObject({
    questions: z.array(QuestionInputSchema).min(1, 'questions.yaml must list at least one question'),
  })
  .meta({ title: 'questions.yaml', description: 'Multiple-choice questions (Telegram quiz-poll limits).' });

export const MainsPromptSchema = z
  .strictObject({
    id: IdSchema,
    kind: z.enum(['editorial', 'pyq']).describe('editorial: practice question; pyq: previous-year question.'),
    year: z.number().int().min(1950).max(2100).optional().describe('Exam year; required for a pyq.'),
    prompt: text(2000, 'prompt'),
    keyPoints: z
      .array(text(600, 'key point'))
      .min(3, 'at least 3 key points are required')
      .describe('Points a good answer covers, drawn from the source.'),
  })
  .refine((m) => m.kind !== 'pyq' || m.year !== undefined, {
    message: 'a pyq needs a year',
    path: ['year'],
  });
export type MainsPrompt = z.infer<typeof MainsPromptSchema>;

/** mains.yaml (optional file) */
export const MainsFileSchema = z
  .strictObject({ mains: z.array(MainsPromptSchema) })
  .meta({ title: 'mains.yaml', description: 'Descriptive (Mains) prompts with key points.' });

/** Any file of a pack: what the generated JSON Schema describes. */
export const PackFileSchema = z
  .union([PackManifestSchema, FactsFileSchema, QuestionsFileSchema, MainsFileSchema])
  .meta({
    title: 'studybot content pack file',
    description:
      'One YAML file of a content pack: pack.yaml (manifest), facts.yaml, questions.yaml or mains.yaml. See content/README.md.',
  });

/** A loaded question: the answer is the 0-based index of the correct option, the section is resolved. */
export interface Question {
  id: string;
  prompt: string;
  /** exactly 4 */
  options: string[];
  /** 0-based index into options */
  answer: number;
  explanation: string;
  factId: string;
  section: string;
  difficulty: Difficulty;
}

export interface Pack {
  id: string;
  title: string;
  source: string;
  sections: Section[];
  facts: Fact[];
  questions: Question[];
  mains: MainsPrompt[];
}

/** JSON Schema (draft 2020-12) for editors, generated from the zod schemas above. */
export function packJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(PackFileSchema, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
}
