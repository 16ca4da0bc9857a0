import { z } from 'zod';
import { LangSchema } from '../domain/languages';
import { IdSchema, SectionIdSchema } from './common';
import { defineCall } from './define';
import { PhraseSchema, SaidSchema } from './phrase';

/**
 * The publishable bundle: a static site of every chosen article in each of its ready or
 * published languages, with fronts, feeds, sitemap, machine-readable JSON, media and a
 * manifest. Preflight first says what the bundle will hold and what stands in its way; an
 * export then runs as a job off the request path, reporting progress, and can be cancelled.
 */

/** What to export: every ready or published article, one section's, or chosen articles. */
export const ExportScopeSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('all') }),
  z.strictObject({ kind: z.literal('section'), section: SectionIdSchema }),
  z.strictObject({ kind: z.literal('selection'), articleIds: z.array(IdSchema).min(1).max(10_000) }),
]);
export type ExportScope = z.infer<typeof ExportScopeSchema>;

export const EXPORT_LIMITS = {
  baseUrl: 2_000,
  outDir: 4_096,
} as const;

/**
 * The site's address, ending in `/`: canonical URLs, hreflang alternates, feeds and the
 * sitemap are written under it. http or https only.
 */
export const BaseUrlSchema = z
  .string()
  .max(EXPORT_LIMITS.baseUrl)
  .refine((s) => {
    try {
      const url = new URL(s);
      return (url.protocol === 'https:' || url.protocol === 'http:') && url.search === '' && url.hash === '' && url.username === '';
    } catch {
      return false;
    }
  }, 'a web address such as https://news.example.org/');

export const ExportSettingsSchema = z.strictObject({
  baseUrl: BaseUrlSchema,
  /** Where the bundle is written: a folder on the machine Tandem runs on. */
  outDir: z.string().min(1).max(EXPORT_LIMITS.outDir),
});
export type ExportSettings = z.infer<typeof ExportSettingsSchema>;

/** One thing preflight found. Blocking problems stop the export; warnings are listed with the result. */
export const PreflightProblemSchema = z.strictObject({
  kind: z.enum([
    'missing-translation',
    'stale-translation',
    'photo-text-missing',
    'broken-link',
    'list-gap',
    'slug-collision',
    'not-ready',
    'empty-title',
    'base-url',
  ]),
  severity: z.enum(['blocking', 'warning']),
  /** What is wrong and what the bundle will do about it, in a sentence (English), and how to say it in any language. */
  message: z.string(),
  phrase: PhraseSchema.optional(),
  /** Where to fix it: an article (and language) or a list. */
  articleId: IdSchema.nullable(),
  lang: LangSchema.nullable(),
  listId: IdSchema.nullable(),
});
export type PreflightProblem = z.infer<typeof PreflightProblemSchema>;

export const PreflightReportSchema = z.strictObject({
  /** Articles the bundle holds. */
  articles: z.number().int().min(0),
  /** Article pages, over every language. */
  pages: z.number().int().min(0),
  /** Pages per language. */
  pagesByLang: z.record(LangSchema, z.number().int().min(0)),
  blocking: z.number().int().min(0),
  warnings: z.number().int().min(0),
  /** Every problem, blocking first, then by article and language. */
  problems: z.array(PreflightProblemSchema),
});
export type PreflightReport = z.infer<typeof PreflightReportSchema>;

export const EXPORT_PHASES = ['preflight', 'reading', 'rendering', 'media', 'writing', 'zipping', 'done'] as const;
export const ExportPhaseSchema = z.enum(EXPORT_PHASES);
export type ExportPhase = z.infer<typeof ExportPhaseSchema>;

export const ExportResultSchema = z.strictObject({
  outDir: z.string(),
  /** The zip written beside the folder, when asked for. */
  zipPath: z.string().nullable(),
  /** Files in the bundle (manifest.json included). */
  files: z.number().int().min(0),
  bytes: z.number().int().min(0),
  /** Files written because they are new or their bytes changed, and files removed. */
  written: z.number().int().min(0),
  removed: z.number().int().min(0),
  unchanged: z.number().int().min(0),
  /** Up to 200 of the written and removed paths, sorted. */
  changedPaths: z.array(z.string()),
  /** True when pages whose inputs had not changed since the last export to this folder were not rendered again. */
  incremental: z.boolean(),
  durationMs: z.number().int().min(0),
  /** The preflight warnings the bundle was made with. */
  warnings: z.array(PreflightProblemSchema),
});
export type ExportResult = z.infer<typeof ExportResultSchema>;

export const ExportJobSchema = z.strictObject({
  jobId: IdSchema,
  state: z.enum(['running', 'done', 'failed', 'cancelled']),
  phase: ExportPhaseSchema,
  /** Steps done out of `total` in the current phase (0 of 0 while it starts). */
  done: z.number().int().min(0),
  total: z.number().int().min(0),
  result: ExportResultSchema.nullable(),
  /** What went wrong and what to do, when the job failed. */
  error: SaidSchema.nullable(),
  /** Preflight's report, when blocking problems stopped the job. */
  report: PreflightReportSchema.nullable(),
});
export type ExportJob = z.infer<typeof ExportJobSchema>;

export const exportCalls = {
  /** The workspace's base URL and output folder (defaults when never set). */
  getExportSettings: defineCall(z.strictObject({}), ExportSettingsSchema),
  setExportSettings: defineCall(ExportSettingsSchema, ExportSettingsSchema),
  /** What the bundle of `scope` would hold and what stands in its way; writes nothing. */
  exportPreflight: defineCall(z.strictObject({ scope: ExportScopeSchema }), PreflightReportSchema),
  /** Starts an export job (one at a time per workspace; a second is refused as `conflict`). */
  startExport: defineCall(z.strictObject({ scope: ExportScopeSchema, zip: z.boolean().default(false) }), ExportJobSchema),
  exportStatus: defineCall(z.strictObject({ jobId: IdSchema }), ExportJobSchema),
  /**
   * Stops a running job. Files are made in a staging folder and moved into place at the end,
   * so a cancelled export leaves the output folder as it was.
   */
  cancelExport: defineCall(z.strictObject({ jobId: IdSchema }), ExportJobSchema),
  /**
   * The system's folder dialog, opened at `startIn`, for the output folder; answers the
   * chosen folder or null (cancelled). Answered by the desktop shell; core refuses it.
   */
  pickExportFolder: defineCall(
    z.strictObject({ startIn: z.string().max(EXPORT_LIMITS.outDir).optional() }),
    z.strictObject({ path: z.string().nullable() }),
  ),
};
export type PickExportFolderOutput = z.infer<typeof exportCalls.pickExportFolder.output>;
