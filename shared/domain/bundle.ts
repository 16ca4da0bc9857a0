import { z } from 'zod';
import { IdSchema, SectionIdSchema, TimestampSchema, textSchema } from '../contract/common';
import { ListItemSchema, ListKindSchema } from '../contract/lists';
import { SectionSchema } from '../contract/workspace';
import { BodySchema } from '../editor/nodes';
import { LangSchema } from './languages';
import { LIMITS } from './limits';
import { MEDIA_LIMITS, MediaIdSchema, MediaMimeSchema } from './media';
import { StatusSchema } from './status';

/**
 * The machine-readable part of a bundle: `data/site.json`, `data/lists.json` and
 * `data/articles/<id>.json`. They hold everything the pages were made from (every exported
 * language with its body as Lexical JSON, block ids included; lists; media and captions),
 * so a bundle can be imported into an empty workspace and exported again to the same bytes.
 * Importers validate them with these schemas.
 */

export const BUNDLE_FORMAT = 'tandem-bundle/1';

/** A media file in the bundle: `media/<id>-<width>.<ext>`. */
export const BundleMediaFileSchema = z.strictObject({
  path: z.string().regex(/^media\/[0-9a-f]{64}-[0-9]{1,5}\.(jpg|png|webp|avif|gif)$/),
  width: z.number().int().min(1),
  format: z.enum(['jpg', 'png', 'webp', 'avif', 'gif']),
});

export const BundleMediaSchema = z.strictObject({
  id: MediaIdSchema,
  mime: MediaMimeSchema,
  width: z.number().int().min(1),
  height: z.number().int().min(1),
  name: z.string().max(MEDIA_LIMITS.name),
  credit: z.string().max(MEDIA_LIMITS.credit),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
  /** The variants in the bundle, smallest first. */
  files: z.array(BundleMediaFileSchema),
});
export type BundleMedia = z.infer<typeof BundleMediaSchema>;

export const BundleTranslationSchema = z.strictObject({
  lang: LangSchema,
  title: textSchema(LIMITS.title),
  summary: textSchema(LIMITS.summary),
  body: BodySchema,
  source: textSchema(LIMITS.source),
  slug: z.string().max(LIMITS.slug),
  status: StatusSchema,
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
  /** The lead photo's caption and alt text in this language. */
  leadCaption: z.string().max(MEDIA_LIMITS.caption),
  leadAlt: z.string().max(MEDIA_LIMITS.altText),
  /** The page: its path in the bundle and its absolute address. */
  path: z.string(),
  url: z.string(),
});
export type BundleTranslation = z.infer<typeof BundleTranslationSchema>;

export const BundleRelatedSchema = z.strictObject({
  maxItems: z.number().int().min(1),
  items: z.array(ListItemSchema),
  dismissed: z.array(IdSchema),
});

export const BundleArticleSchema = z.strictObject({
  format: z.literal(BUNDLE_FORMAT),
  id: IdSchema,
  section: SectionIdSchema,
  tags: z.array(z.string().max(LIMITS.tag)).max(LIMITS.tags),
  authors: z.array(z.string()).max(LIMITS.authors),
  originalLang: LangSchema,
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
  publishedAt: TimestampSchema.nullable(),
  leadMediaId: MediaIdSchema.nullable(),
  /** Every exported language, in the workspace's order. */
  translations: z.array(BundleTranslationSchema).min(1),
  /** The article's own Related list, or null when it has none. */
  related: BundleRelatedSchema.nullable(),
  /** Every image the article uses (lead and body), by id. */
  media: z.array(BundleMediaSchema),
});
export type BundleArticle = z.infer<typeof BundleArticleSchema>;

export const BundleListSchema = z.strictObject({
  id: IdSchema,
  kind: ListKindSchema.exclude(['related']),
  name: z.string(),
  section: SectionIdSchema.nullable(),
  maxItems: z.number().int().min(1),
  langs: z.array(LangSchema),
  version: z.number().int().min(0),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
  /** Every stored item, with its schedule, so that an import keeps the desk's plans. */
  items: z.array(ListItemSchema),
});
export type BundleList = z.infer<typeof BundleListSchema>;

/** `data/site.json`: the workspace settings the pages were made with. */
export const BundleSiteSchema = z.strictObject({
  format: z.literal(BUNDLE_FORMAT),
  generator: z.string(),
  baseUrl: z.string(),
  languages: z.array(LangSchema).min(1),
  sections: z.array(SectionSchema),
  /** Every article in the bundle, sorted. */
  articles: z.array(IdSchema),
});
export type BundleSite = z.infer<typeof BundleSiteSchema>;

/** `data/lists.json`: the desk's lists (every kind but Related, which is in each article). */
export const BundleListsSchema = z.strictObject({
  format: z.literal(BUNDLE_FORMAT),
  lists: z.array(BundleListSchema),
});
export type BundleLists = z.infer<typeof BundleListsSchema>;

/** One file a manifest lists. */
export const ManifestFileSchema = z.strictObject({
  path: z.string(),
  size: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type ManifestFile = z.infer<typeof ManifestFileSchema>;

/** `manifest.json`: every other file with its size and sha256. */
export const ManifestSchema = z.strictObject({
  format: z.literal(BUNDLE_FORMAT),
  generator: z.string(),
  files: z.array(ManifestFileSchema),
});
export type Manifest = z.infer<typeof ManifestSchema>;

/** The version of Tandem written into bundles (a test keeps it equal to package.json's). */
export const TANDEM_VERSION = '0.1.0';
export const GENERATOR = `Tandem ${TANDEM_VERSION}`;
