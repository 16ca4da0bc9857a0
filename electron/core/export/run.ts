import type { ExportPhase, ExportScope } from '../../../shared/contract';
import { GENERATOR } from '../../../shared/domain/bundle';
import { createVariantStore } from '../media/variants';
import { mediaLayout, nodeMediaFs } from '../media/files';
import { openConnection } from '../store/db';
import { getMedia } from '../store/repositories/media';
import { getSettings } from '../store/repositories/workspaceMeta';
import { buildBundle, type BuildResult } from './bundle';
import { currentRows } from './rows';
import { statePath } from './state';

/**
 * One export, start to end, on a connection of its own: a read transaction holds one
 * snapshot of the store for the whole export, so editors saving meanwhile neither wait
 * nor change what this bundle holds. Run in a worker thread by the job manager (or inline
 * where no worker script is built: tests, benchmarks).
 */

export interface ExportRequest {
  workspaceDir: string;
  dbPath: string;
  scope: ExportScope;
  outDir: string;
  baseUrl: string;
  zip: boolean;
  /** When list schedules are judged (milliseconds since the epoch). */
  asOf: number;
  /** False: render every page (benchmarks of a full export). */
  incremental?: boolean;
}

export interface ExportHooks {
  onProgress?(phase: ExportPhase, done: number, total: number): void;
  isCancelled?(): boolean;
  log?(message: string): void;
}

export async function runExport(request: ExportRequest, hooks: ExportHooks = {}): Promise<BuildResult> {
  const db = openConnection(request.dbPath, { readOnly: true });
  const variants = createVariantStore({
    layout: mediaLayout(request.workspaceDir),
    files: nodeMediaFs,
    concurrency: 1,
    lookup: (id) => getMedia(db, id),
    log: hooks.log ?? ((message) => console.error(message)),
  });
  db.exec('BEGIN');
  try {
    const incremental = request.incremental !== false;
    return await buildBundle({
      rows: incremental ? currentRows(db, request.dbPath) : undefined,
      db,
      settings: getSettings(db),
      baseUrl: request.baseUrl,
      scope: request.scope,
      outDir: request.outDir,
      zip: request.zip,
      asOf: request.asOf,
      generator: GENERATOR,
      variantFile: (media, name) => variants.ensure(media, name),
      statePath: incremental ? statePath(request.workspaceDir, request.outDir) : null,
      onProgress: hooks.onProgress,
      isCancelled: hooks.isCancelled,
    });
  } finally {
    if (db.inTransaction) db.exec('COMMIT');
    variants.close();
    db.close();
  }
}
