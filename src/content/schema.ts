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
  statement: 250,
  why: 250,
  pairLeft: 60,
  pairRight: 80,
  column: 30,
  solution: 600,
  topic: 100,
  mainsPoint: 600,
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

export const text = (max: number, what: string) =>
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
  proposal: z
    .boolean()
    .default(false)
    .describe("true for the editorial's own proposals; title and text must read as proposals."),
  tags: z
    .array(TagSchema)
    .min(1, 'at least one tag (prelims or mains) is required')
    .refine((tags) => new Set(tags).size === tags.length, 'tags must not repeat'),
});

/** facts.yaml */
export const FactsFileSchema = z
  .strictObject({ facts: z.array(FactSchema).min(1, 'facts.yaml must list at least one fact') })
  .meta({ title: 'facts.yaml', description: 'The facts of a pack, looked up with /fact and posted daily.' });

export const OptionSchema = text(LIMITS.option, 'option');

/** UPSC Prelims question formats (see content/README.md). */
export const FORMATS = ['single', 'statements', 'how-many', 'pairs', 'assertion-reason'] as const;
export const FormatSchema = z.enum(FORMATS);
export type QuestionFormat = z.infer<typeof FormatSchema>;

export const PaperSchema = z.enum(['GS-I', 'GS-II', 'GS-III', 'GS-IV']);
export type Paper = z.infer<typeof PaperSchema>;

export const whyText = text(LIMITS.why, 'why').describe(
  'Why the item is correct or incorrect, by the source.',
);

export const StatementSchema = z.strictObject({
  text: text(LIMITS.statement, 'statement'),
  correct: z.boolean(),
  why: whyText,
});
export type Statement = z.infer<typeof StatementSchema>;

export const PairSchema = z.strictObject({
  left: text(LIMITS.pairLeft, 'left'),
  right: text(LIMITS.pairRight, 'right'),
  correct: z.boolean().describe('true when left and right are correctly matched'),
  why: whyText,
});
export type Pair = z.infer<typeof PairSchema>;

export const explanationText = text(LIMITS.explanation, 'explanation').refine(
  (s) => (s.match(/\n/g) ?? []).length <= LIMITS.explanationLineFeeds,
  `explanation must contain at most ${LIMITS.explanationLineFeeds} line feeds`,
);

/**
 * A question as written in questions.yaml. Which fields a format needs (and forbids) is checked by
 * the loader (src/content/question.ts), so the messages can name the format.
 */
export const QuestionInputSchema = z.strictObject({
  id: IdSchema,
  factId: IdSchema.describe('Id of the fact this question tests (facts.yaml).'),
  section: IdSchema.optional().describe("Section id; defaults to the tested fact's section."),
  format: FormatSchema.default('single').describe(
    'single (default) | statements | how-many | pairs | assertion-reason',
  ),
  paper: PaperSchema.describe('UPSC General Studies paper the question belongs to.'),
  topic: text(LIMITS.topic, 'topic').describe(
    'UPSC syllabus topic, e.g. "Bilateral relations: India and Japan".',
  ),
  difficulty: DifficultySchema,
  proposal: z
    .boolean()
    .default(false)
    .describe("true when the question tests the editorial's own proposals; the prompt must say so."),
  prompt: text(LIMITS.questionPrompt, 'prompt')
    .optional()
    .describe('single: the whole question; other formats: the stem (optional for assertion-reason).'),
  statements: z
    .array(StatementSchema)
    .min(2, 'at least 2 statements are required')
    .max(4, 'at most 4 statements are allowed')
    .optional()
    .describe('statements / how-many: the numbered statements (how-many: 3-4).'),
  columns: z
    .tuple([
      z.string().trim().max(LIMITS.column, `column heading must be at most ${LIMITS.column} characters`),
      z.string().trim().max(LIMITS.column, `column heading must be at most ${LIMITS.column} characters`),
    ])
    .optional()
    .describe('pairs only: the two column headings.'),
  pairs: z
    .array(PairSchema)
    .min(3, 'at least 3 pairs are required')
    .max(4, 'at most 4 pairs are allowed')
    .optional()
    .describe('pairs: the rows of the table.'),
  statementI: StatementSchema.optional().describe('assertion-reason: Statement-I.'),
  statementII: StatementSchema.optional().describe('assertion-reason: Statement-II.'),
  explains: z
    .boolean()
    .optional()
    .describe('assertion-reason: true iff Statement-II correctly explains Statement-I.'),
  options: z
    .array(OptionSchema)
    .length(4, 'exactly 4 options are required')
    .optional()
    .describe('single and statements: exactly four options, in the order shown (A, B, C, D).'),
  answer: z
    .enum(OPTION_LETTERS)
    .optional()
    .describe('single only: letter of the correct option. Other formats derive the key.'),
  explanation: explanationText.describe(
    'Short form shown in the Telegram quiz poll. Must cite the section title in parentheses, e.g. "(Conclusion)".',
  ),
  solution: text(LIMITS.solution, 'solution')
    .optional()
    .describe('A teaching paragraph shown after answering.'),
});
export type QuestionInput = z.output<typeof QuestionInputSchema>;

/** questions.yaml */
export const QuestionsFileSchema = z
  .strictObject({
    questions: z.array(QuestionInputSchema).min(1, 'questions.yaml must list at least one question'),
  })
  .meta({
    title: 'questions.yaml',
    description: 'Prelims questions in UPSC formats (Telegram quiz-poll limits).',
  });

const point = (what: string) => text(LIMITS.mainsPoint, what);

export const MainsAnswerSchema = z.strictObject({
  introduction: z
    .array(point('introduction point'))
    .min(1, 'at least 1 introduction point')
    .max(3, 'at most 3 introduction points'),
  body: z
    .array(
      z.strictObject({
        dimension: text(LIMITS.title, 'dimension'),
        points: z.array(point('point')).min(1, 'at least 1 point per dimension'),
      }),
    )
    .min(2, 'at least 2 body dimensions')
    .max(8, 'at most 8 body dimensions'),
  wayForward: z
    .array(point('way-forward point'))
    .min(1, 'at least 1 way-forward point')
    .max(6, 'at most 6 way-forward points'),
  conclusion: z
    .array(point('conclusion point'))
    .min(1, 'at least 1 conclusion point')
    .max(2, 'at most 2 conclusion points'),
});
export type MainsAnswer = z.infer<typeof MainsAnswerSchema>;

export const MainsPromptSchema = z
  .strictObject({
    id: IdSchema,
    kind: z.enum(['editorial', 'pyq']).describe('editorial: practice question; pyq: previous-year question.'),
    year: z.number().int().min(1950).max(2100).optional().describe('Exam year; required for a pyq.'),
    paper: PaperSchema,
    prompt: text(2000, 'prompt'),
    note: text(LIMITS.mainsPoint, 'note')
      .optional()
      .describe('Shown with the answer, e.g. what part of the question the source does not cover.'),
    answer: MainsAnswerSchema.describe(
      'The points a good answer covers, drawn from the source, as a UPSC answer is structured.',
    ),
  })
  .refine((m) => m.kind !== 'pyq' || m.year !== undefined, {
    message: 'a pyq needs a year',
    path: ['year'],
  });

/** mains.yaml (optional file) */
export const MainsFileSchema = z
  .strictObject({ mains: z.array(MainsPromptSchema) })
  .meta({ title: 'mains.yaml', description: 'Descriptive (Mains) prompts with structured model answers.' });

/** Any file of a pack: what the generated JSON Schema describes. */
export const PackFileSchema = z
  .union([PackManifestSchema, FactsFileSchema, QuestionsFileSchema, MainsFileSchema])
  .meta({
    title: 'studybot content pack file',
    description:
      'One YAML file of a content pack: pack.yaml (manifest), facts.yaml, questions.yaml or mains.yaml. See content/README.md.',
  });

export type { Fact, MainsPrompt, Pack, Question, Section } from './types.ts';

/** JSON Schema (draft 2020-12) for editors, generated from the zod schemas above. */
export function packJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(PackFileSchema, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
}
