import { z } from 'zod';
import { LangSchema } from '../domain/languages';
import { LIMITS } from '../domain/limits';
import { MEDIA_LIMITS, MediaIdSchema } from '../domain/media';
import { StatusSchema, TranslationStateFilterSchema, TranslationStateSchema } from '../domain/status';
import { BodySchema } from '../editor/nodes';
import { IdSchema, RevisionSchema, SectionIdSchema, TimestampSchema, textSchema } from './common';
import { defineCall } from './define';
import { PhraseSchema } from './phrase';
import { MediaSchema } from './media';

export const SlugSchema = z
  .string()
  .max(LIMITS.slug)
  .regex(/^$|^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a slug of lower-case Latin letters, digits and single hyphens');

/** Per-block staleness against the original (0 and 0 for the original itself). */
const blockCounts = {
  /** Translated blocks whose original block changed or went away since. */
  staleBlocks: z.number().int().min(0),
  /** Original blocks with words that have no translated block. */
  missingBlocks: z.number().int().min(0),
};

/** Photos placed in this language (the lead photo, images in the body) lacking a caption or alt text. */
const photoTextMissing = z.number().int().min(0);

export const TranslationSchema = z.strictObject({
  lang: LangSchema,
  title: z.string(),
  summary: z.string(),
  body: BodySchema,
  source: z.string(),
  slug: z.string(),
  status: StatusSchema,
  state: TranslationStateSchema,
  ...blockCounts,
  wordCount: z.number().int().min(0),
  /** The lead photo's caption and alt text in this language (kept when the photo is replaced). */
  leadCaption: z.string(),
  leadAlt: z.string(),
  photoTextMissing,
  revision: RevisionSchema,
  updatedAt: TimestampSchema,
  /**
   * Set when the stored body is not one this version of Tandem can edit (damaged, or from
   * another version): `body` is then empty and the editor shows the body read-only, with
   * the stored text recoverable from `raw`. Saving a new body replaces it.
   */
  bodyProblem: z.strictObject({ message: z.string(), phrase: PhraseSchema.optional(), raw: z.string() }).nullable(),
});
export type Translation = z.infer<typeof TranslationSchema>;

export const ArticleSchema = z.strictObject({
  id: IdSchema,
  section: SectionIdSchema,
  tags: z.array(z.string()),
  authors: z.array(z.string()),
  originalLang: LangSchema,
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
  publishedAt: TimestampSchema.nullable(),
  deletedAt: TimestampSchema.nullable(),
  revision: RevisionSchema,
  /** The photo under the headline; its caption and alt text are per translation. */
  leadPhoto: MediaSchema.nullable(),
  /** Existing translations, the original language first, then in workspace language order. */
  translations: z.array(TranslationSchema),
  /** Workspace languages with no translation yet. */
  missing: z.array(LangSchema),
});
export type Article = z.infer<typeof ArticleSchema>;

/** One language of an article as the article list shows it. */
export const TranslationSummarySchema = z.strictObject({
  lang: LangSchema,
  title: z.string(),
  status: StatusSchema,
  state: TranslationStateSchema,
  ...blockCounts,
  wordCount: z.number().int().min(0),
  photoTextMissing,
  updatedAt: TimestampSchema,
});
export type TranslationSummary = z.infer<typeof TranslationSummarySchema>;

export const ArticleSummarySchema = z.strictObject({
  id: IdSchema,
  section: SectionIdSchema,
  originalLang: LangSchema,
  updatedAt: TimestampSchema,
  publishedAt: TimestampSchema.nullable(),
  deletedAt: TimestampSchema.nullable(),
  translations: z.array(TranslationSummarySchema),
  missing: z.array(LangSchema),
});
export type ArticleSummary = z.infer<typeof ArticleSummarySchema>;

export const ListArticlesInputSchema = z.strictObject({
  limit: z.number().int().min(1).max(200).default(50),
  /** Opaque; from the previous page's `nextCursor`. */
  cursor: z.string().max(500).nullable().default(null),
  sort: z.enum(['updated', 'published']).default('updated'),
  /** With `lang`: that language's status; without: any language's status. */
  status: StatusSchema.optional(),
  section: SectionIdSchema.optional(),
  /** Only articles that have a translation in this language. */
  lang: LangSchema.optional(),
  /** Only articles that have no translation in this language. */
  missingLang: LangSchema.optional(),
  /** With `lang`: that translation's state; without: any translation's (see TranslationStateFilter). */
  state: TranslationStateFilterSchema.optional(),
  /** The trash instead of the live articles. */
  trash: z.boolean().default(false),
});
export type ListArticlesInput = z.input<typeof ListArticlesInputSchema>;

export const ListArticlesOutputSchema = z.strictObject({
  items: z.array(ArticleSummarySchema),
  nextCursor: z.string().nullable(),
  /** How many articles match the filter in all. */
  total: z.number().int().min(0),
});

export const CreateArticleInputSchema = z.strictObject({
  section: SectionIdSchema,
  originalLang: LangSchema,
  title: textSchema(LIMITS.title).default(''),
  tags: z.array(textSchema(LIMITS.tag)).max(LIMITS.tags).default([]),
});

/** The fields of one translation a save may change; at least one. */
export const TranslationPatchSchema = z
  .strictObject({
    title: textSchema(LIMITS.title),
    summary: textSchema(LIMITS.summary),
    body: BodySchema,
    source: textSchema(LIMITS.source),
    slug: SlugSchema,
    status: StatusSchema,
    leadCaption: textSchema(MEDIA_LIMITS.caption),
    leadAlt: textSchema(MEDIA_LIMITS.altText),
  })
  .partial()
  .refine((p) => Object.keys(p).length > 0, 'nothing to save: name at least one field');
export type TranslationPatch = z.infer<typeof TranslationPatchSchema>;

export const UpdateTranslationInputSchema = z.strictObject({
  articleId: IdSchema,
  lang: LangSchema,
  /** The revision this edit was made against; 0 creates the translation. A mismatch is a `conflict`. */
  expectedRevision: RevisionSchema,
  patch: TranslationPatchSchema,
});

export const ArticlePatchSchema = z
  .strictObject({
    section: SectionIdSchema,
    tags: z.array(textSchema(LIMITS.tag)).max(LIMITS.tags),
    authors: z.array(textSchema(LIMITS.title)).max(LIMITS.authors),
    originalLang: LangSchema,
    publishedAt: TimestampSchema.nullable(),
    /** The lead photo (an image in the library), or null for none. */
    leadMediaId: MediaIdSchema.nullable(),
  })
  .partial()
  .refine((p) => Object.keys(p).length > 0, 'nothing to save: name at least one field');
export type ArticlePatch = z.infer<typeof ArticlePatchSchema>;

export const UpdateArticleInputSchema = z.strictObject({
  articleId: IdSchema,
  expectedRevision: RevisionSchema,
  patch: ArticlePatchSchema,
});

const ArticleRef = z.strictObject({ articleId: IdSchema });

/**
 * What a save answers: the translation's fields as stored, without its body. The editor
 * already holds the body it sent; sending ~300 KB back on every autosave of a long piece
 * cost time and memory for nothing.
 */
export const SavedTranslationSchema = TranslationSchema.omit({ body: true, bodyProblem: true });
export type SavedTranslation = z.infer<typeof SavedTranslationSchema>;

export const articleCalls = {
  listArticles: defineCall(ListArticlesInputSchema, ListArticlesOutputSchema),
  getArticle: defineCall(ArticleRef, ArticleSchema),
  createArticle: defineCall(CreateArticleInputSchema, ArticleSchema),
  updateTranslation: defineCall(UpdateTranslationInputSchema, SavedTranslationSchema),
  updateArticle: defineCall(UpdateArticleInputSchema, ArticleSchema),
  /** Moves the article to the trash; restorable. */
  deleteArticle: defineCall(ArticleRef, z.strictObject({ deletedAt: TimestampSchema })),
  restoreArticle: defineCall(ArticleRef, ArticleSchema),
};
