import { z } from 'zod';
import { LangSchema } from '../domain/languages';
import { LIMITS } from '../domain/limits';
import { MEDIA_LIMITS, MediaIdSchema, MediaMimeSchema } from '../domain/media';
import { IdSchema, TimestampSchema, textSchema } from './common';
import { defineCall } from './define';
import { PhraseSchema } from './phrase';

/** An image in the library. Caption and alt text belong to each use, the credit to the image. */
export const MediaSchema = z.strictObject({
  id: MediaIdSchema,
  mime: MediaMimeSchema,
  /** As shown: after the EXIF orientation is applied. */
  width: z.number().int().min(1),
  height: z.number().int().min(1),
  /** The stored file's size. */
  bytes: z.number().int().min(1),
  /** The file's name when it was added. */
  name: z.string(),
  credit: z.string(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type Media = z.infer<typeof MediaSchema>;

/** Where an image is placed: an article's lead photo, or an image in one language's body. */
export const MediaUseSchema = z.strictObject({
  articleId: IdSchema,
  lang: LangSchema,
  placement: z.enum(['lead', 'inline']),
  /** The article's title in that language (or its original's when that one is empty). */
  title: z.string(),
  caption: z.string(),
  altText: z.string(),
  /** The article is in the trash: restorable, so the use still counts. */
  inTrash: z.boolean(),
});
export type MediaUse = z.infer<typeof MediaUseSchema>;

/** An image as the library's grid shows it. */
export const MediaSummarySchema = z.strictObject({
  ...MediaSchema.shape,
  /** Placements in all articles and languages. */
  useCount: z.number().int().min(0),
  /** One caption it carries somewhere ('' when none), to name it in the grid. */
  caption: z.string(),
});
export type MediaSummary = z.infer<typeof MediaSummarySchema>;

export const ListMediaInputSchema = z.strictObject({
  /** Words to find in captions, alt texts, the credit or the file name, in any language. */
  query: textSchema(LIMITS.query).default(''),
  limit: z.number().int().min(1).max(200).default(60),
  /** Opaque; from the previous page's `nextCursor`. */
  cursor: z.string().max(500).nullable().default(null),
});
export type ListMediaInput = z.input<typeof ListMediaInputSchema>;

export const ListMediaOutputSchema = z.strictObject({
  items: z.array(MediaSummarySchema),
  nextCursor: z.string().nullable(),
  total: z.number().int().min(0),
});

/** The outcome of adding one file: the image (new, or the one already stored with the same bytes). */
export const ImportedMediaSchema = z.strictObject({
  media: MediaSchema,
  /** True when the same file was already in the library: it was not stored twice. */
  existed: z.boolean(),
});
export type ImportedMedia = z.infer<typeof ImportedMediaSchema>;

/**
 * Adds one image file. Both transports carry `bytes` as binary: IPC as a typed array,
 * HTTP as the request body of `POST /api/upload/importMedia` (see UPLOAD_CALLS).
 */
export const ImportMediaInputSchema = z.strictObject({
  name: textSchema(MEDIA_LIMITS.name),
  bytes: z.instanceof(Uint8Array),
});
export type ImportMediaInput = z.infer<typeof ImportMediaInputSchema>;

/**
 * Calls whose input carries file bytes (an image; a file to import, imports.ts); the HTTP
 * transport sends them as a binary body.
 */
export const UPLOAD_CALLS = ['importMedia', 'stageImportFile'] as const;

export const PickMediaOutputSchema = z.strictObject({
  imported: z.array(ImportedMediaSchema),
  /** Files that were chosen but refused, each with what was wrong and what to do. */
  refused: z.array(z.strictObject({ name: z.string(), message: z.string(), phrase: PhraseSchema.optional() })),
});
export type PickMediaOutput = z.infer<typeof PickMediaOutputSchema>;

const MediaRef = z.strictObject({ mediaId: MediaIdSchema });

export const mediaCalls = {
  listMedia: defineCall(ListMediaInputSchema, ListMediaOutputSchema),
  getMedia: defineCall(MediaRef, z.strictObject({ media: MediaSchema, uses: z.array(MediaUseSchema) })),
  importMedia: defineCall(ImportMediaInputSchema, ImportedMediaSchema),
  /**
   * Desktop shell only: the system's file dialog, then each chosen file added. Nothing
   * chosen is an empty answer. Browser mode answers `unavailable` (it uses a file input).
   */
  pickMedia: defineCall(z.strictObject({ multiple: z.boolean().default(false) }), PickMediaOutputSchema),
  updateMedia: defineCall(z.strictObject({ mediaId: MediaIdSchema, credit: textSchema(MEDIA_LIMITS.credit) }), MediaSchema),
  /** Removes an unused image from the library; refused (`conflict`) while any article uses it. */
  deleteMedia: defineCall(MediaRef, z.strictObject({ deleted: MediaIdSchema })),
};
