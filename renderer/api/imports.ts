import { IMPORT_LIMITS, importFileKind, type ImportSummary } from '../../shared/contract';
import type { ApiClient, CallError } from './client';
import { i18n } from '../i18n/instance';

/**
 * Importing chosen files: each is sent to core on its own (`stageImportFile`, one batch id
 * for all), then the batch is imported in one go (`importStaged`). The renderer reads only
 * the files the person chose; core keeps them in the workspace and imports them.
 */

/** What a file input gives, as much as is read here. */
export interface ChosenFile {
  readonly name: string;
  readonly size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

const LIMIT_MB = Math.round(IMPORT_LIMITS.bytes / 1_000_000);

/** What keeps one chosen file from being imported, said before anything is sent; null when nothing. */
export function chosenFileProblem(file: Pick<ChosenFile, 'name' | 'size'>): string | null {
  if (importFileKind(file.name) === null) return i18n.t('client.notImportable');
  if (file.size === 0) return i18n.t('client.emptyFile');
  if (file.size > IMPORT_LIMITS.bytes) return i18n.t('client.tooLarge', { mb: LIMIT_MB });
  return null;
}

/** What keeps the chosen files from being imported together; null when nothing. */
export function chosenFilesProblem(files: readonly Pick<ChosenFile, 'name' | 'size'>[]): string | null {
  if (files.length === 0) return null;
  const bundles = files.filter((f) => importFileKind(f.name) === 'bundle');
  if (bundles.length > 1) return i18n.t('client.oneBundle');
  if (bundles.length === 1 && files.length > 1) return i18n.t('client.bundleAlone');
  if (files.length > IMPORT_LIMITS.files) return i18n.t('client.tooMany', { max: IMPORT_LIMITS.files });
  const total = files.reduce((sum, f) => sum + f.size, 0);
  if (total > IMPORT_LIMITS.bytes) return i18n.t('client.tooLargeTogether', { mb: LIMIT_MB });
  return null;
}

export type ImportProgress = { phase: 'uploading'; current: number; total: number } | { phase: 'importing'; total: number };

export type ImportRun =
  | { ok: true; summary: ImportSummary }
  /** `stage` says how far it got: a failure while sending files left the workspace as it was. */
  | { ok: false; stage: 'upload' | 'import'; error: CallError }
  | { ok: false; stage: 'cancelled' };

/**
 * Sends each file under `batchId`, then imports the batch. When sending fails or
 * `cancelled()` turns true between files, what was sent is dropped again.
 */
export async function importChosenFiles(
  client: ApiClient,
  files: readonly ChosenFile[],
  options: { batchId: string; onProgress(progress: ImportProgress): void; cancelled(): boolean },
): Promise<ImportRun> {
  const { batchId } = options;
  const drop = () => void client.call('discardImport', { batchId });
  for (const [index, file] of files.entries()) {
    if (options.cancelled()) {
      drop();
      return { ok: false, stage: 'cancelled' };
    }
    options.onProgress({ phase: 'uploading', current: index + 1, total: files.length });
    let bytes: Uint8Array<ArrayBuffer>;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch {
      drop();
      return { ok: false, stage: 'upload', error: { code: 'not_found', message: i18n.t('client.unreadableImport', { name: file.name }) } };
    }
    const staged = await client.call('stageImportFile', { batchId, name: file.name.slice(0, IMPORT_LIMITS.name), bytes });
    if (!staged.ok) {
      drop();
      return { ok: false, stage: 'upload', error: staged.error };
    }
  }
  if (options.cancelled()) {
    drop();
    return { ok: false, stage: 'cancelled' };
  }
  options.onProgress({ phase: 'importing', total: files.length });
  const imported = await client.call('importStaged', { batchId });
  return imported.ok ? { ok: true, summary: imported.value } : { ok: false, stage: 'import', error: imported.error };
}
