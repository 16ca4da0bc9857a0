import { z } from 'zod';
import { LangSchema } from '../domain/languages';
import { IdSchema, SectionIdSchema, textSchema } from './common';
import { defineCall } from './define';
import { SaidSchema } from './phrase';

/**
 * Importing from the interface: the files a person chose are staged in the workspace one
 * by one under a batch id (`stageImportFile`), then imported together, all or nothing
 * (`importStaged`), as `tandem import` does with paths. The staged files go afterwards,
 * whatever happened; `discardImport` drops a batch that will not be imported.
 */

export const IMPORT_LIMITS = {
  /** A file's name as chosen. */
  name: 255,
  /** One file, and the files of one batch together. */
  bytes: 300_000_000,
  /** Files in one batch. */
  files: 10_000,
} as const;

/** What Tandem imports: Markdown files with Hugo front matter, or a Tandem bundle (a zip). */
export const IMPORT_MARKDOWN_EXTENSIONS = ['.md', '.markdown'] as const;
export const IMPORT_BUNDLE_EXTENSION = '.zip';
/** What a file input offers. */
export const IMPORT_ACCEPT = [...IMPORT_MARKDOWN_EXTENSIONS, IMPORT_BUNDLE_EXTENSION].join(',');

/** The kind of file a name says it is, by its extension; null for anything Tandem does not import. */
export function importFileKind(name: string): 'markdown' | 'bundle' | null {
  const lower = name.toLowerCase();
  if (IMPORT_MARKDOWN_EXTENSIONS.some((ext) => lower.endsWith(ext))) return 'markdown';
  if (lower.endsWith(IMPORT_BUNDLE_EXTENSION)) return 'bundle';
  return null;
}

/**
 * Keeps one chosen file for the batch. Both transports carry `bytes` as binary: IPC as a
 * typed array, HTTP as the body of `POST /api/upload/stageImportFile` (see UPLOAD_CALLS).
 * `name` is the file's own name, never a path.
 */
export const StageImportFileInputSchema = z.strictObject({
  batchId: IdSchema,
  name: textSchema(IMPORT_LIMITS.name).min(1),
  bytes: z.instanceof(Uint8Array),
});
export type StageImportFileInput = z.infer<typeof StageImportFileInputSchema>;

export const StagedImportSchema = z.strictObject({
  batchId: IdSchema,
  /** Files the batch holds now. */
  files: z.number().int().min(0),
});
export type StagedImport = z.infer<typeof StagedImportSchema>;

const count = z.number().int().min(0);

/** What an import brought in. */
export const ImportSummarySchema = z.strictObject({
  kind: z.enum(['markdown', 'bundle']),
  /** Articles created. */
  articles: count,
  /** Translations created, per language, in the workspace's order. */
  translations: z.array(z.strictObject({ lang: LangSchema, count })),
  /**
   * Lists the import wrote: for Markdown, Editor's choice and Popular with how many imported
   * articles each now holds; for a bundle, every desk list with its items.
   */
  lists: z.array(z.strictObject({ name: z.string(), items: count })),
  /** Sections added to the workspace (Markdown), or the bundle's sections. */
  sections: z.array(SectionIdSchema),
  /** Images added to the library. */
  images: count,
  /** What was left out or changed, in sentences. */
  warnings: z.array(SaidSchema),
});
export type ImportSummary = z.infer<typeof ImportSummarySchema>;

const BatchRef = z.strictObject({ batchId: IdSchema });

export const importCalls = {
  /**
   * Keeps one file (`.md`, `.markdown` or `.zip`) for the batch; the same name again
   * replaces it. Refused for other kinds of file, names that are paths, and files over
   * IMPORT_LIMITS.bytes.
   */
  stageImportFile: defineCall(StageImportFileInputSchema, StagedImportSchema),
  /**
   * Imports the batch's files, all or nothing (the Markdown files together, so languages
   * across files link; a bundle alone), then removes them. A file that cannot be imported
   * is named, with its line, and the workspace is as it was.
   */
  importStaged: defineCall(BatchRef, ImportSummarySchema),
  /** Drops a batch's files; `discarded` is false when there was nothing to drop. */
  discardImport: defineCall(BatchRef, z.strictObject({ discarded: z.boolean() })),
};
