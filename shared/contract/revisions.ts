import { z } from 'zod';
import { LangSchema } from '../domain/languages';
import { BodySchema } from '../editor/nodes';
import { IdSchema, RevisionSchema, TimestampSchema } from './common';
import { defineCall } from './define';
import { TranslationSchema } from './articles';

/**
 * Why a revision exists: `save` (the editor pressed Ctrl/Cmd+S), `auto` (at most one every
 * few minutes while typing), `restore` (the text of an older revision brought back),
 * `before-restore` (the text a restore replaced, so undoing a restore is another restore).
 */
export const REVISION_KINDS = ['save', 'auto', 'restore', 'before-restore'] as const;
export const RevisionKindSchema = z.enum(REVISION_KINDS);
export type RevisionKind = z.infer<typeof RevisionKindSchema>;

/** A revision as the History panel lists it. */
export const RevisionSummarySchema = z.strictObject({
  id: IdSchema,
  articleId: IdSchema,
  lang: LangSchema,
  kind: RevisionKindSchema,
  createdAt: TimestampSchema,
  /** The translation's revision number the snapshot was taken at. */
  translationRevision: RevisionSchema,
  title: z.string(),
  wordCount: z.number().int().min(0),
  /** Words gained (or lost) against the revision before it; the first counts from 0. */
  wordDelta: z.number().int(),
  /** For `restore`: the revision whose text was brought back. */
  restoredFrom: IdSchema.nullable(),
});
export type RevisionSummary = z.infer<typeof RevisionSummarySchema>;

/** A revision with its whole text. */
export const FullRevisionSchema = RevisionSummarySchema.extend({
  summary: z.string(),
  source: z.string(),
  body: BodySchema,
});
export type Revision = z.infer<typeof FullRevisionSchema>;

const TranslationRef = z.strictObject({ articleId: IdSchema, lang: LangSchema });

export const revisionCalls = {
  /** Ctrl/Cmd+S: a `save` revision of the translation as stored (none if nothing changed since the last). */
  saveRevision: defineCall(TranslationRef, z.strictObject({ revision: RevisionSummarySchema, created: z.boolean() })),
  /** Newest first. */
  listRevisions: defineCall(
    TranslationRef.extend({ limit: z.number().int().min(1).max(500).default(200) }),
    z.strictObject({ items: z.array(RevisionSummarySchema) }),
  ),
  getRevision: defineCall(z.strictObject({ revisionId: IdSchema }), FullRevisionSchema),
  /**
   * Brings back an older revision's title, summary, source and body as the translation's
   * current text, against the translation's revision (`conflict` when it moved). The text it
   * replaces is kept first as a `before-restore` revision; the result is a `restore` revision.
   */
  restoreRevision: defineCall(
    z.strictObject({ revisionId: IdSchema, expectedRevision: RevisionSchema }),
    z.strictObject({ translation: TranslationSchema, replaced: RevisionSummarySchema.nullable(), restored: RevisionSummarySchema }),
  ),
};
